# Yields at every kind of statement position: in if/elif/else branches, while and for bodies and
# their else blocks, nested loops with break and continue, try/except/finally, with blocks, and as
# expressions inside assignments, calls and conditions; resumed by next, send, throw and close.

def branches(xs):
    for x in xs:
        if x % 3 == 0:
            yield "fizz", x
        elif x % 3 == 1:
            yield "one", x
            yield "one-again", x
        else:
            pass
        yield "after-if", x


print(list(branches(range(5))))


def loops_with_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 2:
            continue
        yield "while", i
    else:
        yield "while-else", i
    for j in range(n):
        if j == 3:
            break
        yield "for", j
    else:
        yield "never", j
    for j in range(2):
        yield "for2", j
    else:
        yield "for-else", j
        yield "for-else-2", j
    yield "end"


print(list(loops_with_else(4)))


def nested(rows):
    for r in rows:
        for c in r:
            if c < 0:
                break
            if c == 0:
                continue
            yield r.index(c), c
        else:
            yield "row-done"
        while True:
            yield "inner-while"
            break
    yield "done"


print(list(nested([[1, 0, 2], [3, -1, 4], []])))


def with_try(vals):
    for v in vals:
        try:
            yield "try", v
            if v == 2:
                raise ValueError(v)
            yield "after", v
        except ValueError as e:
            yield "caught", e.args
        finally:
            yield "finally", v
    try:
        yield "outer"
    finally:
        print("outer finally ran")


print(list(with_try([1, 2])))


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def with_blocks():
    with Ctx("a") as a:
        yield a.name
        with Ctx("b"):
            yield "inside b"
        yield "after b"


print(list(with_blocks()))


def expressions():
    total = 0
    x = yield "start"
    while x is not None:
        total += x
        y = (yield total) or 0
        total += y
        if (yield "check") == "stop":
            break
        x = yield "next"
    return total


g = expressions()
print(next(g))
print(g.send(5))
print(g.send(1))
print(g.send("go"))
print(g.send(10))
print(g.send(None))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)


def thrower():
    for i in range(3):
        try:
            yield i
        except KeyError as e:
            yield "handled", e.args
    yield "end"


t = thrower()
print(next(t), t.throw(KeyError("k")), next(t), next(t), t.throw(KeyError("j")))
print(list(t))


def closer():
    try:
        while True:
            yield "tick"
    finally:
        print("closed")


c = closer()
print(next(c), next(c))
c.close()
print(list(c))


def delegate():
    r = yield from expressions()
    yield "delegated result", r
    yield from range(2)
    yield from []
    yield "tail"


d = delegate()
print(next(d), d.send(2), d.send(0), d.send(None))
try:
    print(d.send(None))
except StopIteration:
    print("stopped")
print(list(d))


def genexp_in_gen(n):
    yield sum(x * x for x in range(n))
    yield [y for y in (z + 1 for z in range(n)) if y % 2]


print(list(genexp_in_gen(5)))

# many generators alive at once, advanced round robin
gens = [branches(range(k)) for k in range(5)]
out = []
while gens:
    for g in list(gens):
        try:
            out.append(next(g))
        except StopIteration:
            gens.remove(g)
print(len(out), out[:8])


# yield-free loops and branches inside a generator run as ordinary code between suspensions
def mixed(n):
    for i in range(n):
        s = 0
        for j in range(i * 3):
            s += j
        while s > 10:
            s -= 7
        if s % 2:
            s += 1
        else:
            s -= 1
        try:
            for w in "ab":
                s += len(w)
        finally:
            s += 100
        yield s
        for k in range(2):
            yield (i, k)
        t = [x * 2 for x in range(i)]
        yield sum(t)


print(list(mixed(4)))
m = mixed(3)
print(next(m), next(m), m.send(None), list(m))
