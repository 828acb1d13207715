# Stable sorting by int keys and by tuples whose columns are ints, strs or floats: ties keep their
# input order, wide and narrow int ranges, negative zero, big ints, and reverse=True.

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % n


def tag(rows):
    return [(r, i) for i, r in enumerate(rows)]


def order_of(pairs):
    return [i for _, i in pairs]


# narrow int keys with many ties, and wide ones (differences beyond 2**31)
items = [rnd(50) for _ in range(400)]
print(order_of(sorted(tag(items), key=lambda p: p[0]))[:60])
print(order_of(sorted(tag(items), key=lambda p: p[0], reverse=True))[:60])
wide = [rnd(7) * (2 ** 40) - rnd(3) * (2 ** 62) for _ in range(300)]
print(order_of(sorted(tag(wide), key=lambda p: p[0]))[:60])
print(sorted(wide)[:5], sorted(wide)[-5:])
print(order_of(sorted(tag([10 ** 30, -5, 2 ** 63, -(2 ** 63), 0, 3]), key=lambda p: p[0])))

# float keys: -0.0 and 0.0 are equal, so they keep their order
fl = [0.0, -0.0, 1.5, -0.0, 0.0, -2.5, 1.5, float("inf"), -float("inf")]
print(order_of(sorted(tag(fl), key=lambda p: p[0])))

# tuples of ints: the second column orders each run of equal first columns
pairs = [(rnd(20), rnd(5)) for _ in range(500)]
print(order_of(sorted(tag(pairs), key=lambda p: p[0]))[:40])
print(sorted(pairs)[:30])
print(order_of(sorted(tag(pairs), key=lambda p: (p[0][0], p[0][1])))[:80])
print(order_of(sorted(tag(pairs), key=lambda p: (p[0][0], p[0][1]), reverse=True))[:80])

# (int, str, float) rows; equal rows keep their order
names = ["ab", "b", "", "abc", "B", "\u00e9", "a", "ab"]
rows = [(rnd(6), names[rnd(len(names))], [0.5, -0.0, 0.0, -1.25][rnd(4)]) for _ in range(300)]
by = sorted(tag(rows), key=lambda p: p[0])
print(order_of(by)[:80])
print([r for r, _ in by][:25])
rows.sort(reverse=True)
print(rows[:20])

# (int, int, int) with a wide middle column
triples = [(rnd(3), rnd(4) * (2 ** 45) - 2 ** 46, rnd(3)) for _ in range(200)]
print(order_of(sorted(tag(triples), key=lambda p: p[0]))[:60])

# rows that do not qualify still sort as CPython does (mixed kinds in one column, other lengths)
mixed = [(1, 2), (1, "a"), (0, 5)]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError", e)
print(mixed)
ragged = [(2, 1), (1,), (1, 0), (2,), (1, 0, 0)]
print(sorted(ragged))
print(sorted([(1, 2.5), (1, 2), (0, True)], key=lambda t: t))
