# late binding of closure variables in loops, and the ways to bind early
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])
def make(n):
    return lambda: n
funcs = [make(i) for i in range(4)]
print([f() for f in funcs])
import functools
funcs = [functools.partial(lambda v: v * 10, i) for i in range(4)]
print([f() for f in funcs])
def builder():
    result = []
    for name in ["x", "y", "z"]:
        def show():
            return name
        result.append(show)
    return result
print([f() for f in builder()])
adders = {}
for k in range(3):
    adders[k] = lambda x, k=k: x + k
print({k: f(100) for k, f in adders.items()})
gen_funcs = list((lambda: j) for j in range(3))
print([f() for f in gen_funcs])
def comp_in_func():
    return [(lambda: j) for j in range(3)]
print([f() for f in comp_in_func()])
def while_loop():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(while_loop())
x = "global"
def reads_global():
    return x
x = "global changed"
print(reads_global())
def defaults_vs_closure():
    val = "early"
    def by_default(v=val):
        return v
    def by_closure():
        return val
    val = "late"
    return by_default(), by_closure()
print(defaults_vs_closure())
