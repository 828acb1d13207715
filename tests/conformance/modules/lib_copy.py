# copy: shallow and deep copies, memo, __copy__/__deepcopy__, reduce, slots, builtin subclasses
import copy
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter

class P:
    def __init__(self, a):
        self.a = a
    def __repr__(self):
        return "P(%r)" % (self.a,)
class S:
    __slots__ = ("x", "__y")
    def __init__(self):
        self.x = [1]
        self.__y = 2
    def get(self):
        return (self.x, self.__y)
class L(list):
    pass
class D(dict):
    pass
class Custom:
    def __init__(self):
        self.n = 0
    def __copy__(self):
        r = Custom()
        r.n = self.n + 1
        return r
    def __deepcopy__(self, memo):
        r = Custom()
        r.n = self.n + 100
        return r
class State:
    def __init__(self):
        self.v = 1
        self.w = 2
    def __getstate__(self):
        return {"v": self.v}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True
class Red:
    def __init__(self, *args):
        self.args = args
    def __reduce__(self):
        return (Red, self.args + ("again",))
a = [1, [2, 3], {"k": (4, [5])}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b, c, b[1] is a[1], c[1] is a[1], c[2]["k"] is a[2]["k"], c[2]["k"][1] is a[2]["k"][1])
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is not None, copy.copy([]) == [])
r = [1]
r.append(r)
r2 = copy.deepcopy(r)
print(r2[1] is r2, r2[0])
p = P([1])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.a is p.a, p3.a is p.a, type(p3).__name__)
s = S()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.get(), s3.get(), s2.x is s.x, s3.x is s.x)
l = L([1, [2]])
l.tag = "t"
l2 = copy.copy(l)
l3 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.tag, l3, l3[1] is l[1])
d = D(a=[1])
d.z = 5
d2 = copy.deepcopy(d)
print(type(d2).__name__, d2, d2.z, d2["a"] is d["a"])
print(copy.copy(Custom()).n, copy.deepcopy(Custom()).n, copy.deepcopy([Custom()])[0].n)
g = copy.copy(State())
print(sorted(vars(g).items()))
print(copy.copy(Red(1)).args, copy.deepcopy(Red([2])).args)
Pt = namedtuple("Pt", "x y")
print(copy.copy(Pt(1, [2])), copy.deepcopy(Pt(1, [2])), type(copy.copy(Pt(0, 0))).__name__)
dq = deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[1] is dq[1], copy.copy(dq))
dd = defaultdict(list, {"a": [1]})
print(copy.copy(dd), copy.deepcopy(dd)["a"] is dd["a"], copy.copy(OrderedDict(b=1, a=2)), copy.deepcopy(Counter("hello")))
print(copy.copy(len) is len, copy.deepcopy(P) is P, copy.deepcopy({1, 2}), copy.copy(frozenset([1])), copy.deepcopy(3.5))
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
shared = {"k": [0]}
pair = copy.deepcopy((shared, shared))
print(pair[0] is pair[1], pair[0]["k"] is not shared["k"])
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
