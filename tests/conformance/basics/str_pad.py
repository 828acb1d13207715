# str padding and alignment methods
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("abc".center(2)), repr("ab".center(5, "-")))
print(repr("abc".ljust(6)), repr("abc".rjust(6, "0")), repr("abc".ljust(2)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
for w in range(0, 8):
    print("[" + "hi".center(w, ".") + "]", "[" + "hi".rjust(w) + "]", "[" + "hi".ljust(w, "~") + "]")
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in table:
    print(name.ljust(12) + str(qty).rjust(4) + ("%.2f" % price).rjust(8))
# padding combined with numbers and unicode
for n in [0, 7, -7, 123456]:
    print(str(n).zfill(6), str(n).rjust(8, "."), str(n).center(9, "*"), f"{n:06d}", f"{n:^9}")
print("日本".center(6, "-"), "é".ljust(3, "é"), len("日本".center(6)))
print("|".join(s.ljust(5) for s in ["a", "bb", "ccc"]) + "|")
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".zfill(None)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("abc".center(-1)), repr("".center(3, "x")), "abc".rjust(0))
