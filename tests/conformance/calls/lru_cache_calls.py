# functools.lru_cache / cache: hits, misses, cache_info, typed, cache_clear
import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    print("  computing", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())
@functools.lru_cache
def no_parens(x):
    return x + 1
print(no_parens(1), no_parens(1), no_parens.cache_info())
@functools.lru_cache(maxsize=10, typed=True)
def typed(x):
    print("  typed computing", repr(x))
    return x
typed(1); typed(1.0); typed(1); typed(True)
print(typed.cache_info())
@functools.lru_cache()
def untyped(x, y):
    print("  untyped computing", repr(x), repr(y))
    return x
untyped(1, 2); untyped(1.0, 2); untyped(True, 2.0)
print(untyped.cache_info())
@functools.lru_cache(maxsize=None)
def kw(a, b=0):
    print("  kw computing", a, b)
    return a + b
kw(1); kw(1, 0); kw(1, b=0); kw(a=1); kw(1)
print(kw.cache_info().hits, kw.cache_info().misses)
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
@functools.cache
def cached(x):
    return x * 3
print(cached(2), cached(2), cached.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters(), sq.cache_parameters())
ci = sq.cache_info()
print(type(ci).__name__, ci.hits, ci.misses, ci.maxsize, ci.currsize, ci._fields if hasattr(ci, "_fields") else "")
@functools.lru_cache(maxsize=0)
def never_cached(x):
    return x
never_cached(1); never_cached(1)
print(never_cached.cache_info())
class Thing:
    @functools.lru_cache(maxsize=None)
    def method(self, v):
        print("  method computing", v)
        return v * 2
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return True
t1, t2 = Thing(), Thing()
print(t1.method(5), t2.method(5), Thing.method.cache_info().hits)
