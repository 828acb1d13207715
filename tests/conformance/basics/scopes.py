# del, global, nonlocal, name resolution
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr()
incr()
print(counter)
def make_global():
    global created_later
    created_later = "made"
make_global()
print(created_later)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def read_only():
    return counter + 100
print(read_only())
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v += 10
            return v
        return level3()
    r = level2()
    return v, r
print(level1())
a = 5
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
d = {"k": 1, "j": 2}
del d["k"], d["j"]
print(d)
l = [1, 2, 3]
del l[0], l[0]
print(l)
class Obj:
    pass
o = Obj()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
def del_local():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(del_local())
def uses_global_before_assignment():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
    return counter
print(uses_global_before_assignment())
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
class Scope:
    cls_var = 10
    doubled = [cls_var * 2]
    try:
        comp = [cls_var for _ in range(1)]
    except NameError as e:
        err = str(e)
print(Scope.doubled, Scope.err)
