# functools.lru_cache, cache, wraps and cached_property-like patterns
import functools
@functools.lru_cache(maxsize=3)
def slow_square(n):
    print("  computing", n)
    return n * n
for n in [1, 2, 1, 3, 4, 1, 2]:
    slow_square(n)
print(slow_square.cache_info())
@functools.cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print(partitions(100, 100), partitions.cache_info().currsize > 0)
def timed(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@timed
def work(x):
    """Does work."""
    return x + 1
print(work(1), work(2), work.calls, work.__name__, work.__doc__, work.__wrapped__(10))
@functools.lru_cache(maxsize=None)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 1000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache_info().hits > 0)
def outer_decorator(fn):
    @functools.wraps(fn)
    def inner(*a):
        return ("decorated", fn(*a))
    return inner
@outer_decorator
@timed
def layered(x):
    """Layered doc."""
    return x * 2
print(layered(4), layered.__name__, layered.__doc__, layered.__wrapped__.__wrapped__(5), layered.__wrapped__.calls)
