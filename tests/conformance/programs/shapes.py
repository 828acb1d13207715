# shape hierarchy with polymorphism, sorting and aggregate reports
import math
class Shape:
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{v:g}' for v in self.dims())})"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def dims(self):
        return (self.r,)
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rectangle(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def dims(self):
        return (self.w, self.h)
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)
    def dims(self):
        return (self.w,)
class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        self.a, self.b, self.c = a, b, c
    def dims(self):
        return (self.a, self.b, self.c)
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
    def perimeter(self):
        return self.a + self.b + self.c
shapes = [Circle(1), Rectangle(2, 3.5), Square(2), Triangle(3, 4, 5), Circle(0.5), Square(1.5)]
for s in shapes:
    print(f"{s!r:22} area={s.area():8.3f} perimeter={s.perimeter():7.3f}")
print("sorted by area:", sorted(shapes))
print("largest:", max(shapes), "smallest:", min(shapes))
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s)
for kind in sorted(by_kind):
    total = sum(s.area() for s in by_kind[kind])
    print(f"{kind:10} count={len(by_kind[kind])} total_area={total:.4f}")
print(isinstance(Square(1), Rectangle), [c.__name__ for c in Square.__mro__])
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
