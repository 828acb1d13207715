# replacing a function's __code__
def f(a, b):
    return a + b
def g(a, b):
    return a * b
def h(x):
    return -x
print(f(3, 4))
f.__code__ = g.__code__
print(f(3, 4), f.__name__, f.__code__.co_name)
try:
    f.__code__ = "not code"
except TypeError as e:
    print(type(e).__name__, e)
f.__code__ = h.__code__
print(f(5))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def with_free():
    v = "free"
    def inner():
        return v
    return inner
closure_fn = with_free()
def plain():
    return "plain"
try:
    plain.__code__ = closure_fn.__code__
except ValueError as e:
    print(type(e).__name__, e)
try:
    closure_fn.__code__ = plain.__code__
except ValueError as e:
    print(type(e).__name__, e)
def other_free():
    w = "other"
    def inner2():
        return w.upper()
    return inner2
closure_fn.__code__ = other_free().__code__
print(closure_fn())
def uses_default(a, b=10):
    return a, b
def three(a, b, c):
    return a, b, c
uses_default.__code__ = three.__code__
try:
    print(uses_default(1))
except TypeError as e:
    print(type(e).__name__, e)
print(uses_default(1, 2), uses_default.__defaults__)
def gen_code():
    yield 1
def normal():
    return 1
normal.__code__ = gen_code.__code__
print(type(normal()).__name__, list(normal()))
code = (lambda x: x * 3).__code__
def target(x):
    return x
target.__code__ = code
print(target(4), target.__name__, target.__code__.co_name)
