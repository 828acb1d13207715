# __setattr__ and __delattr__ hooks; frozen objects
class Tracked:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("  set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("  del", name)
        super().__delattr__(name)
t = Tracked()
t.b = 2
setattr(t, "c", 3)
t.a += 10
del t.b
delattr(t, "c")
print(vars(t))
try:
    del t.zzz
except AttributeError as e:
    print(type(e).__name__, e)
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")
fr = Frozen(1, 2)
print(fr.x, fr.y)
for action in [lambda: setattr(fr, "x", 5), lambda: delattr(fr, "y"), lambda: fr.__dict__.update(z=3)]:
    try:
        action()
        print("ok", sorted(vars(fr).items()))
    except AttributeError as e:
        print(type(e).__name__, e)
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and not isinstance(value, int):
            raise TypeError(f"age must be int, not {type(value).__name__}")
        object.__setattr__(self, name, value)
v = Validated()
v.age = 5
try:
    v.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(v.age)
class Lower:
    def __setattr__(self, name, value):
        self.__dict__[name.lower()] = value
lo = Lower()
lo.NAME = "x"
lo.Other = 1
print(vars(lo))
for target, name in [(1, "x"), ("s", "upper"), (object(), "y"), (int, "x")]:
    try:
        setattr(target, name, 1)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    delattr(int, "real")
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    setattr(t, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    pass
C.x = 1
del C.x
try:
    del C.x
except AttributeError as e:
    print(type(e).__name__, e)
