# dict subclasses: which operations call the overridden methods, and what they return
class Tracing(dict):
    def __setitem__(self, key, value):
        print("  __setitem__", key, value)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("  __getitem__", key)
        return super().__getitem__(key)

t = Tracing({"a": 1}, b=2)          # dict.__init__ does not call __setitem__
print("init done", t)
t["c"] = 3
print(t["a"], t.get("a"), "a" in t)  # get and in do not call __getitem__
t.update(d=4)
t.setdefault("e", 5)
print(t, type(t).__name__, len(t))
u = Tracing.fromkeys("xy", 0)        # fromkeys on a subclass uses __setitem__
print(u, type(u).__name__)
print(type(t.copy()).__name__, type(t | {}).__name__, type({} | t).__name__, t == dict(t), dict(t) == t)
t |= {"f": 6}
print(type(t).__name__, t)
print(dict(t), dict(t) == t)

class Keys(dict):
    def keys(self):
        return ["only"]
    def __getitem__(self, key):
        return "item:" + key
k = Keys(only=1, other=2)
print(dict(k), {}.copy() | k)        # a dict subclass that keeps dict's __iter__ is copied directly
class Iter(Keys):
    def __iter__(self):
        return iter(["other"])
i = Iter(only=1, other=2)
print(dict(i), list(i), list(i.keys()), [x for x in dict.keys(i)])

class Default(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
    def __repr__(self):
        return "Default(" + self.factory.__name__ + ", " + dict.__repr__(self) + ")"
groups = Default(list)
for word in ("apple", "avocado", "banana", "blueberry", "cherry"):
    groups[word[0]].append(word)
print(groups, groups.get("z"), "z" in groups, len(groups), groups.factory.__name__)
counts = Default(int, {"x": 10})
counts["x"] += 1
counts["y"] += 1
print(counts, sorted(counts.items()), counts.pop("y"), counts)

class Ordered(dict):
    def move_to_end(self, key):
        value = self.pop(key)
        self[key] = value
o = Ordered(a=1, b=2, c=3)
o.move_to_end("a")
print(o, list(o), o.popitem(), o)

# equality between subclasses and dicts, and of views of subclasses
print(Ordered(a=1) == {"a": 1}, {"a": 1} == Ordered(a=1), Ordered(a=1) != Ordered(a=2), Ordered(a=1).keys() == {"a"})
print(isinstance(o, dict), issubclass(Ordered, dict), Ordered.__mro__[1].__name__, dict.__name__)

# set subclasses
class Tags(set):
    def __init__(self, *args):
        super().__init__(args)
    def add(self, item):
        super().add(item.lower())
tags = Tags("A", "b")
tags.add("C")
print(sorted(tags), type(tags).__name__, type(tags | {"z"}).__name__, type(tags.union()).__name__, len(tags))
tags |= {"q"}
print(type(tags).__name__, sorted(tags), "q" in tags, tags == {"A", "b", "c", "q"})
class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
f = Frozen(3, 1, 2)
print(f, type(f).__name__, hash(f) == hash(frozenset({1, 2, 3})), {f: 1}[frozenset({1, 2, 3})], f | {4})
