# type() with one and three arguments, __class__, __name__
def greet(self):
    return "hi from " + self.name
Dyn = type("Dyn", (object,), {"name": "dyn", "greet": greet, "n": 1})
d = Dyn()
print(d.greet(), Dyn.__name__, type(d) is Dyn, d.__class__ is Dyn, Dyn.__bases__, Dyn.__module__)
Sub = type("Sub", (Dyn,), {"name": "sub"})
print(Sub().greet(), [k.__name__ for k in Sub.__mro__])
print(type(1), type("s"), type([]), type(None), type(type), type(Dyn), type(print))
print(type(d).__name__, d.__class__.__name__, (1).__class__, [].__class__.__name__)
class A:
    pass
class B:
    pass
a = A()
a.__class__ = B
print(type(a).__name__, isinstance(a, B))
try:
    (1).__class__ = float
except TypeError as e:
    print(type(e).__name__, e)
for args in [(), (1, 2), ("X", (1,), {}), ("X", (), []), ("X", (bool,), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
Point = type("Point", (), {"__init__": lambda self, x: setattr(self, "x", x), "__repr__": lambda self: f"Point({self.x})"})
print(Point(3), [Point(1), Point(2)])
print(type.__name__, type.__mro__, object.__mro__, type.__base__, object.__base__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, repr(A))
A.__qualname__ = "Q.Renamed"
print(repr(A))
print(type(A).__name__, isinstance(A, type), isinstance(type, object), isinstance(object, type))
