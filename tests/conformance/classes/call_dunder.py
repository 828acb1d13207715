# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(-10)))
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
c(); c(); c()
print(c.count)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
nc = NotCallable()
nc.__call__ = lambda: "instance attribute"
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)
print(nc.__call__(), callable(nc))
class Chain:
    def __call__(self, v):
        print("  called with", v)
        return self
Chain()(1)(2)(3)
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), type(fib).__name__)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5(1, bad=2)
except TypeError as e:
    print(type(e).__name__, e)
class CallAttr:
    def __call__(self):
        return "class-level __call__"
ca = CallAttr()
CallAttr.__call__ = lambda self: "replaced on class"
print(ca())
