# yield from: delegation of values, send, throw, close, and return values
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield "outer-after"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("StopIteration value:", e.value)
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", range(2), (x * x for x in [3]), {"k": 1})))
def catcher():
    while True:
        try:
            v = yield
            print("  catcher received", v)
        except KeyError as e:
            print("  catcher handled", repr(e))
def delegator():
    yield from catcher()
d = delegator()
next(d)
d.send(1)
d.throw(KeyError("thrown through"))
d.send(2)
try:
    d.throw(IndexError("not handled"))
except IndexError as e:
    print("propagated:", type(e).__name__, e)
def closable():
    try:
        yield 1
        yield 2
    finally:
        print("  inner closed")
def wraps_closable():
    try:
        yield from closable()
    finally:
        print("  outer closed")
wc = wraps_closable()
next(wc)
wc.close()
def returns_immediately():
    return "immediate"
    yield
def uses_return():
    r = yield from returns_immediately()
    yield r
print(list(uses_return()))
def sub_raises():
    yield 1
    raise ValueError("from sub")
def handles_sub():
    try:
        yield from sub_raises()
    except ValueError as e:
        yield f"handled {e}"
print(list(handles_sub()))
def yf_non_generator():
    r = yield from [10, 20]
    yield ("list return value", r)
print(list(yf_non_generator()))
def send_to_iterator():
    yield from iter([1, 2])
s = send_to_iterator()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
def depth(n):
    if n == 0:
        return 0
    r = yield from depth(n - 1)
    yield n
    return r + n
def total():
    t = yield from depth(4)
    yield f"total={t}"
print(list(total()))
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print(type(e).__name__, e)
