# __init_subclass__ hooks and class keyword arguments
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        print("  __init_subclass__", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls
class CSV(Plugin, name="csv"):
    pass
class JSON(Plugin):
    pass
class PrettyJSON(JSON, name="pretty"):
    pass
print(sorted(Plugin.registry), Plugin.registry["pretty"].__name__)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init_subclass__(cls):
        cls.tag = "tagged:" + cls.__name__
class A(Base):
    pass
class B(A):
    pass
print(A.tag, B.tag, hasattr(Base, "tag"))
class Required:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {', '.join(missing)}")
class Shape(Required):
    required = ("area", "name")
    name = "shape"
    def area(self):
        return 0
try:
    class Broken(Shape):
        required = ("area", "perimeter")
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NoKw(object, flavor="x"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
class Counting:
    subclasses = []
    def __init_subclass__(cls, /, weight=0, **kwargs):
        super().__init_subclass__(**kwargs)
        Counting.subclasses.append((cls.__name__, weight))
class Light(Counting, weight=1): pass
class Heavy(Counting, weight=100): pass
print(Counting.subclasses, [c.__name__ for c in Counting.__subclasses__()])
