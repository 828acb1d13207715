# Format specification mini-language via format()/f-strings
n = 1234567.891
i = 255
print(f"[{i:10}] [{i:<10}] [{i:^10}] [{i:>10}] [{i:*^10}] [{i:=+10}] [{-i:=10}] [{i:010}]")
print(f"[{'s':10}] [{'s':>10}] [{'s':^10}] [{'long string':5}] [{'trunc':.3}] [{'ab':-<6}]")
print(f"{i:+} {-i:+} {i: } {-i: } {i:-}")
print(f"{n:,} {n:_} {i * 10 ** 6:,} {i * 10 ** 6:_} {n:,.2f} {0x123456789:_x} {0b11110000:_b}")
print(f"{n:.2f} {n:.0f} {n:10.1f}| {-n:.3e} {n:E} {n:g} {1e-10:g} {0.0001:g} {1e16:g} {123.0:g}")
print(f"{0.125:%} {0.125:.1%} {1:.0%} {2/3:.3}")
print(f"{i:x} {i:X} {i:#x} {i:#X} {i:o} {i:#o} {i:b} {i:#b} {i:#010b} {i:c} {i:d} {i:n}")
print(f"{-255:#x} {-5:b} {0:#x}")
print(f"{3.0} {3.0:} {3.0:.1} {3.14:.1} {1e20:} {1e20:f}")
print(f"{1.5:08.2f} {-1.5:08.2f} {1.5:+.1f} {float('inf'):f} {float('nan'):F} {float('-inf'):+}")
print(f"{True:>5} {None!s:>5} {12.5:x^12.3f}")
print(f"{123456789:e} {0.000012345:.2e} {5e-324:.3g}")
print(f"{10:#}", format(3, ""), format("x", ""), format(2.5))
for spec in ["=10", ",s", "+s", ".2d", "#s", "z"]:
    try:
        print(format("text" if "s" in spec else 5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, ".2c")
except ValueError as e:
    print(type(e).__name__, e)
