# implicit special-method lookup goes through the type, not the instance
class C:
    def __call__(self):
        return "type __call__"
    def __len__(self):
        return 1
    def __repr__(self):
        return "type __repr__"
    def __iter__(self):
        return iter([1])
    def __add__(self, o):
        return "type __add__"
    def __getitem__(self, i):
        return "type __getitem__"
    def __bool__(self):
        return True
c = C()
c.__call__ = lambda: "instance __call__"
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance __repr__"
c.__iter__ = lambda: iter([2])
c.__add__ = lambda o: "instance __add__"
c.__getitem__ = lambda i: "instance __getitem__"
c.__bool__ = lambda: False
print(c(), len(c), repr(c), list(c), c + 1, c[0], bool(c))
print(c.__call__(), c.__len__(), c.__repr__(), list(c.__iter__()), c.__add__(1), c.__getitem__(0), c.__bool__())
class Empty:
    pass
e = Empty()
e.__call__ = lambda: 1
e.__len__ = lambda: 2
e.__str__ = lambda: "instance str"
e.__eq__ = lambda o: True
print(callable(e), e == 1, str(e).startswith("<__main__.Empty object"))
try:
    e()
except TypeError as err:
    print(type(err).__name__, err)
try:
    len(e)
except TypeError as err:
    print(type(err).__name__, err)
Empty.__call__ = lambda self: "added to type later"
Empty.__len__ = lambda self: 5
print(e(), len(e))
del Empty.__call__
try:
    e()
except TypeError as err:
    print(type(err).__name__, err)
class Meta(type):
    def __call__(cls, *args):
        return f"Meta.__call__ intercepted {cls.__name__}{args}"
    def __len__(cls):
        return 42
    def __getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
    def __iter__(cls):
        return iter("meta")
class WithMeta(metaclass=Meta):
    def __call__(self):
        return "never reached via class call"
    def __len__(self):
        return 0
print(WithMeta(1, 2), len(WithMeta), WithMeta["x"], list(WithMeta))
class Getattr:
    def __getattr__(self, name):
        return lambda *a: f"__getattr__ supplied {name}"
g = Getattr()
print(g.__len__())
try:
    len(g)
except TypeError as err:
    print(type(err).__name__, err)
try:
    g + 1
except TypeError as err:
    print(type(err).__name__, err)
class GetattributeSpy:
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
s = GetattributeSpy()
print(len(s))
print(s.__len__())
