# class definition, __init__, methods, instance attributes
class Counter:
    """Counts things."""
    step = 1
    def __init__(self, start=0):
        self.value = start
    def incr(self, by=None):
        self.value += self.step if by is None else by
        return self
    def get(self):
        return self.value
c = Counter()
c.incr().incr().incr(10)
print(c.get(), c.value, Counter(5).incr().value)
print(Counter.__name__, Counter.__qualname__, Counter.__doc__, Counter.__module__)
print(type(c).__name__, type(c) is Counter, isinstance(c, Counter), isinstance(c, object))
print(Counter.incr(c, 100).value)
c.step = 5
c.incr()
print(c.value, Counter.step, c.step)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, sorted(vars(e)))
print(Empty.__bases__, Counter.__bases__[0].__name__, Empty.__doc__)
class Nested:
    class Inner:
        def where(self):
            return type(self).__qualname__
print(Nested.Inner().where(), Nested.Inner.__name__)
def make_class():
    class Local:
        pass
    return Local
print(make_class().__qualname__)
print(repr(Empty)[:15], str(Counter) == repr(Counter))
class WithClassBody:
    items = []
    for i in range(3):
        items.append(i * i)
    total = sum(items)
    del i
print(WithClassBody.items, WithClassBody.total, hasattr(WithClassBody, "i"))
a, b = Counter(1), Counter(1)
print(a == b, a != b, a is b, a == a)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as err:
    print(type(err).__name__, err)
try:
    Counter(1, 2)
except TypeError as err:
    print(type(err).__name__, err)
try:
    c.missing
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Counter.missing
except AttributeError as err:
    print(type(err).__name__, err)
