# collections.namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple), type(p).__name__)
x, y = p
print(x, y, p._fields, Point._fields, p._asdict(), p._replace(y=20), Point._make([5, 6]))
Color = namedtuple("Color", "red green blue", defaults=[0])
print(Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color(red=9, green=8))
Person = namedtuple("Person", "name, age")
people = [Person("bob", 30), Person("amy", 25), Person("cat", 30)]
print(sorted(people), sorted(people, key=lambda q: q.age), max(people, key=lambda q: q.age).name)
print(Point(*range(2)), Point(**{"x": "a", "y": "b"}), repr(Point(x=0.5, y=[1])))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: p.__setattr__("x", 5)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print(type(e).__name__, e)
R = namedtuple("R", ["a", "class", "a"], rename=True)
print(R._fields)
class Point3(namedtuple("Point3Base", "x y z")):
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return f"<{self.x},{self.y},{self.z}>"
q = Point3(1, -2, 3)
print(q, repr(q), q.norm1(), q + (4,), q[::-1], q.count(1), q.index(3))
print(hash(Point(1, 2)) == hash((1, 2)), {Point(1, 2): "pt"}[(1, 2)])
