# positional and keyword arguments, evaluation order
def f(a, b, c):
    return f"a={a} b={b} c={c}"
print(f(1, 2, 3))
print(f(1, c=3, b=2))
print(f(c=3, a=1, b=2))
print(f(*[1, 2], c=3))
log = []
def arg(v):
    log.append(v)
    return v
print(f(arg(1), c=arg(3), b=arg(2)), log)
def g(x, y=2):
    return x, y
print(g(1), g(1, 3), g(x=1), g(y=5, x=0), g(*(7,)), g(**{"x": 8}))
def echo(*args, **kwargs):
    return args, kwargs
print(echo(), echo(1), echo(a=1), echo(1, 2, a=3, b=4))
print(echo(*range(3), *"ab", x=1, **{"y": 2}, z=3))
log.clear()
echo(arg(1), arg(2), k=arg(3), *[arg(4)], **{str(arg(5)): arg(6)})
print("evaluation order:", log)
def nested(a, b):
    return a * 10 + b
print(nested(nested(1, 2), nested(b=3, a=4)))
method = "abc".replace
print(method("b", "B"), method(*"cC"))
print(dict(a=1, **{"b": 2}), max(3, 1, key=lambda v: -v), sorted([1, 3, 2], reverse=True))
print(int("11", base=2), int("11", 2), str(b"x", "ascii"), str(object=5))
def defaults_expr(a, b=len("four")):
    return a + b
print(defaults_expr(1))
