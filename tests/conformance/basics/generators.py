# generator functions: yield, laziness, StopIteration, next with default
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yield", i)
        yield i
        i += 1
    print("  end")
g = count_up(2)
print(type(g).__name__, g.__name__)
print(next(g))
print(next(g))
print(next(g, "exhausted"))
print(next(g, "again"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def with_return():
    yield 1
    return "result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
print(list(with_return()))
def gen_in_loop():
    for x in "abc":
        yield x.upper()
print(list(gen_in_loop()), "".join(gen_in_loop()), "B" in gen_in_loop())
g = gen_in_loop()
print(iter(g) is g, list(zip(g, range(10))))
def empty():
    return
    yield
print(list(empty()))
def nested_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(x) for x in nested_gen()])
def raises():
    yield 1
    raise ValueError("inside generator")
g = raises()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "finished after error"))
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, "|", repr(e.__cause__))
def running():
    yield g2.gi_running
g2 = running()
print(g2.gi_running, next(g2))
def recurse():
    yield g3.__next__()
g3 = recurse()
try:
    next(g3)
except ValueError as e:
    print(type(e).__name__, e)
squares = (n * n for n in range(5))
print(sum(squares), sum(squares))
def take(it, n):
    for _, v in zip(range(n), it):
        yield v
print(list(take(fib(), 5)))
