# bound methods: __self__, __func__, equality, hashing, rebinding
class A:
    def __init__(self, name):
        self.name = name
    def hello(self, greeting="hi"):
        return f"{greeting} from {self.name}"
    def __eq__(self, other):
        return isinstance(other, A) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
a = A("a")
m = a.hello
print(m(), m("hey"), m.__self__ is a, m.__func__ is A.hello, m.__name__, m.__qualname__, m.__doc__)
print(a.hello is a.hello, a.hello == a.hello, hash(a.hello) == hash(a.hello))
a2 = A("a")
print(a.hello == a2.hello, a.hello.__self__ is a2.hello.__self__)
b = A("b")
print(a.hello == b.hello)
class Plain:
    def f(self):
        pass
p1, p2 = Plain(), Plain()
print(p1.f == p1.f, p1.f == p2.f, p1.f != p2.f, {p1.f: 1}[p1.f])
stored = a.hello
a.name = "renamed"
print(stored())
rebound = A.hello.__get__(b)
print(rebound(), type(rebound).__name__, rebound.__self__ is b)
import types
manual = types.MethodType(A.hello, b)
print(manual("yo"), manual == rebound)
def free_func(self, x):
    return f"free_func({self.name}, {x})"
bm = types.MethodType(free_func, a)
print(bm(1), bm.__func__ is free_func)
print(types.MethodType(lambda self: type(self).__name__, 42)())
try:
    m.__self__ = b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.custom_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
A.hello.custom_attr = "on function"
print(m.custom_attr)
cm_bound = classmethod(lambda cls: cls.__name__).__get__(None, A)
print(cm_bound(), cm_bound.__self__ is A)
print([].append.__self__ == [], "abc".upper.__self__, len.__self__.__name__)
meths = [a.hello, b.hello]
print([mm() for mm in meths])
print(a.hello.__func__.__get__(a)() == a.hello())
class Callable:
    def __call__(self, x):
        return x * 2
class Holder:
    c = Callable()
print(Holder().c(5), type(Holder().c).__name__)
