# __eq__ and __hash__; use in dicts and sets
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
a, b, c = P(1, 2), P(1, 2), P(2, 1)
print(a == b, a is b, a != c, a != b, a == (1, 2), hash(a) == hash(b))
s = {a, b, c}
print(len(s), P(1, 2) in s, P(5, 5) in s)
d = {a: "first"}
d[b] = "second"
print(d, d[P(1, 2)])
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, p1 != p2, hash(p1) == hash(p1), len({p1, p2, p1}))
class Noisy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  eq({self.v}, {getattr(other, 'v', other)})")
        return isinstance(other, Noisy) and self.v == other.v
    def __hash__(self):
        print(f"  hash({self.v})")
        return self.v
print("building set")
ns = {Noisy(1), Noisy(2)}
print("membership")
print(Noisy(2) in ns)
print("list membership")
print(Noisy(3) in [Noisy(1), Noisy(3)])
class Always:
    def __eq__(self, other):
        return "truthy string"
print(Always() == 1, Always() != 1)
class Ne:
    def __ne__(self, other):
        return "custom ne"
print(Ne() != 1, Ne() == 1)
class HashStr:
    def __hash__(self):
        return "nope"
try:
    hash(HashStr())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class Child(P):
    pass
print(Child(1, 2) == P(1, 2), hash(Child(1, 2)) == hash(P(1, 2)))
class ChildEq(P):
    def __eq__(self, other):
        return False
print(ChildEq.__hash__)
