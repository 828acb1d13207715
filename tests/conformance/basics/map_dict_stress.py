# Randomized dict workload checked against CPython: insertion order survives deletions,
# re-insertions, popitem, growth and compaction; colliding and mixed-type keys.
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n

KEYS = [0, 1, -1, -2, 8, 16, 64, 1024, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -2 ** 63, 1.5, 2.0, True, False, None,
        "a", "b", "ab", "", (1, 2), (1, (2, 3)), ("x",), frozenset({1}), 3.25]
d = {}
log = []
for step in range(4000):
    op = rnd(10)
    k = KEYS[rnd(len(KEYS))] if rnd(3) == 0 else rnd(200) - 20
    if op < 4:
        d[k] = step
    elif op < 6:
        if k in d:
            del d[k]
    elif op == 6:
        d.setdefault(k, -step)
    elif op == 7:
        d.pop(k, None)
    elif op == 8 and d and rnd(4) == 0:
        log.append(d.popitem())
    else:
        d.update({k: step, step % 7: k})
    if step % 400 == 0:
        print(step, len(d), d)
print(len(d), d)
print(log[:20], len(log))
print(list(d)[:10], list(d.values())[-10:], sum(1 for _ in d.items()))

# many insertions and deletions of the same keys: the table must not fill with dummies
big = {}
for rounds in range(30):
    for i in range(20000):
        big[i] = i
    for i in range(0, 20000, 2):
        del big[i]
    for i in range(1, 20000, 2):
        del big[i]
print(len(big), big)
q = {}
for i in range(100000):
    q[i] = i
    if i >= 10:
        del q[i - 10]
print(len(q), q)

# growth: order is kept across many resizes
g = {}
for i in range(0, 3000, 7):
    g[-i] = i
print(len(g), list(g)[:5], list(g)[-5:], g[-2996], -7 in g, 7 in g)
s = {}
for i in range(500):
    s["k" + str(i)] = i
for i in range(0, 500, 3):
    del s["k" + str(i)]
print(len(s), list(s)[:6], s["k499"], "k3" in s)
