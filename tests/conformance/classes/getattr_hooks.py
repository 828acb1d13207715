# __getattr__ (fallback) and __getattribute__ (every access)
class Fallback:
    real = "real attribute"
    def __init__(self):
        self.inst = "instance attribute"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")
f = Fallback()
print(f.real, f.inst, f.dyn_hello)
print(getattr(f, "dyn_x"), getattr(f, "nope", "default"), hasattr(f, "nope"), hasattr(f, "dyn_y"))
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x + 1
lg = Logged()
print(lg.x)
print(lg.method())
try:
    lg.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Both:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
b = Both()
b.secret = "value"
print(b.secret, b.other, b.__dict__)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.index(3), p.count(1))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
class Recursion:
    def __getattr__(self, name):
        if name == "base":
            return 10
        return self.base * 2
print(Recursion().anything)
class RaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(RaisesOther(), "x")
except KeyError as e:
    print(type(e).__name__, e)
class PropertyFails:
    @property
    def prop(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "__getattr__ rescued " + name
print(PropertyFails().prop)
print(getattr(Fallback, "real"), getattr(1, "real"), getattr("s", "upper")())
try:
    getattr(f, 5)
except TypeError as e:
    print(type(e).__name__, e)
