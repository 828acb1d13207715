# constructing functions with types.FunctionType(code, globals, name, argdefs, closure)
import types
def template(a, b=5):
    return a + b + OFFSET
OFFSET = 1000
f1 = types.FunctionType(template.__code__, globals())
print(f1(1, 2), f1.__name__, f1.__defaults__)
try:
    f1(1)
except TypeError as e:
    print(type(e).__name__, e)
f2 = types.FunctionType(template.__code__, {"OFFSET": 1}, "renamed", (7,))
print(f2(1), f2.__name__, f2.__qualname__, f2.__defaults__, f2.__globals__ is globals())
f3 = types.FunctionType(template.__code__, {})
try:
    f3(1, 2)
except NameError as e:
    print(type(e).__name__, e)
def make_closure():
    x = "captured"
    def inner():
        return x
    return inner
orig = make_closure()
cell = types.CellType("new value")
f4 = types.FunctionType(orig.__code__, globals(), "rebuilt", None, (cell,))
print(f4(), f4.__closure__[0] is cell)
try:
    types.FunctionType(orig.__code__, globals())
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.FunctionType(orig.__code__, globals(), None, None, (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.FunctionType(template.__code__, globals(), None, None, (cell,))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    types.FunctionType(template.__code__, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.FunctionType("code", {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.FunctionType(template.__code__, {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.FunctionType(template.__code__, {}, "n", [1])
except TypeError as e:
    print(type(e).__name__, e)
print(types.FunctionType is type(template), types.LambdaType is types.FunctionType)
code = compile("def made(x):\n    return x * 2\n", "<generated>", "exec")
fn_code = [c for c in code.co_consts if isinstance(c, types.CodeType)][0]
made = types.FunctionType(fn_code, {})
print(made(21), made.__name__, fn_code.co_filename)
g = {"y": 3}
expr_fn = types.FunctionType(compile("y * 2", "<e>", "eval"), g)
print(expr_fn())
print(f2.__module__, types.FunctionType(template.__code__, {"__name__": "fake_mod"}).__module__)
