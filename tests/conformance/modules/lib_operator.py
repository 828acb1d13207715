# operator: every function form, in-place forms, itemgetter/attrgetter/methodcaller details
import operator as op

print(op.add(1, 2), op.sub(5, 7), op.mul([0], 3), op.truediv(1, 4), op.floordiv(-7, 2), op.mod(7, -3), op.pow(3, 4))
print(op.neg(2.5), op.pos(-0.0), op.abs(-7), op.invert(0), op.inv(7), op.not_([]), op.truth("x"))
print(op.lshift(3, 5), op.rshift(-64, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.eq(1, 1.0), op.ne("a", "b"), op.lt((1, 2), (1, 3)), op.le([], []), op.gt("b", "a"), op.ge(2, 3))
print(op.is_(None, None), op.is_not([], []), op.contains(range(5), 3), op.countOf("banana", "a"), op.indexOf([3, 4, 5], 5))
print(op.concat("ab", "cd"), op.concat((1,), (2,)), op.index(True), op.length_hint([1, 2, 3]), op.length_hint(iter(range(7))), op.length_hint(object(), 4))
print(op.call(max, 3, 9, key=lambda v: -v), op.__add__(1, 1), op.__getitem__("xyz", 1), op.__not__(1))
class Mat:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return Mat(self.v * other.v)
    def __imatmul__(self, other):
        self.v += other.v
        return self
    def __repr__(self):
        return "Mat(%r)" % self.v
print(op.matmul(Mat(2), Mat(3)), op.imatmul(Mat(2), Mat(3)))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem(d, "b"))
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor"]:
    print(name, getattr(op, name)(13, 3), end="; ")
print()
lst = [1]
print(op.iconcat(lst, [2]) is lst, lst, op.iadd("a", "b"))
for bad in [lambda: op.concat(1, 2), lambda: op.indexOf([1], 9), lambda: op.index(1.5), lambda: op.itemgetter(),
            lambda: op.attrgetter(1), lambda: op.methodcaller(), lambda: op.methodcaller(5), lambda: op.length_hint(1, "x"),
            lambda: op.itemgetter(1)(), lambda: op.add(1, "a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Hint:
    def __init__(self, h):
        self.h = h
    def __length_hint__(self):
        return self.h
print(op.length_hint(Hint(5)), op.length_hint(Hint(NotImplemented), 2))
for h in [-1, "x"]:
    try:
        op.length_hint(Hint(h))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = op.itemgetter(slice(1, 3))
print(g("abcdef"), op.itemgetter("k", "j")({"k": 1, "j": 2}), op.itemgetter(-1)(range(10)))
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
tree = Node("root", Node("kid", Node("grandkid")))
print(op.attrgetter("child.child.name")(tree), op.attrgetter("name", "child.name")(tree))
try:
    op.attrgetter("child.nope")(tree)
except AttributeError as e:
    print(type(e).__name__, e)
mc = op.methodcaller("replace", "a", "o", 1)
print(mc("banana"), repr(mc), repr(op.methodcaller("split", sep=",", maxsplit=1)), repr(op.methodcaller("x")))
print(repr(op.itemgetter("a")), repr(op.itemgetter(0, (1, 2))), repr(op.attrgetter("x")))
print(type(op.itemgetter(1)).__name__, type(op.attrgetter("a")).__name__, type(op.methodcaller("a")).__name__)
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=op.itemgetter(1, 0)), max(data, key=op.itemgetter(1)), list(map(op.itemgetter(0), data)))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), sorted(["bb", "a", "ccc"], key=op.methodcaller("__len__")))
