# int(str, base) and its errors
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("17", 0))
print(int("101", 2), int("z", 36), int("Zz", 36), int("777", 8), int("  12  ", 5), int("-1_0", 3), int("+a", 11))
print(int("1" * 30), int("0"), int("-0"), int("00"), int("0_0"))
print(int(b"42"), int(bytearray(b"-7")), int("١٢٣"))
cases = [("12", 1), ("12", 37), ("2", 2), ("0x", 16), ("08", 0), ("0b2", 0), ("1__0", 10), ("_1", 10), ("1_", 10),
         ("", 16), ("--1", 10), ("1.0", 10), ("0o8", 8), ("g", 16), ("12", -1)]
for s, base in cases:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("12", "10")
except TypeError as e:
    print(type(e).__name__, e)
print(int("10", base=8), int(x="5") if False else "skip")
