# one signature with every parameter kind, bound by many call shapes
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}"
calls = [
    ("f(1, d=4)", lambda: f(1, d=4)),
    ("f(1, 20, d=4)", lambda: f(1, 20, d=4)),
    ("f(1, 20, 30, d=4)", lambda: f(1, 20, 30, d=4)),
    ("f(1, 20, 30, 40, 50, d=4)", lambda: f(1, 20, 30, 40, 50, d=4)),
    ("f(1, c=30, d=4)", lambda: f(1, c=30, d=4)),
    ("f(1, d=4, e=6, z=7)", lambda: f(1, d=4, e=6, z=7)),
    ("f(1, d=4, a=9)", lambda: f(1, d=4, a=9)),
    ("f(1, d=4, b=9)", lambda: f(1, d=4, b=9)),
    ("f(*[1, 2, 3, 4], **{'d': 0})", lambda: f(*[1, 2, 3, 4], **{"d": 0})),
    ("f(*(), **{'d': 0})", lambda: f(*(), **{"d": 0})),
    ("f(1, 2, 3, c=3, d=4)", lambda: f(1, 2, 3, c=3, d=4)),
    ("f(d=4)", lambda: f(d=4)),
    ("f(1)", lambda: f(1)),
    ("f()", lambda: f()),
    ("f(1, 2, 3, *range(3), d=1, **{'x': 1}, y=2)", lambda: f(1, 2, 3, *range(3), d=1, **{"x": 1}, y=2)),
    ("f(1, **{'d': 1, 'e': 2, 'c': 3})", lambda: f(1, **{"d": 1, "e": 2, "c": 3})),
    ("f(1, d=1, **{'d': 2})", lambda: f(1, d=1, **{"d": 2})),
]
for label, call in calls:
    try:
        print(f"{label:45} -> {call()}")
    except TypeError as err:
        print(f"{label:45} !! {type(err).__name__}: {err}")
code = f.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames[:code.co_nlocals])
print(f.__defaults__, f.__kwdefaults__, code.co_flags & 0x04, code.co_flags & 0x08)
class M:
    def m(self, a, /, b, *, c):
        return (a, b, c)
    @classmethod
    def cm(cls, a, /, *args, **kw):
        return (cls.__name__, a, args, kw)
    @staticmethod
    def sm(*, only):
        return only
obj = M()
for label, call in [("obj.m(1, 2, c=3)", lambda: obj.m(1, 2, c=3)), ("obj.m(1, b=2, c=3)", lambda: obj.m(1, b=2, c=3)),
                    ("obj.m(a=1, b=2, c=3)", lambda: obj.m(a=1, b=2, c=3)), ("M.m(obj, 1, 2, c=3)", lambda: M.m(obj, 1, 2, c=3)),
                    ("M.m(1, 2, c=3)", lambda: M.m(1, 2, c=3)), ("obj.cm(1, 2, a=3)", lambda: obj.cm(1, 2, a=3)),
                    ("M.sm(only=1)", lambda: M.sm(only=1)), ("obj.sm(1)", lambda: obj.sm(1))]:
    try:
        print(f"{label:25} -> {call()}")
    except TypeError as err:
        print(f"{label:25} !! {type(err).__name__}: {err}")
