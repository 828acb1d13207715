# class-based decorators, decorating classes, decorating methods
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__, square.fn.__name__)
class Method:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args):
        return ("no binding", args)
class Person:
    def __init__(self, name):
        self.name = name
    @Method
    def greet(self, other="you"):
        return f"{self.name} greets {other}"
try:
    print(Person("ann").greet("bob"))
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class BindingMethod(Method):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        import functools
        return functools.partial(self.fn, obj)
class Person2(Person):
    @BindingMethod
    def greet(self, other="you"):
        return f"{self.name} greets {other}"
print(Person2("ann").greet("bob"), Person2("cy").greet())
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), [Point("a", None)])
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3), type(Config).__name__)
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco
@register("alpha")
class A:
    pass
@register("beta")
class B(A):
    pass
print(sorted(registry), B.registered_as, A.registered_as)
class Tagged:
    def __init__(self, *tags):
        self.tags = tags
    def __call__(self, fn):
        fn.tags = self.tags
        return fn
@Tagged("fast", "pure")
def compute():
    return 1
print(compute(), compute.tags)
def make_ordering(cls):
    cls.__le__ = lambda a, b: a < b or a == b
    cls.__gt__ = lambda a, b: not a <= b
    cls.__ge__ = lambda a, b: not a < b
    return cls
@make_ordering
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
print(N(1) <= N(1), N(2) > N(1), N(1) >= N(2), N(3) <= N(2))
class Stack:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, fn):
        for f in reversed(self.fns):
            fn = f(fn)
        return fn
@Stack(lambda f: lambda: f() + "!", lambda f: lambda: f().upper())
def shout():
    return "hey"
print(shout())
