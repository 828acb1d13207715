# code.replace() to derive modified code objects
import types
def original(a, b):
    return a - b
co = original.__code__
renamed = co.replace(co_name="renamed")
print(renamed.co_name, co.co_name, renamed is co, renamed.co_argcount)
f = types.FunctionType(renamed, globals())
print(f.__name__, f(10, 3))
qual = co.replace(co_qualname="Some.qualified")
print(qual.co_qualname, qual.co_name)
g = types.FunctionType(qual, globals())
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
def adds(a, b):
    return a + b
swapped_consts = adds.__code__.replace(co_name="adds2")
print(types.FunctionType(swapped_consts, {})(2, 3))
def uses_const():
    return "hello"
consts = uses_const.__code__.co_consts
new_consts = tuple("goodbye" if c == "hello" else c for c in consts)
patched = types.FunctionType(uses_const.__code__.replace(co_consts=new_consts), {})
print(patched(), uses_const())
def global_user():
    return target_name
alt = global_user.__code__.replace(co_names=("other_name",))
target_name = "target"
other_name = "other"
print(global_user(), types.FunctionType(alt, globals())())
line = co.replace(co_firstlineno=999)
print(line.co_firstlineno, co.co_firstlineno)
fn = co.replace(co_filename="elsewhere.py")
print(fn.co_filename.endswith("elsewhere.py"), co.co_filename.endswith("code_replace.py"))
try:
    co.replace(co_name=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    co.replace(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
same = co.replace()
print(same == co, same.co_name)
