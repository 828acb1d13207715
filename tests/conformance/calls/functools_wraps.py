# functools.wraps: metadata copying, __wrapped__, unwrapping chains
import functools
def plain_deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
def wraps_deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
def target(a, b=1):
    """Target docstring."""
    return a + b
target.custom = "custom attribute"
p = plain_deco(target)
w = wraps_deco(target)
print(p.__name__, p.__qualname__, p.__doc__, hasattr(p, "__wrapped__"), hasattr(p, "custom"))
print(w.__name__, w.__qualname__, w.__doc__, w.__wrapped__ is target, w.custom, w.__module__)
print(w(1), w(1, b=5), w.__defaults__, w.__wrapped__.__defaults__)
print(sorted(w.__dict__))
double = wraps_deco(wraps_deco(target))
print(double.__wrapped__.__wrapped__ is target, double.__name__)
def unwrap(fn):
    while hasattr(fn, "__wrapped__"):
        fn = fn.__wrapped__
    return fn
print(unwrap(double) is target)
def no_doc():
    pass
wn = wraps_deco(no_doc)
print(wn.__doc__, wn.__name__)
def with_annotations(x: int) -> str:
    return str(x)
wa = wraps_deco(with_annotations)
print(wa.__annotations__, wa(5))
def selective(fn):
    @functools.wraps(fn, assigned=("__name__",), updated=())
    def wrapper():
        return fn()
    return wrapper
s = selective(target)
print(s.__name__, s.__doc__, s.__qualname__.endswith("wrapper"), hasattr(s, "custom"))
def manual(fn):
    def wrapper(*a):
        return fn(*a)
    functools.update_wrapper(wrapper, fn)
    return wrapper
m = manual(target)
print(m.__name__, m.__wrapped__ is target, m(10))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
class Deco:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
    def __call__(self, *a):
        return self.fn(*a) * 2
d = Deco(target)
print(d.__name__, d.__doc__, d(1), d.__wrapped__ is target)
class NoName:
    def __call__(self):
        return "callable without __name__"
wrapped_obj = wraps_deco(NoName())
print(wrapped_obj(), hasattr(wrapped_obj, "__wrapped__"), wrapped_obj.__name__)
