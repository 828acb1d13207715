# __enter__/__exit__: resource handling, exception info, suppression, reuse
class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"  open {self.name} (open now: {Resource.opened})")
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"  close {self.name}, exc={exc_type.__name__ if exc_type else None}")
        return False
with Resource("db") as db, Resource("file") as fh:
    print("using", db.name, fh.name)
print(Resource.opened)
def work():
    with Resource("net"):
        raise ConnectionError("lost")
try:
    work()
except ConnectionError as e:
    print("caught", type(e).__name__, e)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    {}["x"]
print("KeyError suppressed")
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError not suppressed:", e)
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "enter depth", Timer.depth)
        return Timer.depth
    def __exit__(self, *exc):
        print("  " * Timer.depth + "exit depth", Timer.depth)
        Timer.depth -= 1
t = Timer()
with t as d1:
    with t as d2:
        with t as d3:
            print("innermost", d1, d2, d3)
class ExitReturnsTruthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string"
with ExitReturnsTruthy():
    raise ValueError("suppressed by truthy value")
print("after truthy suppression")
class ExitGetsTraceback:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("  tb type:", type(tb).__name__, "ev args:", ev.args)
        return True
with ExitGetsTraceback():
    raise RuntimeError("x", 1)
class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("  never called")
try:
    with EnterRaises():
        print("never runs")
except OSError as e:
    print(type(e).__name__, e)
class Looked:
    def __enter__(self):
        return "class enter"
    def __exit__(self, *a):
        return False
lk = Looked()
lk.__enter__ = lambda: "instance enter"
with lk as val:
    print(val)
def gen_func():
    with Resource("in-generator"):
        yield 1
        yield 2
g = gen_func()
print(next(g))
g.close()
print(Resource.opened)
