# a hand-written dataclass-like decorator: generated __init__/__repr__/__eq__/ordering
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{cls.__name__}() got multiple values for argument {k!r}")
            values[k] = v
        for f in fields:
            if f not in values:
                if f not in defaults:
                    raise TypeError(f"{cls.__name__}() missing required argument: {f!r}")
                values[f] = defaults[f]
            setattr(self, f, values[f])
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def astuple(self):
        return tuple(getattr(self, f) for f in fields)
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return astuple(self) == astuple(other)
    def __lt__(self, other):
        return astuple(self) < astuple(other)
    def __hash__(self):
        return hash(astuple(self))
    for name, fn in [("__init__", __init__), ("__repr__", __repr__), ("__eq__", __eq__), ("__lt__", __lt__), ("__hash__", __hash__), ("astuple", astuple)]:
        fn.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, fn)
    cls.__fields__ = tuple(fields)
    return cls
@record
class Point:
    x: int
    y: int = 0
@record
class Person:
    name: str
    age: int
    tags: tuple = ()
print(Point(1, 2), Point(3), Point(y=5, x=4), Point.__fields__)
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(1) == (1, 0), hash(Point(1, 2)) == hash(Point(1, 2)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), len({Point(0), Point(0, 0), Point(1)}))
people = [Person("bob", 30), Person("amy", 25, ("admin",)), Person("cat", 30)]
print(sorted(people, key=lambda p: (-p.age, p.name)))
print(Person.__init__.__qualname__, Point.__annotations__)
for args, kwargs in [((1, 2, 3), {}), ((), {"z": 1}), ((1,), {"x": 2}), ((), {})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
p = Point(1, 2)
p.x = 10
print(p, p.astuple())
