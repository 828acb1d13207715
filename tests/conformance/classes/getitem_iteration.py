# iteration via the legacy __getitem__ protocol, and iterator classes
class Seq:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()))
print(20 in Seq())
for v in Seq():
    if v == 10:
        break
a, b, c = Seq()
print(a, b, c)
it = iter(Seq())
print(type(it).__name__, next(it))
class StopOnStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopOnStop()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = Countdown(3)
print(list(cd), list(cd))
print(sum(Countdown(4)), sorted(Countdown(3)), max(Countdown(5)), tuple(Countdown(2)))
class Iterable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
x = Iterable([1, 2])
print(list(x), list(x), [*x], dict.fromkeys(x))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NextOnly:
    def __next__(self):
        return 1
try:
    for _ in NextOnly():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
class GenIter:
    def __iter__(self):
        yield "from"
        yield "generator"
print(list(GenIter()), " ".join(GenIter()))
class ListIterLen:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        self.calls += 1
        return iter([3, 1, 2])
li = ListIterLen()
print(sorted(li), list(li), li.calls)
