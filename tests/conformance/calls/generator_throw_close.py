# generator.throw() and generator.close(), GeneratorExit, finally blocks
def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("  worker got", x)
            except ValueError as e:
                print("  worker handled ValueError:", e)
                yield "recovered"
    finally:
        print("  worker finally")
w = worker()
print(next(w))
print(w.throw(ValueError("bad input")))
print(next(w))
print(w.send("data"))
w.close()
print("closed; next gives:", next(w, "exhausted"))
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print(type(e).__name__, e)
print(next(u, "dead after throw"))
fresh = unhandled()
try:
    fresh.throw(RuntimeError("before start"))
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(fresh, "never started, now dead"))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  saw GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "value ignored by close"
r = returns_on_exit()
next(r)
print(r.close())
unstarted = unhandled()
unstarted.close()
print(next(unstarted, "closed before start"))
def throw_type():
    try:
        yield
    except TypeError as e:
        yield f"caught {type(e).__name__}: {e.args}"
t = throw_type()
next(t)
print(t.throw(TypeError))
t2 = throw_type()
next(t2)
print(t2.throw(TypeError("with message")))
def stop_iteration_throw():
    yield 1
s = stop_iteration_throw()
next(s)
try:
    s.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)
def raises_different():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
rd = raises_different()
next(rd)
try:
    rd.throw(ValueError("orig"))
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  cleanup when generator is exhausted or closed")
for v in gen_with_finally():
    print(v)
gen = gen_with_finally()
for v in gen:
    print(v)
    break
print("after break, before close")
gen.close()
print("after close")
