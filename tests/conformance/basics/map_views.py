# dict views: dynamic, set-like (keys and items), comparisons, reversed, mapping
d = {1: "a", 2: "b", 3: "c"}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d[4] = "d"
del d[1]
print(k, v, it, len(k), len(v), len(it))
print(2 in k, 9 in k, "b" in v, "z" in v, (2, "b") in it, (2, "x") in it, (9, "b") in it, 2 in it, (2,) in it, [2, "b"] in it)
print([x for x in k], [x for x in v], [x for x in it])
print([x for x in reversed(k)], [x for x in reversed(v)], [x for x in reversed(it)], [x for x in reversed({}.items())])
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(repr(k.mapping), v.mapping[2], type(it.mapping).__name__)

# set operations on keys views return sets (int keys: CPython's set order)
a = {i: i for i in (1, 2, 3, 4, 5, 6)}.keys()
b = {i: -i for i in (4, 5, 6, 7, 8)}.keys()
print(a & b, a | b, a - b, b - a, a ^ b)
print(a & {5, 6, 100}, a | [9, 10], a - (1, 2), a ^ {1, 99})
print({5, 6, 100} & a, [9, 10] | a, (1, 2, 3, 42) - a, {1, 99} ^ a, range(3, 9) & a)
print(type(a & b).__name__, type(a - []).__name__, a - [], a & [])
print(a.isdisjoint(b), a.isdisjoint({100}), a.isdisjoint([]), a.isdisjoint(x for x in (7, 1)), {}.keys().isdisjoint({}.keys()))

# items views
x = {1: "a", 2: "b", 3: "c"}.items()
y = {2: "b", 3: "z", 4: "d"}.items()
print(sorted(x & y), sorted(x | y), sorted(x - y), sorted(x ^ y), sorted(y ^ x))
print(x & {(1, "a"), (5, "e")}, x - {(1, "a")} == {(2, "b"), (3, "c")}, x.isdisjoint([(9, 9)]), x.isdisjoint([(1, "a")]))

# comparisons with sets and other views
k = {1: 0, 2: 0}.keys()
print(k == {1, 2}, k == {1}, k != {1, 2}, k == frozenset([2, 1]), k == [1, 2], k == {1: 0, 2: 0}.keys(), k == {2: 1, 1: 1}.keys())
print(k < {1, 2, 3}, k <= {1, 2}, k > {1}, k >= {1, 2, 3}, k < k, k <= k, {1} < k, {1, 2, 3} > k)
print({1: "a"}.items() == {(1, "a")}, {1: "a"}.items() == {1: "a"}.items(), {1: "a"}.items() == {1: "b"}.items())
vv = {1: 2}.values()
print(vv == vv, vv == {1: 2}.values(), vv != vv)
try:
    k < [1, 2, 3]
except TypeError as e:
    print("TypeError", e)

# views are not subscriptable and the mutable ones are unhashable
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
for view in ({}.keys(), {}.items()):
    try:
        hash(view)
    except TypeError as e:
        print("TypeError", e)
print(hash({}.values()) is not None)

# iteration raises when the dict changes size
d = {1: 1, 2: 2}
for src in (d.keys(), d.values(), d.items()):
    try:
        for _ in src:
            d[len(d) + 10] = 0
    except RuntimeError as e:
        print("RuntimeError", e)

# unpacking items, sum of values, dict from items
d = {"x": 3, "y": 4}
total = 0
for key, val in d.items():
    total += val
print(total, sum(d.values()), dict(d.items()), dict(zip(d.values(), d.keys())), max(d.values()), min(d))
print({}.keys(), {}.values(), {}.items(), len({}.items()))
r = {}
r[1] = r.keys()
print(r)
