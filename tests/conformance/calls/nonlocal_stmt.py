# nonlocal: rebinding enclosing variables, multiple levels, interaction with global
def outer():
    x = "outer"
    def change():
        nonlocal x
        x = "changed"
    print("before:", x)
    change()
    print("after:", x)
outer()
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
    for _ in range(5):
        inc()
    return count
print(counter())
def nested_levels():
    v = 0
    def level1():
        def level2():
            nonlocal v
            v += 100
        level2()
        nonlocal_v = v
        return nonlocal_v
    r = level1()
    return v, r
print(nested_levels())
def skip_level():
    a = "outermost"
    def mid():
        a = "mid"
        def inner():
            nonlocal a
            a = "inner set mid's a"
        inner()
        return a
    return mid(), a
print(skip_level())
def multiple():
    p, q = 1, 2
    def swap():
        nonlocal p, q
        p, q = q, p
    swap()
    return p, q
print(multiple())
g = "global"
def mix():
    g = "enclosing"
    def inner():
        global g
        g = "set global"
    inner()
    return g
print(mix(), g)
def nonlocal_in_loop():
    results = []
    total = 0
    def add(n):
        nonlocal total
        total += n
        results.append(total)
    for i in range(1, 5):
        add(i)
    return results
print(nonlocal_in_loop())
def augmented_ops():
    s, l, d = "a", [1], {"k": 0}
    def mutate():
        nonlocal s, l
        s *= 3
        l += [2]
        d["k"] += 1
    mutate()
    mutate()
    return s, l, d
print(augmented_ops())
def del_nonlocal():
    x = 1
    def remove():
        nonlocal x
        del x
    remove()
    try:
        return x
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_nonlocal())
for src in ["def f():\n    nonlocal x\n", "nonlocal x\n", "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n"]:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
class C:
    attr = 1
    def m(self):
        def inner():
            try:
                return attr
            except NameError as e:
                return str(e)
        return inner()
print(C().m())
