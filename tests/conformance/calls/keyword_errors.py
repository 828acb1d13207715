# unexpected keyword / multiple values / keyword-only missing messages
def f(a, b=1):
    pass
def g(a, *args, k):
    pass
def h(a, **kw):
    pass
def kwonly(*, x, y, z=0):
    pass
class Point:
    def __init__(self, x, y):
        pass
cases = [
    lambda: f(z=1),
    lambda: f(1, z=1),
    lambda: f(1, c=2, d=3),
    lambda: f(1, a=2),
    lambda: f(1, 2, b=3),
    lambda: f(1, **{"a": 2}),
    lambda: g(1, 2),
    lambda: g(1, 2, a=3, k=1),
    lambda: h(1, a=2),
    lambda: kwonly(),
    lambda: kwonly(x=1),
    lambda: kwonly(y=1, z=2),
    lambda: kwonly(1, x=1, y=2),
    lambda: Point(1, x=2),
    lambda: Point(1, 2, z=3),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{1: 2}),
    lambda: f(**{"a": 1, 2: 3}),
    lambda: h(1, **{"q": 1}, q=2),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
