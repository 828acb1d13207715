# __new__: singletons, immutable subclasses, __init__ skipping
class Singleton:
    _instance = None
    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, *args):
        print("  __init__", args)
a = Singleton(1)
b = Singleton(2)
print(a is b)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))
class Positive(int):
    def __new__(cls, v):
        if v <= 0:
            raise ValueError("must be positive")
        return super().__new__(cls, v)
print(Positive(5) + 1, type(Positive(5)).__name__)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Other:
    def __init__(self):
        print("  Other.__init__ (never called)")
class ReturnsOther:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print("  ReturnsOther.__init__ (never called)")
r = ReturnsOther()
print(type(r).__name__)
class ReturnsInt:
    def __new__(cls):
        return 42
print(ReturnsInt())
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple(self)}"
p = Point(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2))
class NoArgsObject:
    pass
try:
    object.__new__(NoArgsObject, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoArgsObject(1)
except TypeError as e:
    print(type(e).__name__, e)
class NewOnly:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj
print(NewOnly(7).x)
class InitOnly:
    def __init__(self, x):
        self.x = x
print(InitOnly(8).x)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class Cached:
    cache = {}
    def __new__(cls, key):
        if key not in cls.cache:
            cls.cache[key] = super().__new__(cls)
        return cls.cache[key]
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), len(Cached.cache))
