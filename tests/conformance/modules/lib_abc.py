# abc and collections.abc: abstract methods, registration, isinstance through __subclasshook__
import abc
from collections import abc as cabc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    @abc.abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 0

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)
print(isinstance(Square(1), Shape), type(Shape).__name__, isinstance(Shape, abc.ABCMeta))

class Base(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def name(self):
        ...
    @classmethod
    @abc.abstractmethod
    def make(cls):
        ...

class Impl(Base):
    name = "impl"
    @classmethod
    def make(cls):
        return cls()
print(Impl.make().name, sorted(Base.__abstractmethods__))

class Duck:
    def __len__(self):
        return 3
    def __iter__(self):
        return iter([1, 2, 3])
    def __contains__(self, x):
        return x == 1
print(isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Collection), isinstance(Duck(), cabc.Container))
print(isinstance(Duck(), cabc.Sequence), isinstance(Duck(), cabc.Iterator), isinstance(iter(Duck()), cabc.Iterator), isinstance(len, cabc.Callable))

class Seq(abc.ABC):
    pass
Seq.register(tuple)
print(isinstance((), Seq), issubclass(tuple, Seq), isinstance([], Seq), Seq.register(list) is list, isinstance([], Seq))
try:
    Seq.register(5)
except TypeError as e:
    print(type(e).__name__, e)

for obj in ([], (), "s", b"b", {}, set(), frozenset(), range(3), {}.keys(), {}.items(), {}.values(), iter([]), (x for x in ()), 5, None, len):
    kinds = [name for name in ("Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet", "Iterable",
                               "Iterator", "Generator", "Hashable", "Sized", "Callable", "Reversible", "Collection")
             if isinstance(obj, getattr(cabc, name))]
    print(type(obj).__name__, kinds)

class MyMap(cabc.Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap(a=1, b=2)
print(m["a"], m.get("z", 0), "b" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, m.keys() & {"a"})

class MySeq(cabc.MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)
s = MySeq()
s.extend([3, 1, 2]); s.append(5); s.reverse(); s += [7]
print(s._l, s.index(1), s.count(2), 7 in s, list(reversed(s)), s.pop(), s._l)
s.remove(3); print(s._l)

class MySet(cabc.MutableSet):
    def __init__(self, it=()):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
    def add(self, x):
        self._s.add(x)
    def discard(self, x):
        self._s.discard(x)
a = MySet([1, 2, 3])
print(sorted(a | {4}), sorted(a & {2, 3, 9}), sorted(a - {1}), sorted(a ^ {3, 4}), a <= MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([7]))
a -= {1}; a |= {10}; print(sorted(a))
print(abc.get_cache_token() == abc.get_cache_token(), cabc.Sequence.__module__, cabc.Iterable[int])
