# __repr__ and __str__ and their fallbacks
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str only"
for o in [Both(), ReprOnly()]:
    print(str(o), repr(o), f"{o}", f"{o!r}", "%s %r" % (o, o), [o], (o,), {"k": o})
s = StrOnly()
print(str(s), repr(s).startswith("<__main__.StrOnly object at "), [s][0] is s)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"
class Point3(Point):
    pass
print(Point(1, "2"), Point3(0.5, [1]), [Point(0, 0)])
class Recursive:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"R{self.children}"
r = Recursive()
r.children.append(Recursive())
print(r)
class StrSub(str):
    def __str__(self):
        return "overridden"
ss = StrSub("base")
print(ss, str(ss), repr(ss), ss + "!", f"{ss}", "%s" % ss)
class IntSub(int):
    def __repr__(self):
        return "IntSub!"
print(IntSub(5), repr(IntSub(5)), str(IntSub(5)), [IntSub(1)], f"{IntSub(7)}")
print(repr(object()).startswith("<object object at"), str(Point).startswith("<class '__main__.Point'>"))
print(type(repr(Point)).__name__, repr(int), repr(type), str(object))
