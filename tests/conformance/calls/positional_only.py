# positional-only parameters (PEP 570)
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2), g(1, **{"x": "in kwargs"}))
def h(a, b=2, /):
    return a, b
print(h(1), h(1, 5))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, g.__code__.co_posonlyargcount)
for call in [lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, b=2, c=3, d=4), lambda: h(a=1), lambda: h(1, b=2),
             lambda: h(1, 2, 3), lambda: h(), lambda: f(1, 2, 3, 4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def all_kinds(pos_only, /, standard, *args, kw_only, **kwargs):
    return pos_only, standard, args, kw_only, kwargs
print(all_kinds(1, 2, 3, kw_only=4, extra=5), all_kinds(1, standard=2, kw_only=3, pos_only="in kwargs"))
print(len("abc"), pow(2, 3), pow(base=2, exp=3), divmod(7, 2), "a,b".split(sep=",", maxsplit=1))
for call in [lambda: len(obj="abc"), lambda: pow(x=2, y=3), lambda: divmod(x=1, y=2), lambda: "a".find(sub="a")]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
class P:
    def m(self, a, /, b):
        return a, b
print(P().m(1, b=2), P().m(1, 2))
try:
    P().m(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
