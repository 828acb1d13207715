# functions are descriptors: f.__get__(obj, type), and how lookup binds them
def f(self, x=0):
    return (type(self).__name__, x)
class A:
    pass
a = A()
bm = f.__get__(a, A)
print(bm(), bm(5), type(bm).__name__, bm.__self__ is a, bm.__func__ is f)
print(f.__get__(a)(1))
print(f.__get__(None, A) is f)
print(f.__get__(7)(), f.__get__("s", str)())
try:
    f.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
A.f = f
print(a.f(3), A.f(a, 4), A.f is f, A.__dict__["f"] is f)
a.g = f
try:
    a.g()
except TypeError as e:
    print(type(e).__name__, e)
print(a.g(a))
sm = staticmethod(f)
cm = classmethod(f)
print(sm.__get__(a, A) is f, cm.__get__(a, A)(), cm.__get__(None, A)(9))
print(type(cm.__get__(a, A)).__name__, cm.__get__(a, A).__self__ is A)
prop = property(lambda self: "prop value")
print(prop.__get__(a, A), prop.__get__(None, A) is prop)
print(len.__get__ if hasattr(len, "__get__") else "builtins have no __get__")
class B:
    pass
B.length = len
try:
    print(B().length())
except TypeError as e:
    print(type(e).__name__, e)
print(B().length([1, 2]))
class Wrapper:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args):
        return ("Wrapper call", args)
class C:
    w = Wrapper(f)
print(C().w(1))
class BindingWrapper(Wrapper):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.fn.__get__(obj, objtype)
class D:
    w = BindingWrapper(f)
print(D().w(2), type(D.w).__name__)
print(str.upper.__get__("abc")(), type(str.upper.__get__("abc")).__name__)
print(int.__add__.__get__(3)(4), list.append.__get__([]).__self__)
