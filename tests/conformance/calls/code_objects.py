# code object attributes
import os
def sample(a, b, /, c, d=1, *args, e, f=2, **kw):
    local1 = a + b
    local2 = [local1]
    return local2
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_nlocals, co.co_varnames)
print(co.co_freevars, co.co_cellvars)
print(os.path.basename(co.co_filename), co.co_firstlineno)
class Holder:
    def method(self, x):
        def nested(y):
            return x + y
        return nested
m = Holder.method.__code__
n = Holder().method(1).__code__
print(m.co_name, m.co_qualname, m.co_argcount, m.co_varnames, m.co_cellvars, m.co_freevars)
print(n.co_name, n.co_qualname, n.co_argcount, n.co_varnames, n.co_cellvars, n.co_freevars, n.co_firstlineno)
lam = (lambda p, q=1: p).__code__
print(lam.co_name, lam.co_qualname, lam.co_argcount, lam.co_varnames, lam.co_firstlineno)
def no_args():
    pass
print(no_args.__code__.co_argcount, no_args.__code__.co_nlocals, no_args.__code__.co_varnames)
def comp_scope():
    return [i for i in range(3)]
print(comp_scope.__code__.co_varnames, [c.co_name for c in comp_scope.__code__.co_consts if hasattr(c, "co_name")])
def with_consts():
    return ("tuple", 1, None)
print("tuple" in str(with_consts.__code__.co_consts) and None in with_consts.__code__.co_consts)
def uses_names():
    return len(print)
print(uses_names.__code__.co_names)
def cell_and_arg(arg):
    def inner():
        return arg
    return inner
print(cell_and_arg.__code__.co_cellvars, cell_and_arg.__code__.co_varnames, cell_and_arg.__code__.co_nlocals)
print(type(co).__name__, type(co.co_code).__name__, co == sample.__code__, hash(co) == hash(sample.__code__))
mod = compile("x = 1\ny = x + 1\n", "virtual_module.py", "exec")
print(mod.co_name, mod.co_qualname, mod.co_filename, mod.co_argcount, mod.co_names, mod.co_firstlineno)
ev = compile("a + b", "<expr>", "eval")
print(ev.co_name, ev.co_names, ev.co_varnames)
sn = compile("def f(): pass\n", "<s>", "single")
print(sn.co_name, sn.co_filename, [c.co_name for c in sn.co_consts if hasattr(c, "co_name")])
