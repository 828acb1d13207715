# Coroutines awaiting coroutines and custom awaitables, driven by send()/throw() by hand, as an
# event loop would; await of an exhausted coroutine; values sent through nested awaits.


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield ("tick", self.label)
        return "woke:%s:%s" % (self.label, got)


async def leaf(n):
    total = 0
    for i in range(n):
        total += len(await Tick(i))
    return total


async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b


async def top():
    results = []
    for k in range(3):
        results.append(await middle(k))
    return results


def run(coro, log):
    value = None
    steps = 0
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        log.append(req)
        value = "v%d" % steps


log = []
print(run(top(), log))
print(log[:5], len(log))

for round_ in range(200):
    r = run(middle(round_ % 5), [])
print(r)

c = leaf(2)
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError", e)


async def reuse():
    inner = leaf(0)
    print("first", await inner)
    try:
        await inner
    except RuntimeError as e:
        print("RuntimeError", e)
    return "done"


print(run(reuse(), []))


async def bad():
    await 5


try:
    run(bad(), [])
except TypeError as e:
    print("TypeError", e)
