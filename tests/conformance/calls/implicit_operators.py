# operator dispatch: which dunder gets called, in which order, with reflected and in-place fallbacks
log = []
class Tracer:
    def __init__(self, name, supports=()):
        self.name = name
        self.supports = set(supports)
    def __repr__(self):
        return self.name
def make_op(dunder):
    def op(self, other):
        log.append(f"{self.name}.{dunder}({other!r})")
        if dunder in self.supports:
            return f"{self.name}.{dunder}"
        return NotImplemented
    op.__name__ = dunder
    return op
for d in ["add", "radd", "iadd", "sub", "rsub", "isub", "mul", "rmul", "imul", "lt", "gt", "le", "ge", "eq", "ne",
          "matmul", "rmatmul", "and", "rand", "or", "ror", "pow", "rpow", "truediv", "rtruediv"]:
    setattr(Tracer, f"__{d}__", make_op(f"__{d}__"))
class SubTracer(Tracer):
    __radd__ = make_op("__radd__")  # overrides the reflected method, so it is tried first
class SubNoOverride(Tracer):
    pass
def run(label, thunk):
    log.clear()
    try:
        result = thunk()
    except TypeError as e:
        result = f"TypeError: {e}"
    print(f"{label}: {result}")
    for entry in log:
        print("   ", entry)
a = Tracer("a", {"__add__", "__lt__", "__iadd__"})
b = Tracer("b", {"__radd__", "__gt__", "__rsub__", "__eq__"})
n = Tracer("n")
s = SubTracer("s", {"__radd__", "__rmul__", "__gt__"})
t = SubNoOverride("t", {"__radd__"})
run("a + b", lambda: a + b)
run("b + a", lambda: b + a)
run("n + b", lambda: n + b)
run("n + n", lambda: n + n)
run("a + s (subclass reflected first)", lambda: a + s)
run("a + t (subclass without override)", lambda: a + t)
run("n * s", lambda: n * s)
run("n - b", lambda: n - b)
run("a < b", lambda: a < b)
run("n < b (reflected __gt__)", lambda: n < b)
run("n > n", lambda: n > n)
run("n <= b", lambda: n <= b)
run("n == b", lambda: n == b)
run("n == n (identity fallback)", lambda: n == n)
run("n != n", lambda: n != n)
run("n == 1", lambda: n == 1)
run("1 + n", lambda: 1 + n)
run("n @ n", lambda: n @ n)
run("n & b", lambda: n & b)
run("2 ** n", lambda: 2 ** n)
run("n / 2", lambda: n / 2)
def iadd_a():
    x = a
    x += b
    return x
def iadd_n():
    x = n
    x += b
    return x
def isub_n():
    x = n
    x -= n
    return x
run("x = a; x += b", iadd_a)
run("x = n; x += b (falls back to __add__ then __radd__)", iadd_n)
run("x = n; x -= n", isub_n)
