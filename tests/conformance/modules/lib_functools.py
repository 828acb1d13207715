# functools: partial, reduce, lru_cache details, singledispatch, partialmethod, cached_property
import functools
from functools import partial, reduce

def f(a, b=2, *rest, **kw):
    return (a, b, rest, sorted(kw.items()))

p = partial(f, 1, x=3)
print(p(), p(5, 6, y=7), p(x=9), p.args, p.keywords, p.func is f)
q = partial(p, 2, z=4)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(max, 1, key=abs)), repr(partial(max)))
class MyPartial(partial):
    pass
print(repr(MyPartial(min, 3)), type(MyPartial(p, 1).func).__name__)
for bad in [lambda: partial(), lambda: partial(1), lambda: setattr(p, "func", max), lambda: reduce(f), lambda: reduce(f, 5),
            lambda: reduce(lambda a, b: a, [])]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], "init"), reduce(max, iter([3, 9, 2]), 5))
print(partial(int, base=2)("101"), list(map(partial(pow, 2), range(5))))

calls = []
@functools.lru_cache(maxsize=2, typed=True)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(2.0), sq(2), sq(3), sq(2), sq(4), sq(2.0), calls)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5), sq.__name__)
@functools.lru_cache
def ident(*a, **k):
    calls.append((a, tuple(k.items())))
    return len(calls)
calls.clear()
print(ident(1), ident(1.0), ident(x=1, y=2), ident(y=2, x=1), ident(x=1, y=2), ident(True), ident.cache_info())
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info(), functools.lru_cache(-5)(abs).cache_info().maxsize)
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print(type(e).__name__, e)
class C:
    @functools.lru_cache()
    def method(self, n):
        return n + 1
print(C().method(4), C.method.cache_info().misses)

@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
@describe.register(tuple)
def _(x):
    return "sequence of %d" % len(x)
class MyInt(int):
    pass
print(describe(1), describe(True), describe(MyInt(3)), describe("s"), describe([1, 2]), describe((1,)))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)

class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, value, tag="t"):
        self.state = (value, tag)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, tag="dead")
c = Cell()
c.set_alive()
print(c.state)
c.set_dead()
print(c.state)

class Data:
    def __init__(self, n):
        self.n = n
    @functools.cached_property
    def total(self):
        print("computing total")
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, "total" in vars(d), type(Data.total).__name__)
del d.total
print(d.total)

def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def documented(x: int) -> int:
    "Doc string."
    return x
documented.__dict__["extra"] = 1
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__)
def plain():
    pass
plain.attr = "copied"
w = functools.update_wrapper(lambda: None, plain)
print(w.__name__, w.attr, w.__wrapped__ is plain, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
