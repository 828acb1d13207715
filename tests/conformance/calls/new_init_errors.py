# object construction: __new__/__init__ argument checking errors
class NoInit:
    pass
class InitOnly:
    def __init__(self, a):
        self.a = a
class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)
class Both:
    def __new__(cls, *args, **kwargs):
        print("  Both.__new__", args, kwargs)
        return super().__new__(cls)
    def __init__(self, a, b=2):
        print("  Both.__init__", a, b)
class NewPassesArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
class InitPassesArgs:
    def __init__(self, *args):
        super().__init__(*args)
cases = [
    lambda: NoInit(1),
    lambda: NoInit(x=1),
    lambda: InitOnly(),
    lambda: InitOnly(1, 2),
    lambda: NewOnly(),
    lambda: NewOnly(1, 2),
    lambda: Both(),
    lambda: Both(1, 2, 3),
    lambda: Both(1, c=3),
    lambda: NewPassesArgs(1),
    lambda: InitPassesArgs(1),
    lambda: object(1),
    lambda: object.__init__(object(), 1),
    lambda: object.__new__(),
    lambda: int("1", 2, 3),
    lambda: list(1, 2),
    lambda: dict(1),
    lambda: str(1, 2, 3, 4),
    lambda: type.__call__(),
]
for c in cases:
    try:
        r = c()
        print("ok", type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
print(NewOnly(1).__class__.__name__, InitOnly(a=5).a)
class InitReturnsValue:
    def __init__(self):
        return "value"
try:
    InitReturnsValue()
except TypeError as e:
    print(type(e).__name__, e)
class NewReturnsNone:
    def __new__(cls):
        return None
    def __init__(self):
        print("  never")
print(NewReturnsNone())
class Sub(InitOnly):
    pass
try:
    Sub()
except TypeError as e:
    print(type(e).__name__, e)
class Explicit:
    def __init__(self, x):
        self.x = x
obj = Explicit.__new__(Explicit)
print(hasattr(obj, "x"))
Explicit.__init__(obj, 9)
print(obj.x)
