# descriptor protocol: data vs non-data, precedence, functions as descriptors
class NonData:
    def __get__(self, obj, objtype=None):
        return f"NonData.__get__(obj={type(obj).__name__}, type={objtype.__name__})"
class Data:
    def __get__(self, obj, objtype=None):
        return "Data.__get__"
    def __set__(self, obj, value):
        print("  Data.__set__", value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd)
print(C.nd)
c.__dict__["nd"] = "instance dict wins over non-data"
c.__dict__["d"] = "instance dict loses to data descriptor"
print(c.nd)
print(c.d)
c.d = 5
print(c.__dict__["d"])
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = value * 2
class D:
    so = SetOnly()
dd = D()
dd.so = 21
print(dd.so, type(D.so).__name__)
class Deleter:
    def __get__(self, obj, objtype=None):
        return "got"
    def __delete__(self, obj):
        print("  __delete__ called")
class E:
    x = Deleter()
e = E()
del e.x
try:
    e.x = 1
except AttributeError as err:
    print(type(err).__name__, err)
def plain(self):
    return "plain called on " + type(self).__name__
class F:
    method = plain
bound = plain.__get__(F(), F)
print(bound(), type(bound).__name__, F.method is plain, F().method.__func__ is plain)
print(plain.__get__(None, F) is plain)
class Counter:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class G:
    hits = Counter()
g = G()
print(g.hits, g.hits, G.hits, G.__dict__["hits"].reads)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Person:
    name = Typed(str)
    age = Typed(int)
pp = Person()
pp.name = "Ann"
pp.age = 30
print(pp.name, pp.age)
try:
    pp.age = "thirty"
except TypeError as err:
    print(type(err).__name__, err)
print(isinstance(Person.name, Typed))
class MetaGet:
    def __get__(self, obj, objtype=None):
        return "class-level via type " + objtype.__name__
class H:
    attr = MetaGet()
class I(H):
    pass
print(I.attr, I().attr)
