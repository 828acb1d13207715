# property/classmethod/staticmethod calling details and error messages
class C:
    def __init__(self):
        self._v = 0
    @property
    def p(self):
        return self._v
    @property
    def q(self):
        return "q"
    @q.setter
    def q(self, value):
        self._q = value
    r = property(doc="no accessors")
c = C()
print(c.p, c.q)
try:
    c.p = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.p
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.q
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.r
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.r = 1
except AttributeError as e:
    print(type(e).__name__, e)
c.q = 5
print(c._q, C.r.__doc__)
try:
    c.p()
except TypeError as e:
    print(type(e).__name__, e)
print(C.p.fget(c), C.q.fset is not None, C.p.fset)
class Sub(C):
    @property
    def p(self):
        return "sub " + str(super().p)
print(Sub().p)
try:
    Sub().p = 2
except AttributeError as e:
    print(type(e).__name__, e)
class Raising:
    @property
    def bad(self):
        raise ValueError("getter failed")
try:
    Raising().bad
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(Raising(), "bad") if False else "hasattr would propagate ValueError")
try:
    hasattr(Raising(), "bad")
except ValueError as e:
    print("hasattr:", type(e).__name__, e)
try:
    property(1)(None)
except TypeError as e:
    print(type(e).__name__, e)
p = property(lambda self: 1)
try:
    p.__get__(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.__set__(c, 1)
except AttributeError as e:
    print(type(e).__name__, e)
noname = property(lambda self: 1)
class Late:
    pass
Late.attr = noname
try:
    Late().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
class CallsProp:
    @property
    def fn(self):
        return lambda x: x * 10
print(CallsProp().fn(4))
try:
    classmethod(1)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod(None)()
except TypeError as e:
    print(type(e).__name__, e)
print(staticmethod(len)("abc"), classmethod(len).__func__ is len)
