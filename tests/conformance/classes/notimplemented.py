# NotImplemented return values and operator fallback
class A:
    def __eq__(self, o):
        print("  A.__eq__")
        return NotImplemented
    def __add__(self, o):
        print("  A.__add__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("  B.__eq__")
        return NotImplemented
    def __radd__(self, o):
        print("  B.__radd__")
        return "B handled radd"
print(A() == B())
print(A() != B())
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
a = A()
print(a == a, a != a)
print(A() == 1)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, (int, float)):
            return Num(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __lt__(self, o):
        if not isinstance(o, Num):
            return NotImplemented
        return self.v < o.v
    def __repr__(self):
        return f"Num({self.v})"
print(Num(1) + 2, 2 + Num(1), Num(1) + Num(2), sum([Num(1), Num(2)]))
try:
    Num(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Num(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(Num(1) < Num(2), Num(3) > Num(2))
print(type(NotImplemented).__name__, repr(NotImplemented), str(NotImplemented))
print((1).__add__("x"), (1).__eq__("x"), "a".__lt__(1), [].__eq__(()))
print(1 .__radd__(2), (2.5).__rsub__(1), int.__add__(1, True))
class Mixed:
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return NotImplemented
try:
    Mixed() < Mixed()
except TypeError as e:
    print(type(e).__name__, e)
class InPlace:
    def __iadd__(self, o):
        return NotImplemented
try:
    x = InPlace()
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
