# **kwargs collection and ** unpacking at call sites
def f(**kw):
    return type(kw).__name__, kw
print(f(), f(a=1), f(b=2, a=1), f(**{"x": 1}), f(**{"a": 1}, **{"b": 2}, c=3))
def g(a, b=0, **kw):
    return a, b, kw
print(g(1, c=2), g(a=1, b=2, z=3), g(**{"a": 5, "q": 6}))
d = {"a": 1}
k = f(**d)[1]
k["a"] = 999
print(d, k is d)
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, key):
        return key.upper()
print(f(**Mapping()))
from collections import OrderedDict
print(f(**OrderedDict([("z", 1), ("y", 2)])))
def order(**kw):
    return list(kw)
print(order(c=1, a=2, b=3), order(**{"b": 1, "a": 2}, c=3))
def show(a, b, c):
    return a, b, c
params = {"c": 3, "b": 2}
print(show(1, **params), show(**params, a=0), show(*[1], **{"c": 3}, b=2))
def combined(*args, **kwargs):
    return args, kwargs
print(combined(1, *[2, 3], x=1, **{"y": 2}))
print(dict(**{"a": 1}, b=2), sorted(f(**{str(i): i for i in range(3)})[1]))
print(f(**{"not an identifier": 1, "1": 2}))
print("{a}-{b}".format(**{"a": "A", "b": "B"}))
def kwnames(**kwargs):
    return sorted(kwargs.items())
print(kwnames(**dict(zip("abc", range(3)))))
