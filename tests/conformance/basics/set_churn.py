# Sets that add and remove many times: membership, order and sizes after long runs of removals
# (dummy slots), re-adds, pops, clears, in-place algebra and keys of mixed types.

def check(s, probe):
    return [x for x in probe if x in s]


# small ints added and removed in a backtracking pattern
cols = set()
diag = set()
seen = []
for row in range(12):
    for col in range(8):
        if col in cols or (row - col) in diag:
            continue
        cols.add(col)
        diag.add(row - col)
        if len(cols) > 5:
            cols.remove(col)
            diag.remove(row - col)
    seen.append((sorted(cols), sorted(diag)))
    if row % 3 == 2:
        cols.discard(row % 8)
        diag.discard(row - (row % 8))
print(seen)
print(list(cols), list(diag))
print(check(cols, range(-10, 10)), check(diag, range(-10, 20)))

# the same key removed and re-added many times, with others around it
s = set(range(10))
for i in range(200):
    s.remove(i % 10)
    if (i * 7) % 10 in s:
        s.remove((i * 7) % 10)
        s.add((i * 7) % 10)
    s.add(i % 10)
print(list(s), len(s), check(s, range(-3, 13)))

# keys that share the low bits of their hash (multiples of 64 and of 128)
big = set()
for i in range(300):
    big.add(i * 64)
for i in range(0, 300, 3):
    big.remove(i * 64)
print(len(big), sum(big), check(big, [0, 64, 128, 192, 256, 64 * 299, 64 * 300]))
for i in range(300):
    big.discard(i * 64)
print(len(big), list(big), 0 in big, 64 in big)
big.add(128)
print(list(big), 128 in big, 192 in big)

# negative ints, -1 and -2 (same hash in CPython), bools and floats equal to ints
m = set()
for k in [-1, -2, 1, True, 1.0, 0, False, -0.0, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 3.5]:
    m.add(k)
print(sorted(m, key=repr), len(m))
m.remove(-1)
print(-1 in m, -2 in m, 1 in m, 1.0 in m, True in m)
m.discard(True)
print(1 in m, 1.0 in m, True in m, 0 in m, False in m)
m.add(1.0)
print(sorted(m, key=repr), [type(x).__name__ for x in sorted(m, key=repr)])

# strings and tuples
words = set()
for i in range(50):
    words.add("w" + str(i % 17))
    if i % 4 == 0:
        words.discard("w" + str((i + 3) % 17))
print(sorted(words), "w3" in words, "w4" in words, ("w", 1) in words)
tup = {(1, 2), (2, 1)}
tup.remove((1, 2))
print((1, 2) in tup, (2, 1) in tup, tup)

# pop after churn follows CPython's order
p = set(range(20))
for i in range(0, 20, 2):
    p.remove(i)
out = []
while p:
    out.append(p.pop())
    if len(out) % 3 == 0:
        p.add(len(out) * 10)
        p.discard(len(out) * 10 - 30)
print(out)

# clear, update, copy and in-place algebra after removals
a = set(range(30))
for i in range(0, 30, 3):
    a.remove(i)
b = a.copy()
print(b == a, sorted(b)[:5], 3 in b, 4 in b)
a.clear()
print(len(a), 4 in a)
a.update(range(5))
print(a, 4 in a, 7 in a)
c = set(range(40))
for i in range(10, 40):
    c.discard(i)
c &= {1, 2, 3, 50}
print(c, 1 in c, 5 in c)
c |= set(range(8))
c -= {0, 2, 4}
c ^= {4, 100}
print(sorted(c), 4 in c, 2 in c, 100 in c)
d = set(range(16))
for i in range(16):
    d.remove(i)
d.intersection_update(range(3))
d.symmetric_difference_update({1, 2})
d.difference_update({2})
print(d, 1 in d, 2 in d)
f = frozenset(x for x in range(10) if x % 2)
print(sorted(f), 3 in f, 4 in f)

# errors: remove of an absent key still raises KeyError with the key
try:
    s = {1, 2}
    s.remove(1)
    s.remove(1)
except KeyError as e:
    print("KeyError", e)
