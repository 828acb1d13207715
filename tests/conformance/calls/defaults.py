# default values: evaluation time, __defaults__, None sentinels
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(tag, ident=next_id()):
    return tag, ident
print(make("a"), make("b"), make("c", 99), counter)
print(make.__defaults__)
x = 10
def capture(v=x):
    return v
x = 20
print(capture(), capture.__defaults__)
def f(a, b=1, c=2, *, d=3, e):
    return a, b, c, d, e
print(f.__defaults__, f.__kwdefaults__, f(0, e=9), f(0, 5, e=9, d=7))
f.__defaults__ = (100, 200)
f.__kwdefaults__ = {"d": "D", "e": "E"}
print(f(0), f(0, 1))
f.__defaults__ = (1, 2, 3)
print(f(e=0))
f.__defaults__ = None
try:
    f(0, e=1)
except TypeError as e:
    print(type(e).__name__, e)
f.__kwdefaults__ = None
try:
    f(0, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
def no_defaults(a):
    pass
print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
_missing = object()
def get(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default
print(get({"a": 1}, "a"), get({}, "b", None), get({}, "c", 0))
try:
    get({}, "z")
except KeyError as e:
    print(type(e).__name__, e)
def g(a, b=None, *args, c=None, **kw):
    return a, b, args, c, kw
print(g(1), g(1, 2, 3, 4, c=5, d=6), g.__defaults__, g.__kwdefaults__)
def lam_default(fn=lambda v: v * 2):
    return fn(21)
print(lam_default(), lam_default(str))
def shadow(len=len):
    return len("abc")
print(shadow(), shadow(lambda s: -1))
