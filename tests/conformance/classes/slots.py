# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__)
class Child(P):
    pass
c = Child(1, 2)
c.z = 3
print(c.z, hasattr(c, "__dict__"), vars(c))
class Child2(P):
    __slots__ = ("w",)
c2 = Child2(1, 2)
c2.w = 5
print(c2.x, c2.w)
try:
    c2.q = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
unset = P.__new__(P)
try:
    unset.x
except AttributeError as e:
    print(type(e).__name__, e)
