# dict views: keys/values/items, live updates, set ops
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), list(it)[-1])
print("a" in k, 1 in v, ("a", 1) in it, ("a", 2) in it)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1)}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, val, end="; ")
print()
print(sum(d.values()), max(d.values()), sorted(d, key=d.get, reverse=True))
del d["a"]
print(list(k), list(v))
print(v == v, d.values() == d.values())
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
print({}.keys(), {}.items())
print(dict(zip(d.values(), d.keys())))
