# metaclass basics: __new__, __init__, __call__, class-level attributes
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("  Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("  Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("  Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"class {cls.__name__} via {type(cls).__name__}"
class Base(metaclass=Meta):
    x = 1
    def __init__(self, v=0):
        self.v = v
class Child(Base, option=True):
    y = 2
print(Base.added_by_meta, Child.added_by_meta, type(Child).__name__, Child.describe())
obj = Child(5)
print(obj.v, isinstance(Child, Meta), hasattr(obj, "describe"))
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class Shout(metaclass=UpperAttrs):
    greeting = "hi"
    def speak(self):
        return "speaking"
print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, "greeting"))
class CountInstances(type):
    def __call__(cls, *a):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*a)
class Thing(metaclass=CountInstances):
    pass
Thing(); Thing(); Thing()
print(Thing.count)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print(type(e).__name__, e)
class WithRepr(type):
    def __repr__(cls):
        return f"<custom class {cls.__name__}>"
class Shown(metaclass=WithRepr): pass
print(Shown, [Shown])
class Dynamic(metaclass=Meta, flag=1): pass
print(type(type).__name__, type(Meta).__name__, Meta.__mro__[1].__name__)
