# next(), send() and __next__ at call sites that see generators, other iterators and bad
# receivers; finished generators; the same sites run often enough to be compiled.


def counter(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("got", got)
    return "done:%d" % n


def drain(it, default):
    out = []
    while True:
        v = next(it, default)
        if v is default:
            return out
        out.append(v)


total = 0
for k in range(400):
    total += sum(drain(counter(k % 7), None))
    total += sum(drain(iter([k, k + 1]), None))
print(total)

g = counter(3)
send = g.send
print(next(g), send("a"), send("b"))
try:
    send("c")
except StopIteration as e:
    print("StopIteration", e.value)
for _ in range(3):
    try:
        send(None)
    except StopIteration as e:
        print("again", repr(e.value))
print(next(g, "dflt"))

try:
    counter(2).send(5)
except TypeError as e:
    print("TypeError", e)

nxt = type(counter(0)).__next__
acc = 0
for k in range(300):
    gen = counter(2)
    acc += nxt(gen) + nxt(gen)
print(acc)
for bad in ([1], 5):
    try:
        nxt(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    type(counter(0)).send(3, 1)
except TypeError as e:
    print("TypeError", e)


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def leaks():
    yield 1
    raise StopIteration("inner")


lg = leaks()
print(next(lg))
try:
    next(lg)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))
try:
    next(lg)
except StopIteration as e:
    print("finished", e.value)

for name in ("throw", "close", "__repr__", "__next__", "send"):
    try:
        m = getattr(type(counter(0)), name)
        m(3) if name not in ("throw", "send") else m(3, ValueError)
    except TypeError as e:
        print(name, "TypeError", e)
