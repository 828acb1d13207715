# dict operations
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), d["a"])
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d, 1 in {1: 2})
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
del d["x"]
print(d, d | {"a": 0, "q": 9}, {"q": 9} | d)
e = dict(d)
e |= {"a": -1}
print(e, d)
print(dict(a=1), dict([(1, 2), (3, 4)]), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict({1: 2}, k=3))
print({k: v for k, v in zip("abc", range(3))}, {x: x * x for x in range(5) if x % 2})
print({1: "a", 1.0: "b", True: "c"})
r = {}
r["first"] = 1
r["second"] = 2
del r["first"]
r["first"] = 3
print(r, list(r.items()))
for op in [lambda: d["missing"], lambda: {}.popitem(), lambda: d.pop("missing"), lambda: {[1]: 2},
           lambda: {}[(1, 2)], lambda: {}[("a",)], lambda: dict([1, 2]), lambda: dict([(1, 2, 3)])]:
    try:
        op()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e, repr(e))
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
c = d.copy()
c.clear()
print(c, d == dict(d), {1: 2} == {1: 2.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
class Missing(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), m)
print(sorted({3: "c", 1: "a", 2: "b"}.items()), max({"x": 1, "y": 5}, key=lambda k: {"x": 1, "y": 5}[k]))
print(list(reversed({1: 0, 2: 0, 3: 0})))
