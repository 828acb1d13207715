# "missing N required positional argument(s)" messages
def f0():
    pass
def f1(a):
    pass
def f2(a, b):
    pass
def f3(a, b, c):
    pass
def f4(a, b, c, d):
    pass
def fd(a, b, c=3):
    pass
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def move(self, dx, dy):
        pass
    @classmethod
    def make(cls, x, y):
        pass
    @staticmethod
    def helper(p, q):
        pass
def outer():
    def inner(v, w):
        pass
    return inner
cases = [
    lambda: f1(),
    lambda: f2(),
    lambda: f2(1),
    lambda: f2(b=1),
    lambda: f3(),
    lambda: f3(1),
    lambda: f3(c=1),
    lambda: f4(),
    lambda: f4(b=2),
    lambda: fd(),
    lambda: fd(c=0),
    lambda: Point(1),
    lambda: Point(),
    lambda: Point(y=2),
    lambda: Point(1, 2).move(),
    lambda: Point(1, 2).move(dy=1),
    lambda: Point.move(),
    lambda: Point.move(Point(1, 2), 1),
    lambda: Point.make(1),
    lambda: Point.helper(),
    lambda: outer()(1),
    lambda: (lambda p, q: 0)(),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
