# complex: construction from numbers and strings, repr, arithmetic, format, comparisons
z = complex(1, 2)
print(z, repr(z), z.real, z.imag, z.conjugate(), abs(complex(3, 4)), -z, +z, z * z, z / 2, z + 1, 1 - z, 2 ** z, z ** 2, z ** -1, z ** 0.5, 1j ** 2)
print(complex("1+2j"), complex(" ( -1.5-2J ) "), complex("j"), complex("-j"), complex("3"), complex("1e3j"), complex("inf-nanj"), complex("1_0+2_0j"))
for s in ["1+", "j1", "1+2", "(1+2j", "1 + 2j", "", "1jj"]:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), e)
print(complex(1.5), complex(2, 3.5), complex(z, 1), complex(1, z), complex(True, False), complex(-0.0, -0.0), complex(0.0, -0.0))
for args in [("1", 2), (1, "2"), (None,), ([1],)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(e)
print(z == complex(1, 2), z == 1, complex(1, 0) == 1, complex(1, 0) == 1.0, z != 3, hash(complex(1, 0)) == hash(1), hash(complex(0, 1)), hash(complex(1.5, -2)))
print(bool(0j), bool(1j), complex(1e300, 1e300) * 10, 1j * 1j, (1+2j) / (3-4j), 0j ** 0)
try:
    print(1j / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(0j ** -1)
except ZeroDivisionError as e:
    print(e)
try:
    print(z < z)
except TypeError as e:
    print(e)
print(format(1+2j, ""), format(1+2j, ".2f"), format(1.5-2j, "10.1f"), format(3j, "g"), format(1+2j, "<15"), format(-0.0+1j, ""), format(1+2j, "+.3e"), format(1.23456+1j, ".3"))
print(complex(1, 2).__getnewargs__(), (2+3j).__complex__(), complex.__new__(complex, 5))
print(repr(complex(float('nan'), float('nan'))), repr(complex(0, float('inf'))), repr(complex(-float('inf'), 0)), repr(1e20j), repr(complex(1, 1e-20)), repr(-1j), repr(complex(-0.0, 0)))
class C:
    def __complex__(self):
        return 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(F(), F()), complex(I()), float(F()), float(I()), int(I()))
