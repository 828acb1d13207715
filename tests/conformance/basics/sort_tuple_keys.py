# Sorting tuples and by tuple keys: int-led tuples with str, int and float items, ties, reverse,
# and the cases that must behave exactly as timsort does (user __lt__ call order, mixed types that
# raise part-way, NaN).
recs = [((i * 37) % 11, "n%d" % ((i * 13) % 7), (i * 7) % 5 / 4) for i in range(80)]
print(sorted(recs)[:8])
print(sorted(recs, reverse=True)[:6])
print(sorted(recs, key=lambda r: (r[0], r[2]))[:8])
print(sorted(recs, key=lambda r: (-r[0], r[1]), reverse=True)[:6])
pairs = [(v % 4, -v) for v in range(30)]
pairs.sort()
print(pairs[:10])
print(sorted([(2 ** 63 - 1, 1), (-2 ** 63, 2), (0, 3), (2 ** 63 - 1, 0)]))
print(sorted([(1, 2 ** 70), (1, 3), (0, 5)]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1, "\U0001f600"), (1, "\uffff")]))
big = sorted([((i * 7919) % 1000, i) for i in range(5000)], key=lambda t: (t[0] % 10, t[0]))
print(big[:5], big[-3:])

calls = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v

    def __eq__(self, other):
        calls.append(("eq", self.v, other.v))
        return self.v == other.v

    def __repr__(self):
        return "K(%d)" % self.v


objs = [(1, K(3)), (0, K(1)), (1, K(2)), (1, K(3))]
print(sorted(objs), calls)

mixed = [(1, "a"), (0, 2), (1, 3), (1, "b"), (2, 1)]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError", e)
print(mixed)
nan = float("nan")
print(sorted([(1, nan), (1, 2.0), (0, 5.0), (1, 1.0), (1, nan)]))
print(sorted([(1, 2), (1,), (0, 1, 2), (1, 1, 1)]))
print(sorted([(True, 1), (0, 2), (1, 0)]))
