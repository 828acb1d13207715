# int and str keys in sets and dicts next to keys that compare equal through Python code
class Eq:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, other): return other == self.v
    def __repr__(self): return "Eq(%r)" % (self.v,)
for rnd in range(3):
    s = {1.0, 2, True}
    print(1 in s, 2 in s, 3 in s, 0 in s)
    s.add(3); s.add(1); s.discard(2)
    print(sorted(s, key=repr), len(s))
    t = {Eq(5), 6}
    print(5 in t, 6 in t, 7 in t)
    t.add(5); t.add(7)
    print(len(t))
    try:
        t.remove(8)
    except KeyError as e:
        print("KeyError", e)
    t.remove(5)
    print(sorted(map(repr, t)))
    d = {1.0: "float", "a": 1, Eq("b"): 2}
    print(d[1], d["a"], d["b"], 1 in d, "b" in d, "c" in d, d.get(1), d.get("b"), d.get("zz", 0))
    d[1] = "int"
    d["b"] = 3
    print(sorted(map(repr, d.items())))
    e = {}
    for i in range(100):
        e[i & 7] = i
        e[str(i & 3)] = i
    print(e)
    try:
        e[99]
    except KeyError as err:
        print("KeyError", err)
    try:
        e["x"]
    except KeyError as err:
        print("KeyError", err)
    big = set()
    for i in range(1000):
        big.add(i * 7919 % 1009)
        if i % 3 == 0:
            big.discard(i)
    print(len(big), sum(big), 5 in big, 1008 in big)
