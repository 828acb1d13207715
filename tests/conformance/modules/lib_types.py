# types: type objects from live objects, SimpleNamespace, new_class, prepare_class, DynamicClassAttribute
import types
import sys

def f():
    pass
class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
names = ["FunctionType", "LambdaType", "MethodType", "BuiltinFunctionType", "BuiltinMethodType", "CodeType", "CellType",
         "GeneratorType", "CoroutineType", "ModuleType", "MappingProxyType", "SimpleNamespace", "NoneType", "NotImplementedType",
         "EllipsisType", "GetSetDescriptorType", "MemberDescriptorType", "MethodWrapperType", "WrapperDescriptorType",
         "MethodDescriptorType", "ClassMethodDescriptorType", "FrameType", "TracebackType", "GenericAlias"]
for n in names:
    t = getattr(types, n)
    print(n, t.__name__, isinstance(t, type))
print(types.FunctionType is type(f), types.MethodType is type(C().m), types.BuiltinMethodType is types.BuiltinFunctionType)
print(isinstance(C.s, types.FunctionType), isinstance(sys, types.ModuleType), isinstance(type.__dict__, types.MappingProxyType))
print(isinstance(None, types.NoneType), isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType))
print(isinstance(str.join, types.MethodDescriptorType), isinstance(object.__init__, types.WrapperDescriptorType), isinstance("".__add__, types.MethodWrapperType))
ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b=2), types.SimpleNamespace())
mp = types.MappingProxyType({"x": 1})
print(mp["x"], len(mp), list(mp), "x" in mp, mp.get("y", 9))
def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__
    ns["value"] = 42
K = types.new_class("K", (C,), exec_body=body)
print(K.__name__, K.__bases__, K().greet(), K.value, K.__module__ == __name__ or K.__module__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = {"prepared": True}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
meta, ns2, kw = types.prepare_class("X", (), {"metaclass": Meta, "flag": 1})
print(meta.__name__, ns2, kw)
X = types.new_class("X", (), {"metaclass": Meta})
print(type(X).__name__, X.prepared)
print(types.resolve_bases((C, int)))
class WithDyn:
    def __init__(self):
        self._v = 5
    @types.DynamicClassAttribute
    def v(self):
        return self._v
print(WithDyn().v)
try:
    WithDyn.v
except AttributeError:
    print("class access raises AttributeError")
try:
    types.prepare_class("Bad", (int, type))
except TypeError as e:
    print(type(e).__name__, e)
