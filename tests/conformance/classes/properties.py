# property: getter, setter, deleter, read-only errors, docs
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        """Temperature in Celsius."""
        print("  get celsius")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  del celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__, Temperature.fahrenheit.fset)
t.__dict__["fahrenheit"] = "shadow?"
t._c = 10
print(t.fahrenheit)
def get_x(self):
    return self._x
def set_x(self, v):
    self._x = v * 2
class Classic:
    x = property(get_x, set_x, None, "the x")
c = Classic()
c.x = 21
print(c.x, Classic.x.__doc__, Classic.x.fget is get_x)
class Lazy:
    @property
    def value(self):
        if not hasattr(self, "_cache"):
            print("  computing")
            self._cache = 42
        return self._cache
lz = Lazy()
print(lz.value, lz.value)
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @Base.name.getter
    def name(self):
        return "derived(" + super().name + ")"
print(Derived().name, Base().name)
class NoGetter:
    p = property(None, lambda self, v: print("  setter only", v))
ng = NoGetter()
ng.p = 5
try:
    ng.p
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda self: 1)
print(p.fget(None), p.fset, p.fdel, p.getter is not None)
