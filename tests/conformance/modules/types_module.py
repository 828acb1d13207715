# types module: FunctionType, MethodType, SimpleNamespace, ModuleType, builtin type aliases
import types
def f():
    pass
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
gen = (i for i in [])
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType), isinstance(gen, types.GeneratorType))
print(isinstance(f.__code__, types.CodeType), isinstance(C.cm, types.MethodType), isinstance(C.m, types.MethodType))
print(types.FunctionType.__name__, types.MethodType.__name__, types.CodeType.__name__, types.GeneratorType.__name__)
print(types.NoneType is type(None), types.ModuleType.__name__, type(types).__name__, types.__name__)
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
del ns.a
print(ns, hasattr(ns, "a"))
mod = types.ModuleType("fake_mod", "a fake module")
mod.value = 42
print(mod.__name__, mod.__doc__, mod.value, repr(mod))
bound = types.MethodType(lambda self, x: (type(self).__name__, x), C())
print(bound(5), type(bound).__name__)
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = make_counter()
clone = types.FunctionType(inc.__code__, inc.__globals__, "clone", None, (types.CellType(100),))
print(inc(), inc(), clone(), clone(), inc.__closure__[0].cell_contents)
print(type(types.SimpleNamespace()).__name__, types.MappingProxyType({"k": 1})["k"])
mp = types.MappingProxyType({"a": 1})
try:
    mp["a"] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(C.__dict__, types.MappingProxyType))
