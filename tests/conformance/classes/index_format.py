# __index__ and __format__
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("  __index__", self.v)
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
print((1, 2, 3)[Idx(-1)], [0] * Idx(3), "ab" * Idx(2), int(Idx(7)) if hasattr(int, "__index__") else "")
print(operator_index := Idx(9).__index__())
l = [1, 2, 3, 4]
l[Idx(0)] = "first"
del l[Idx(1)]
print(l)
class BadIdx:
    def __index__(self):
        return "x"
try:
    [1][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    fl = 1.0
    [1][fl]
except TypeError as e:
    print(type(e).__name__, e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print("  __format__", repr(spec))
        if spec == "":
            return str(self)
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec}}"
    def __str__(self):
        return f"Money({self.cents})"
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:>12,.2f}", format(m, ".1f"), "{:short}|{}".format(m, m))
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!s:>5}|")
try:
    f"{NoFormat():>5}"
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class IntLike(int):
    def __format__(self, spec):
        return "IntLike:" + spec
print(f"{IntLike(3):05d}", "%d" % IntLike(4), str(IntLike(5)))
