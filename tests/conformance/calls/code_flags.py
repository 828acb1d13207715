# co_flags bits: 0x04 VARARGS, 0x08 VARKEYWORDS, 0x20 GENERATOR, 0x10 NESTED, 0x80 COROUTINE,
# 0x100 ITERABLE_COROUTINE, 0x200 ASYNC_GENERATOR, 0x01 OPTIMIZED, 0x02 NEWLOCALS
def bits(fn):
    fl = fn.__code__.co_flags
    return {"opt": fl & 0x01, "newlocals": fl & 0x02, "varargs": fl & 0x04, "varkw": fl & 0x08,
            "nested": fl & 0x10, "gen": fl & 0x20, "coro": fl & 0x80, "asyncgen": fl & 0x200}
def plain(a):
    return a
def star(*args):
    pass
def dstar(**kw):
    pass
def both(a, *args, b, **kw):
    pass
def gen():
    yield 1
def gen_from():
    yield from ()
async def coro():
    pass
async def agen():
    yield 1
def outer():
    x = 1
    def inner():
        return x
    def inner_no_free():
        return 1
    return inner, inner_no_free
inner, inner_nf = outer()
for name, fn in [("plain", plain), ("star", star), ("dstar", dstar), ("both", both), ("gen", gen),
                 ("gen_from", gen_from), ("coro", coro), ("agen", agen), ("outer", outer), ("inner", inner),
                 ("inner_no_free", inner_nf), ("lambda", lambda *a: a), ("genexp_lambda", lambda: (yield))]:
    print(name, bits(fn))
mod = compile("x = 1", "<m>", "exec")
print("module", mod.co_flags & 0x01, mod.co_flags & 0x02, mod.co_flags & 0x20)
gexp = (i for i in range(1))
print("genexpr code", gexp.gi_code.co_flags & 0x20, gexp.gi_code.co_flags & 0x10, gexp.gi_code.co_name)
c = coro()
print(type(c).__name__)
c.close()
