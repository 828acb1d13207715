# abstract-base-class-like patterns without the abc module
class Shape:
    def __init__(self):
        if type(self) is Shape:
            raise TypeError("Shape is abstract")
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Rect(2, 3), Square(4)]:
    print(s.describe())
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Circle(1).describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
def check_abstract(cls):
    missing = sorted(name for name in ("area", "perimeter") if getattr(cls, name) is getattr(Shape, name))
    return missing
print(check_abstract(Rect), check_abstract(Circle), check_abstract(Shape))
class Comparable:
    def __lt__(self, o):
        return self.key() < o.key()
    def __eq__(self, o):
        return self.key() == o.key()
    def __hash__(self):
        return hash(self.key())
    def __le__(self, o):
        return self < o or self == o
class Card(Comparable):
    ranks = "23456789TJQKA"
    def __init__(self, s):
        self.s = s
    def key(self):
        return self.ranks.index(self.s[0])
    def __repr__(self):
        return self.s
hand = [Card("Kh"), Card("2c"), Card("Ts"), Card("Ad"), Card("Kc")]
print(sorted(hand), max(hand), Card("Kh") == Card("Kc"), Card("2c") <= Card("2d"), len(set(hand)))
class Mixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
class Pt(Mixin):
    def __init__(self, x, y):
        self.x, self.y, self._hidden = x, y, 0
print(Pt(1, 2).to_dict())
print(NotImplementedError.__mro__[1].__name__, issubclass(NotImplementedError, RuntimeError))
