# with statement and custom context managers
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
with CM("suppressing", True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("not suppressing"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def early_return():
    with CM("ret"):
        return "returned value"
print(early_return())
for n in range(3):
    with CM("loop" + str(n)):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class Bad:
    pass
try:
    with Bad():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class EnterOnly:
    def __enter__(self):
        return self
try:
    with EnterOnly():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class Target:
    pass
t = Target()
with CM("attr target") as t.value:
    pass
print(t.value)
with CM("tuple target") as (first, *rest):
    pass
print(first, rest)
with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)
