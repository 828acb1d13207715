# int() and float() parsing: whitespace, underscores, prefixes, Unicode digits and CPython's error messages
for args in [(b"x",), ("12x",0), (b"08",0), ("08",0), (b"12 x",), (b"  ",), ("0x",0), (b"0x", 16), ("\u0661\u0662",), ("1\u00a0",), ("1\x85",), (" 1\u2007",), ("a"*300,), (b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",), ("12\x00",), (b"12\x00",), ("1_000_000",), ("0_7",0), ("0x_1f",0),("0_x1",0), ("-  1",), ("- 1",), ("١٢٣ ",), ("𝟏𝟐",)]:
    try:
        print(repr(int(*args)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["1_000.5", "inf", "-nan", " 1e5 ", "1e", "1.", ".5", ".", "e5", "1_e5", "1__0", "infinity", "-Infinity", "nan(1)", "0x10", "1.5j", "١.٥", "  -0.0", "+.5e-3", "1e-400", "1e400", "\u20071.5", "1.5\x00", "4_2"]:
    try:
        print(repr(float(s)))
    except Exception as e:
        print(type(e).__name__, e)
try: float(b"x")
except Exception as e: print(e)
print(repr(complex(1, float('nan'))), repr(complex(float('nan'), -float('nan'))), complex(-0.0, 1), complex(0.0, -0.0), complex(-0.0, -0.0), complex(1e20, 1e-7), complex(float('inf'), -float('inf')), complex(-float('nan'), 2))
