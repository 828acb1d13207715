# methods and dunders of int, bool and float called directly, conversions, hashing and error messages
print(int.__add__(3, 4), int.__radd__(3, 4), (5).__sub__(2), (5).__rsub__(2), (7).__truediv__(2), (7).__rtruediv__(2))
print((1).__add__(1.0), (1).__eq__(1.0), (2).__lt__(3), True.__and__(False), True.__and__(3), (6).__and__(True), True & True, True | 0, 1 ^ True)
print(int.__pow__(2, 10), int.__pow__(2, 10, 1000), pow(2, -1, 7), (2).__rpow__(3), (2).__pow__(-1), divmod(-7, 2), (-7).__divmod__(2), (7).__rdivmod__(-2))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (255).bit_count(), (-7).bit_count(), (10**30).bit_length())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (0).to_bytes(0, 'big'), (255).to_bytes())
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x00\x04', byteorder='little'), int.from_bytes([1, 2]))
for args in [(256, 1, 'big'), (-1, 2, 'big'), (1, 2, 'middle'), (1, -1, 'big')]:
    try:
        print(args[0].to_bytes(args[1], args[2]))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((7).as_integer_ratio(), (7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator, True.real, True.numerator)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(5, -1), round(-5, -1), round(10**20 + 5, -1))
print(round(7, 2), round(True), type(round(True)).__name__, round(-0.5), round(0.5), round(1.5), round(2.5), round(-2.5))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(10**30), hash(1.5), hash(-0.5), hash(1e300), hash(float('inf')), hash(True), hash(2**63))
print(int(3.99), int(-3.99), int(1e20), int("  -42  "), int(True), int(2.5e-7), int("0b1010", 0), int("Z", 36))
print(float(3), float("  1e3"), float(True), float(10**20), float("-inf"), float(" nan "), 1e16, 1.5e-5, 123456789.0, 0.1 + 0.2)
for v in ["1.5", "inf", 1e400, "x", None, [1]]:
    try:
        print(int(v))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for v in ["abc", None, [1], "1,5"]:
    try:
        print(float(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
try:
    int(base=10)
except TypeError as e:
    print(e)
print(int(), float(), complex(), bool(), bool([]), bool(0.0), bool("x"), bool(None))
print((2.5).is_integer(), (3.0).is_integer(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio(), (0.0).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-0.0).hex(), (5e-324).hex(), (1.7976931348623157e308).hex(), float("inf").hex(), (3.5).hex())
print(float.fromhex('0x1.999999999999ap-4'), float.fromhex('0x1p-1074'), float.fromhex(' -0X1.8P+1 '), float.fromhex('inf'), float.fromhex('0x.8'), float.fromhex('1'), float.fromhex('0x1.fffffffffffff8p0'))
for s in ['0x1p1024', 'xyz', '0x', '1p']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(-0.0001, 2), round(1e300, -300), round(123.456, -1), round(5e-324, 400), round(2.5, 0), round(3.5, 0))
print((3.7).__trunc__(), (3.7).__floor__(), (-3.7).__ceil__(), (3.7).__round__(), (3.75).__round__(1), (7.0).__int__(), (7.5).__float__(), (2.0).conjugate(), (2.0).real, (2.0).imag)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -7.5 // 2, 2.0 ** 0.5, (-8.0) ** (1/3), 0.0 ** 0, (-2.0) ** 3, float.__rsub__(1.0, 3), (1.5).__rpow__(2))
print(format(1234567, ","), format(255, "#x"), format(-42, "08d"), format(3.14159, ".2f"), format(1e-7, "g"), format(True, ""), format(True, "d"), format(2.5, ""), format(12, "e"))
print(True + True, True * 3, -True, ~True, +True, abs(False), True / 2, True // 2, 3 - True, repr(True))
print(int.__new__(int, "12"), float.__new__(float, 2), bool.__new__(bool, 5), int.__repr__(5), float.__repr__(2.5), int.__hash__(7))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)
try:
    float.__add__(1, 1.0)
except TypeError as e:
    print(e)
print(int.__add__(1, "a"), float.__mul__(2.0, "x"), (1).__lt__("a"))
print(1 / 3, 10 / 4, 2**64 / 3, (10**30) / (10**10), 1 / (2**1100) if False else 0, (2**1000 + 1) / 2**1000, -(10**20) / 3)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print(e)
print(7 // 0.5, 7 % 0.5, -7 % 3, 7 % -3, -7 // 3, 2**100 % 7, -(2**100) // 7, 5 << 70, -5 >> 1, (2**100) >> 98, 1 << 0)
