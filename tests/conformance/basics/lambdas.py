# lambda expressions
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1), add.__name__, (lambda: 0).__name__)
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
print(sorted([3, -1, 2], key=lambda v: -v), list(map(lambda s: s[::-1], ["ab", "cd"])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
curried = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curried(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: (yield 1))().__class__.__name__, list((lambda: (yield 5))()))
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print({k: f(7, 3) for k, f in ops.items()})
print(repr(add)[:17], add.__qualname__, type(add).__name__)
def outer():
    return lambda: 1
print(outer().__qualname__)
