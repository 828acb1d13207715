# int/float/bool/str conversions
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e10))
print(int("42"), int("  -17  "), int("+5"), int("1_000"), int(True))
print(float(3), float("2.5"), float("  -1e3 "), float("inf"), float("-inf"), float("nan"))
print(float("1_000.5"), float(".5"), float("5."), float("Infinity"), float("-iNF"))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(str(42), str(-0.0), str(1.0), str(True), str(None))
print(int(), float(), str(), bool())
print(round(3.7), round(-3.7), type(round(3.7)).__name__)
print(int(2.5), int(-2.5))
print(float(10 ** 20), int(float(10 ** 20)))
print(3 == 3.0, 1 == True, 0.1 + 0.2 == 0.3, int("0") == 0)
print((3.0).is_integer(), (3.5).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print((1.0).hex(), float.fromhex("0x1.8p1"))
for s in ["12a", "", "1.5", "0x10", " ", "1 2"]:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["abc", "", "1.2.3", "1e"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        print(int(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
