# traceback: format_exc, format_exception (chains, notes, limit), format_exception_only, extract_tb, stacks
import traceback
import sys

class Out:
    # the program's file name is printed as FILE (it may be given as a relative or an absolute path)
    def write(self, text):
        sys.stdout.write(text.replace(__file__, 'FILE'))
    def flush(self):
        pass
out = Out()
_print = print
def print(*args, **kw):
    kw.setdefault('file', out)
    _print(*args, **kw)

def inner(d):
    raise KeyError(d)

def outer():
    inner("key")

try:
    outer()
except KeyError:
    print(traceback.format_exc(), end="")
try:
    try:
        outer()
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)), end="")
try:
    try:
        outer()
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print("".join(traceback.format_exception(e, limit=1)), end="")
try:
    try:
        outer()
    except KeyError:
        raise RuntimeError("suppressed") from None
except RuntimeError:
    traceback.print_exc(file=out)

def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)

try:
    recurse(8)
except RecursionError as e:
    print("".join(traceback.format_exception(e)), end="")
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), tb[0].name, tb[-1].name, tb[-1].lineno, tb[-1].line, tuple(tb[1])[:3], repr(tb[0])[:14])
    print(traceback.format_tb(e.__traceback__, limit=2))

e = ValueError("with notes")
e.add_note("first note")
e.add_note("multi\nline")
print(traceback.format_exception_only(e), traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exception_only(ValueError()), traceback.format_exception_only(Exception("")))
class Unprintable(Exception):
    def __str__(self):
        raise TypeError("no")
print(traceback.format_exception_only(Unprintable()))
err = SyntaxError("invalid syntax", ("prog.py", 3, 7, "    x = = 1\n", 3, 8))
print(traceback.format_exception_only(err))
print(repr(traceback.format_exc()))
class Custom(Exception):
    pass
try:
    raise Custom("mine")
except Custom as c:
    print(traceback.format_exception_only(c), traceback.format_exception(c)[-1])
def show_stack():
    return traceback.extract_stack()
stack = show_stack()
print(stack[-1].name, stack[-2].name, stack[-1].line)
print(traceback.format_list([("f.py", 1, "func", "x = 1"), ("no_such_file_zz.py", 2, "<module>", None)]))
te = traceback.TracebackException.from_exception(err)
print(te.filename, te.lineno, te.msg, str(te), te.exc_type.__name__)
