# keyword-only parameters
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2), f(1, flag=True, key=3), f(a=0, key=1))
def g(*args, sep=" ", end=""):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="-"), g(end="!"), g("a", end="?", sep=""))
def h(*, only):
    return only
print(h(only="yes"), h(**{"only": "from dict"}))
print(f.__code__.co_kwonlyargcount, h.__code__.co_argcount, h.__kwdefaults__, f.__kwdefaults__)
for call in [lambda: f(1), lambda: f(1, 2), lambda: h(), lambda: h(1), lambda: f(1, key=1, other=2),
             lambda: g(sepp=","), lambda: h(1, 2, only=3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def many(*, a, b, c, d=4):
    return a + b + c + d
try:
    many()
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(b=1)
except TypeError as e:
    print(type(e).__name__, e)
print(many(c=1, b=2, a=3))
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6), mixed(c=0, a=1))
class Cfg:
    def __init__(self, *, debug=False, level=0):
        self.debug, self.level = debug, level
c = Cfg(level=3)
print(c.debug, c.level)
try:
    Cfg(True)
except TypeError as e:
    print(type(e).__name__, e)
