# dict: constructors, methods, operators and their error messages
d = dict()
print(d, len(d), dict(a=1, b=2), dict({1: "x"}), dict([(1, 2), [3, 4], "ab"]), dict({1: 2}, one=1))
print(dict(zip((1, 2, 3), "abc")), dict(((k, k * k) for k in (4, 5))), dict([]), dict(()))
for bad in ([(1, 2, 3)], [1], [(1, 2), "abc"], 5, [[1]], [{1: 2, 3: 4}]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)

# insertion order, overwrite keeps position, delete + reinsert moves to end
d = {}
for k in (5, 3, 9, 1):
    d[k] = k * 10
d[3] = 33
del d[5]
d[5] = 55
print(d, [k for k in d], [v for v in d.values()])

# get / setdefault / pop / popitem
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("x"), d.get("x", 0), d.get("a", 0))
print(d.setdefault("a", 9), d.setdefault("c"), d.setdefault("d", []), d)
d["d"].append(1)
print(d.pop("d"), d.pop("zz", "dflt"), d.pop("c"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print({}.pop("k", 3), d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    {}.pop([1])
except KeyError as e:
    print("KeyError", e)
try:
    {1: 2}.pop([1])
except TypeError as e:
    print("TypeError", e)

# update in all its forms
d = {1: 1}
d.update({2: 2})
d.update([(3, 3)], four=4)
d.update(five=5)
d.update(((6, 6),))
class Mapping:
    def __init__(self, data):
        self.data = data
    def keys(self):
        return [k for k in self.data]
    def __getitem__(self, k):
        return self.data[k] * 100
d.update(Mapping({7: 7, 1: 1}))
print(d)
print(dict(Mapping({"m": 1})))
try:
    d.update(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update(3)
except TypeError as e:
    print(type(e).__name__, e)

# copy, clear, fromkeys
c = d.copy()
c[99] = 0
c.clear()
print(c, len(d), d.copy() == d, d.copy() is d)
print(dict.fromkeys("abc"), dict.fromkeys((1, 2), []), dict.fromkeys({3: 0, 1: 0}, 7), dict.fromkeys({5, 1, 3}))
class D(dict):
    pass
fk = D.fromkeys([1, 2], "v")
print(type(fk).__name__, fk, type(D(a=1).copy()).__name__)

# keys are compared by hash and ==
print({1: "int", 1.0: "float", True: "bool"}, {0: "a", -0.0: "b", False: "c"})
print({(1, 2): 3}[(1, 2)], {None: 1}[None], {frozenset({1}): 2}[frozenset([1])], 2 ** 100 in {2 ** 100: 0})
for bad in ([1], {}, {1}):
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError", e)
    try:
        print(bad in {})
    except TypeError as e:
        print("TypeError", e)

# KeyError keeps the key, including tuples
for key in ("missing", (1, 2), (), 0, None):
    try:
        {}[key]
    except KeyError as e:
        print("KeyError", repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)

# equality and operators
print({1: 2} == {1: 2.0}, {1: 2} != {1: 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 2} == [(1, 2)], {} == {})
print({1: 1, 2: 2} | {2: 20, 3: 30}, {3: 3} | {1: 1}, dict.__or__({}, []), dict.__ror__({1: 1}, {2: 2}))
e = {1: "a"}
e |= {2: "b"}
e |= [(3, "c")]
print(e)
try:
    {} | [(1, 2)]
except TypeError as ex:
    print("TypeError", ex)
try:
    {} < {}
except TypeError as ex:
    print("TypeError", ex)

# hashing and type objects
print(dict.__hash__, type({}).__name__, isinstance({}, dict))
try:
    hash({})
except TypeError as ex:
    print("TypeError", ex)
try:
    {{}: 1}
except TypeError as ex:
    print("TypeError", ex)

# iteration and mutation
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as ex:
    print("RuntimeError", ex)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 2          # changing values is allowed
print(d)
it = iter(d)
print(next(it), [x for x in it], [x for x in reversed(d)], [x for x in reversed({})])
r = reversed(d)
d[4] = 8
try:
    next(r)
except RuntimeError as ex:
    print("RuntimeError", ex)

# recursive repr
d = {}
d["self"] = d
print(d, [d])

# subclass with __missing__ (what defaultdict and Counter build on)
class Default(dict):
    def __missing__(self, key):
        self[key] = value = len(self)
        return value
dd = Default()
print(dd["x"], dd["y"], dd["x"], dd, dd.get("z"), "z" in dd)
class Counting(dict):
    def __missing__(self, key):
        return 0
cnt = Counting()
for ch in "abracadabra":
    cnt[ch] += 1
print(cnt, type(cnt).__name__)
class NoMissing(dict):
    pass
try:
    NoMissing()["k"]
except KeyError as ex:
    print("KeyError", ex)

# subclass overriding __setitem__ is not used by update() or dict()
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
l = Loud(a=1)
l["b"] = 2
l.update(c=3)
print(l, Loud.__name__, isinstance(l, dict))

# dict methods as unbound descriptors
print(dict.get({"k": 1}, "k"), dict.keys({2: 0}), dict.__len__({1: 1}), dict.__contains__({1: 1}, 1), dict.__getitem__({1: 5}, 1))
try:
    dict.get([], 1)
except TypeError as ex:
    print("TypeError", ex)
try:
    dict.__len__(5)
except TypeError as ex:
    print("TypeError", ex)

# big int / float / bool / None / tuple keys mixed
m = {}
for k in (10, 2 ** 64, -1, 1.5, None, (1, "a"), "s", True, 0.0):
    m[k] = k
print(m, len(m), m[1], m[0], m[2 ** 64])
