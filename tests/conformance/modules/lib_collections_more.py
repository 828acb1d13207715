# collections: deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict/UserList details
from collections import deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString, namedtuple
import collections.abc as cabc

d = deque(range(5), maxlen=7)
d.appendleft(-1); d.append(5); d.append(6); d.append(7)
print(d, d.maxlen, len(d), d[0], d[-1], 3 in d, d.count(3), d.index(4), d.index(4, 2, 6))
d.rotate(2); print(d); d.rotate(-3); print(d)
d.extendleft("ab"); print(d)
d.insert(1, "x") if len(d) < 7 else None
print(d.pop(), d.popleft(), d)
d.remove(3); d.reverse(); print(d, list(reversed(d)))
d[0] = "first"; del d[1]; print(d, d.copy() == d, d.copy() is d)
print(deque("abc") + deque("de"), deque([1, 2]) * 2, 2 * deque([0]), deque([1, 2, 3], 2), deque(maxlen=0))
q = deque([1, 2]); q += [3]; q *= 2; print(q, bool(deque()), deque([1]) < deque([1, 0]), deque([2]) > deque([1, 9]))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).index(9), lambda: deque([1]).remove(9),
            lambda: deque([1], 1).insert(0, 2), lambda: deque(maxlen=-1), lambda: deque([1])["a"], lambda: deque() + [1]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
r = deque([1]); r.append(r); print(r)
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dd, dd["z"], sorted(dd), dd.default_factory)
counts = defaultdict(int, {"x": 1})
counts["y"] += 2
print(counts, defaultdict(), defaultdict(None, {1: 2}), counts.copy(), type(counts.copy()).__name__)
try:
    defaultdict()["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
print(dd.get("q"), "q" in dd, isinstance(dd, dict), defaultdict(list, a=[1]) | {"b": [2]})
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print(od, list(od.keys()), od.popitem(), od.popitem(last=False), od)
print(od.keys(), od.values(), od.items(), list(reversed(od)), OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=1))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
c = Counter("mississippi")
print(c, c.most_common(2), c["z"], c.total(), sorted(c.elements()))
c.update({"m": 3}); c.subtract("ss"); print(c)
c2 = Counter(a=3, b=1, c=-2)
print(c2 + Counter(a=1, c=5), c2 - Counter(a=1, b=4), c2 | Counter(b=5), c2 & Counter(a=2, c=1), +c2, -c2)
print(Counter("ab") == Counter("ba"), Counter(a=1) == Counter(a=1, b=0), Counter("a") <= Counter("ab"), Counter("abc") > Counter("ab"))
del c2["zz"]; c2["d"] = 0; print(c2, Counter(), repr(Counter({"x": 2, "y": 2, "z": 3})))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), cm.maps, cm.new_child({"c": 4}), cm.parents)
cm["z"] = 26; del cm["a"]; print(cm, "a" in cm, cm["a"])
try:
    del cm["b"]
except KeyError as e:
    print(type(e).__name__, e)
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
u = Lower({"A": 1}, B=2)
print(u, u["a"], "b" in u, len(u), u.get("c", 3), isinstance(u, cabc.MutableMapping))
ul = UserList([3, 1, 2])
ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul), ul == [0, 1, 2, 3])
us = UserString("Hello")
print(us.upper(), us + "!", us[1:3], len(us), "ell" in us, us == "Hello")
print(isinstance(deque(), cabc.MutableSequence), isinstance(Counter(), cabc.Mapping), issubclass(OrderedDict, dict))
P = namedtuple("P", "a b", defaults=[2])
print(P(1), P._field_defaults, P.__doc__, P.a.__doc__, P(1)._asdict(), P.__new__.__defaults__, P._make((5, 6)))
