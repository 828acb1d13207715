# decorators without arguments, stacking order, and decorator side effects
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"  -> {fn.__name__}{args}{kwargs if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"  <- {fn.__name__} = {result!r}")
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
print(add.__name__, add.__qualname__)
def bold(fn):
    print("  applying bold to", fn.__name__)
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    print("  applying italic to", fn.__name__)
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(x=None):
    return x
noop(); noop(); noop(1)
print(noop.calls)
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)
def replace_with_value(fn):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
class Service:
    def __repr__(self):
        return "<Service>"
    @trace
    def handle(self, req):
        return req.upper()
print(Service().handle("get"))
def decorator_expr_order(label):
    print("  evaluating decorator expression", label)
    def deco(fn):
        print("  applying", label)
        return fn
    return deco
@decorator_expr_order("first")
@decorator_expr_order("second")
def ordered():
    return "ordered"
print(ordered())
decorators = {"t": trace}
@decorators["t"]
def subscripted(x):
    return x * 2
print(subscripted(4))
@(lambda fn: lambda *a: ("lambda-decorated", fn(*a)))
def with_lambda(v):
    return v
print(with_lambda(1))
