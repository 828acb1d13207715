# rich comparisons and sorted(); reflected comparisons
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f"V{self.n}"
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs), sorted(vs, reverse=True))
print(V(1) < V(2), V(2) > V(1))
try:
    V(1) <= V(2)
except TypeError as e:
    print(type(e).__name__, e)
class Full:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        print(f"  {self.n}.__lt__({o.n})")
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        print(f"  {self.n}.__gt__({o.n})")
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n
print(Full(1) < Full(2))
print(Full(1) > Full(2))
print(Full(3) <= Full(3), Full(3) >= Full(4), Full(1) == Full(1))
class Left:
    def __lt__(self, o):
        return NotImplemented
class Right:
    def __gt__(self, o):
        return "Right.__gt__ called"
print(Left() < Right())
class Base:
    def __lt__(self, o):
        return "Base.__lt__"
    def __gt__(self, o):
        return "Base.__gt__"
class Sub(Base):
    def __gt__(self, o):
        return "Sub.__gt__ (reflected first)"
print(Base() < Sub(), Sub() < Base())
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, o):
        return self.parts < o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
versions = [Version(v) for v in ["1.10.0", "1.2.0", "1.2", "0.9.9", "1.2.0"]]
print(sorted(versions), sorted(versions, key=lambda v: v.parts[-1]))
print(Version("1.2") < Version("1.2.0"), Version("2.0") == Version("2.0"), Version("1.0") != Version("1.1"))
try:
    Left() < Left()
except TypeError as e:
    print(type(e).__name__, e)
