# classmethod and staticmethod
class Date:
    fmt = "{y:04d}-{m:02d}-{d:02d}"
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __str__(self):
        return self.fmt.format(y=self.y, m=self.m, d=self.d)
class USDate(Date):
    fmt = "{m:02d}/{d:02d}/{y:04d}"
d = Date.from_string("2024-02-29")
u = USDate.from_string("2023-7-4")
print(d, u, type(u).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), USDate.is_leap(2023))
print(d.from_string("1999-12-31"), u.from_string("1-1-1"))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(type(Date.from_string).__name__, Date.from_string.__self__ is Date, type(Date.is_leap).__name__)
print(Date.__dict__["is_leap"].__func__ is Date.is_leap, Date.__dict__["from_string"].__func__.__name__)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls
    @classmethod
    def count(cls):
        return len(cls.items)
Registry.register("a").register("b")
print(Registry.count(), Registry.items)
class Sub(Registry):
    items = []
Sub.register("c")
print(Sub.count(), Registry.count())
sm = staticmethod(lambda x: x * 3)
print(sm(4) if callable(sm) else "not callable", sm.__func__(5))
class UsesSM:
    triple = sm
print(UsesSM.triple(2), UsesSM().triple(3))
try:
    Date.from_string()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
class CM:
    @classmethod
    def who(cls, *args):
        return cls.__name__, args
print(CM.who(1), CM().who(2), CM.who.__func__(int, 3))
