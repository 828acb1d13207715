# contextlib: ContextDecorator, AbstractContextManager, ExitStack ordering and exception chaining
import contextlib
import sys

class Tracker(contextlib.ContextDecorator):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

@Tracker("deco")
def work(x):
    print("working", x)
    return x + 1
print(work(1))
with Tracker("plain") as t:
    print(t.name)

class Quiet(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return True
with Quiet() as q:
    raise ValueError("hidden")
print(type(q).__name__, isinstance(open if False else Quiet(), contextlib.AbstractContextManager))

@contextlib.contextmanager
def level(n, log):
    log.append("in %d" % n)
    try:
        yield n
    finally:
        log.append("out %d" % n)
log = []
with contextlib.ExitStack() as stack:
    values = [stack.enter_context(level(i, log)) for i in range(3)]
    log.append("body %r" % values)
print(log)

def failing(msg):
    raise KeyError(msg)
try:
    with contextlib.ExitStack() as stack:
        stack.callback(failing, "second")
        stack.callback(failing, "first")
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__), repr(e.__context__.__context__) if e.__context__ else None)

with contextlib.ExitStack() as outer:
    inner = contextlib.ExitStack()
    inner.callback(print, "moved callback")
    outer.push(inner.pop_all())
    print("inner emptied")
print("done")

@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield
    except ZeroDivisionError:
        log.append("rollback")
        raise
    else:
        log.append("commit")
for action in (lambda: None, lambda: 1 / 0):
    log = []
    try:
        with transaction(log):
            action()
    except ZeroDivisionError as e:
        log.append("error: %s" % e)
    print(log)

@contextlib.contextmanager
def converter():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
try:
    with converter():
        int("x")
except TypeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
with contextlib.suppress():
    print("suppress nothing")
print(contextlib.nullcontext().__enter__(), type(contextlib.suppress(ValueError)).__name__)
