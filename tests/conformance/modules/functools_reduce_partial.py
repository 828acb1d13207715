# functools.reduce and functools.partial
import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6)), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(operator.add, ["a", "b"], ">"))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]), functools.reduce(operator.add, [5]), functools.reduce(operator.add, [], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
steps = []
def tracked(a, b):
    steps.append((a, b))
    return a - b
print(functools.reduce(tracked, [10, 1, 2, 3]), steps)
nested = {"a": {"b": {"c": 42}}}
print(functools.reduce(operator.getitem, ["a", "b", "c"], nested))
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: f(g(x)), fs)
print(compose(str, abs, lambda x: x - 10)(3))
base2 = functools.partial(int, base=2)
print(base2("1111"), base2.func is int, base2.keywords, base2.args)
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = functools.partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punct="?"), hello(name="Cy"))
nested_p = functools.partial(functools.partial(greet, "Hi"), punct=".")
print(nested_p("Di"), nested_p.args, nested_p.keywords, nested_p.func is greet)
print(list(map(functools.partial(pow, 2), range(6))))
print(sorted(["b", "A", "c"], key=functools.partial(str.lower)))
print(repr(functools.partial(greet, "x", punct=";")).startswith("functools.partial(<function greet at"))
