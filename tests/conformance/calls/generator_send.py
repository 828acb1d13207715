# generator.send(): priming, values in/out, running averages, coroutines
def echo():
    received = None
    while True:
        received = yield f"got {received!r}"
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30, 40]])
fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(fresh.send(None))
def finite():
    x = yield 1
    print("  finite received", x)
    y = yield 2
    print("  finite received", y)
    return x + y
f = finite()
print(next(f), f.send(10))
try:
    f.send(20)
except StopIteration as e:
    print(type(e).__name__, e.value)
try:
    f.send(1)
except StopIteration as e:
    print("exhausted:", type(e).__name__, e.value)
def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            return items
        items.append(item)
acc = accumulate()
next(acc)
for word in ["a", "b", "c"]:
    acc.send(word)
try:
    acc.send(None)
except StopIteration as stop:
    print(stop.value)
def state_machine():
    state = "idle"
    while True:
        cmd = yield state
        transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                       ("paused", "start"): "running", ("running", "stop"): "idle"}
        state = transitions.get((state, cmd), state)
sm = state_machine()
print(next(sm), [sm.send(c) for c in ["start", "pause", "stop", "start", "stop"]])
def gen_expr_send():
    return (x for x in range(3))
ge = gen_expr_send()
print(next(ge), ge.send("ignored"), ge.send(None))
print(g.gi_frame is not None, f.gi_frame, type(g.gi_code).__name__, g.gi_code.co_name)
