# sort()/sorted() with key functions returning ints or floats: stability, reverse, -0.0 and 0.0,
# infinities, big ints, mixed int/float keys, NaN keys, and keys that fail part-way.
import math

recs = [("r%d" % i, (i * 7919) % 13) for i in range(60)]
print(sorted(recs, key=lambda r: r[1])[:12])
print(sorted(recs, key=lambda r: r[1], reverse=True)[:12])
lst = list(recs)
lst.sort(key=lambda r: -r[1])
print(lst[:8])

fl = [(name, v / 4 - 1.5) for name, v in recs]
print(sorted(fl, key=lambda r: r[1])[:10])
print(sorted(fl, key=lambda r: r[1], reverse=True)[:6])

zeros = [("a", 0.0), ("b", -0.0), ("c", 0.0), ("d", -0.0), ("e", -1e-300), ("f", 5e-324)]
print(sorted(zeros, key=lambda z: z[1]))
print(sorted(zeros, key=lambda z: z[1], reverse=True))

inf = [math.inf, -math.inf, 1e308, -1e308, 0.5, -0.5, 2.0]
print(sorted(inf, key=lambda x: x))
print(sorted(range(20), key=lambda i: [2 ** 70, -2 ** 70, 3, -5][i % 4]))
print(sorted(range(10), key=lambda i: (-1) ** i * (2 ** 63 - 1 - i)))
print(sorted(range(12), key=lambda i: [1, 2.5, -3, 0.0, True][i % 5]))
nan_keys = sorted(range(8), key=lambda i: [3.0, math.nan, 1.0, 2.0][i % 4])
print(len(nan_keys), sorted(nan_keys))
print(sorted(["bb", "a", "ccc", ""], key=len))
print(sorted([3, 1, 2], key=lambda x: x, reverse=1))

try:
    sorted(range(10), key=lambda i: 10 // (5 - i))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
data = [5, 3, 1, 4]
try:
    data.sort(key=lambda x: 1 // (x - 1))
except ZeroDivisionError:
    print("list unchanged:", data)
try:
    sorted([1, 2, 3], key=lambda x: None if x == 2 else x)
except TypeError as e:
    print("TypeError", e)
for i in range(40):
    big = sorted(range(200, 0, -1), key=lambda v: (v * 37) % 101)
print(big[:10], big[-5:])
