# compile(), exec(), eval() with explicit globals/locals
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}))
g = {}
exec("a = 5\nb = a * 2", g)
print(g["a"], g["b"], "__builtins__" in g)
g2 = {}
l2 = {}
exec("c = 3\ndef fn():\n    return c\n", g2, l2)
print(sorted(l2), "c" in g2)
try:
    l2["fn"]()
except NameError as e:
    print(type(e).__name__, e)
code = compile("result = n ** 2", "<square>", "exec")
for n in range(4):
    ns = {"n": n}
    exec(code, ns)
    print(ns["result"], end=" ")
print()
expr = compile("p * q", "<mul>", "eval")
print(eval(expr, {"p": 6, "q": 7}), type(expr).__name__, expr.co_filename)
single = compile("1 + 1\n", "<single>", "single")
print("single mode prints via sys.displayhook:")
exec(single)
exec(compile("None\n", "<s>", "single"))
exec(compile("'text'\n", "<s>", "single"))
print(exec("1 + 1"), eval("None"))
for src, mode in [("x = ", "exec"), ("x = 1", "eval"), ("return 5", "exec"), ("1 +* 2", "eval"), ("def f(:\n", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_thing", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
class Locals(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("alpha + beta", {}, Locals(alpha="A")))
ns = {}
exec("import math\nr = math.floor(2.7)", ns)
print(ns["r"])
exec("def made(v):\n    return v + 1", ns)
print(ns["made"](1), ns["made"].__module__ if "__name__" in ns else "no __name__", ns["made"].__globals__ is ns)
print(eval(compile("[i * i for i in range(4)]", "<c>", "eval")))
x = "module x"
def f():
    x = "local x"
    return eval("x"), eval("x", globals())
print(f())
src = "total = 0\nfor i in range(5):\n    total += i\n"
ns = {}
exec(src, ns)
print(ns["total"])
print(eval("  2 + 2  "), eval("\n3\n") if False else eval("3"))
