# operator module: function forms of operators, itemgetter, attrgetter, methodcaller
import operator
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3))
print(operator.pow(2, 8), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(5), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.is_(None, None), operator.is_not(1, None), operator.index(7))
l = [1, 2, 3]
operator.setitem(l, 0, "x")
operator.delitem(l, 1)
print(l, operator.getitem(l, -1), operator.getitem("hello", slice(1, 3)))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iadd(5, 1))
second = operator.itemgetter(1)
multi = operator.itemgetter(0, 2)
print(second("abc"), multi("abc"), second({1: "one"}), multi([10, 20, 30]))
records = [("bob", 30, "nyc"), ("amy", 25, "sf"), ("cat", 30, "la")]
print(sorted(records, key=operator.itemgetter(1, 0)), [operator.itemgetter(2)(r) for r in records])
class P:
    def __init__(self, name, city):
        self.name = name
        self.loc = type("Loc", (), {"city": city})()
    def greet(self, greeting, punct="!"):
        return f"{greeting} {self.name}{punct}"
ps = [P("zed", "rome"), P("abe", "oslo")]
print([operator.attrgetter("name")(p) for p in ps], operator.attrgetter("name", "loc.city")(ps[0]))
print([p.name for p in sorted(ps, key=operator.attrgetter("loc.city"))])
print(operator.methodcaller("greet", "hi")(ps[0]), operator.methodcaller("greet", "yo", punct="?")(ps[1]))
print(operator.methodcaller("upper")("abc"), list(map(operator.methodcaller("split", ","), ["a,b", "c"])))
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    operator.attrgetter("missing")(ps[0])
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(operator.itemgetter(1, 2)), repr(operator.attrgetter("a.b")))
