# callables stored in dicts/lists/tuples, dispatch tables, higher-order functions
import operator
ops = {"+": operator.add, "-": operator.sub, "*": lambda a, b: a * b, "max": max, "pow": pow}
for sym in ["+", "-", "*", "max", "pow"]:
    print(sym, ops[sym](7, 3))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_"), str.title]
value = "  Hello World Again "
for step in pipeline:
    value = step(value)
print(repr(value))
handlers = []
def on(event):
    def register(fn):
        handlers.append((event, fn))
        return fn
    return register
@on("start")
def h1():
    return "h1 started"
@on("stop")
def h2():
    return "h2 stopped"
@on("start")
def h3():
    return "h3 started"
def fire(event):
    return [fn() for ev, fn in handlers if ev == event]
print(fire("start"), fire("stop"), fire("other"))
class Calculator:
    def add(self, a, b):
        return a + b
    def neg(self, a):
        return -a
calc = Calculator()
commands = [("add", (1, 2)), ("neg", (5,)), ("add", ("x", "y"))]
print([getattr(calc, name)(*args) for name, args in commands])
unbound = [Calculator.add, Calculator.neg]
print(unbound[0](calc, 10, 20), unbound[1](calc, 1))
funcs = (len, str.upper, sorted, reversed, list)
print([f("cab") if f is not reversed else list(f("cab")) for f in funcs])
matrix_of_fns = [[lambda x, i=i, j=j: x * i + j for j in range(3)] for i in range(2)]
print([[f(10) for f in row] for row in matrix_of_fns])
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(7), compose(str, abs)(-3))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(lambda v: v + "!", 3)("hey"))
methods = {"upper": "text".upper, "count_t": "text".count}
print(methods["upper"](), methods["count_t"]("t"))
class Dispatcher:
    def dispatch(self, kind, *args):
        method = getattr(self, "do_" + kind, None)
        if method is None:
            return f"no handler for {kind!r}"
        return method(*args)
    def do_echo(self, *a):
        return a
    def do_sum(self, *a):
        return sum(a)
d = Dispatcher()
print(d.dispatch("echo", 1, 2), d.dispatch("sum", 1, 2, 3), d.dispatch("nope"))
try:
    ops["missing"](1, 2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    [len][0](1)
except TypeError as e:
    print(type(e).__name__, e)
