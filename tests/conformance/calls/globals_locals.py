# globals(), locals(), and namespace modification
counter = 1
print(globals()["counter"], globals() is globals(), "__name__" in globals(), __name__)
globals()["dynamic"] = "created via globals()"
print(dynamic)
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
def locals_snapshot():
    x = 1
    snap = locals()
    x = 2
    return snap["x"], locals()["x"]
print(locals_snapshot())
def locals_write_has_no_effect():
    y = 1
    locals()["y"] = 99
    return y
print(locals_write_has_no_effect())
def closure_locals():
    free = "free"
    def inner():
        own = "own"
        return sorted(locals())
    return inner()
print(closure_locals())
def closure_locals_used():
    free = "free"
    def inner():
        own = free
        return sorted(locals())
    return inner()
print(closure_locals_used())
class K:
    a = 1
    b = sorted(k for k in locals() if not k.startswith("__"))
    ns_is_locals = sorted(locals()) == sorted(vars())
print(K.b, K.ns_is_locals)
print(locals() is globals())
def set_global(name, value):
    globals()[name] = value
set_global("from_function", 42)
print(from_function)
def read_builtins():
    return globals().get("len", "len is not in globals")
print(read_builtins())
def modify_global_list():
    glist.append("x")
glist = []
modify_global_list()
print(glist)
print(sorted(k for k in globals() if not k.startswith("__")))
print(vars() is globals(), type(globals()).__name__)
print(eval("counter + 1", globals()), eval("a", {}, {"a": "local a"}))
def func_globals():
    return func_globals.__globals__ is globals()
print(func_globals())
