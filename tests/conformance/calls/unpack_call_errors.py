# errors from * and ** unpacking at call sites
def g(*args, **kwargs):
    return args, kwargs
class C:
    def m(self, *a, **k):
        pass
def outer():
    def inner(*a, **k):
        pass
    return inner
cases = [
    lambda: g(*1),
    lambda: g(*None),
    lambda: g(1, *2.5),
    lambda: g(**[1, 2]),
    lambda: g(**None),
    lambda: g(**"ab"),
    lambda: g(**{"a": 1}, **[("b", 2)]),
    lambda: C().m(*5),
    lambda: C().m(**5),
    lambda: outer()(*5),
    lambda: print(*5),
    lambda: len(*5),
    lambda: g(**{1: "x"}),
    lambda: g(**{"k": 1}, k=2),
    lambda: g(k=1, **{"k": 2}),
    lambda: g(**{"k": 1}, **{"k": 2}),
    lambda: dict(**{"a": 1}, a=2),
    lambda: (lambda: 0)(**{"x": 1}),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        raise ValueError("iter blew up")
try:
    g(*BadIter())
except ValueError as e:
    print(type(e).__name__, e)
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
try:
    g(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)
class GoodKeys:
    def keys(self):
        return ("a",)
    def __getitem__(self, k):
        return "value of " + k
print(g(**GoodKeys()))
