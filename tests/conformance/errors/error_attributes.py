# attributes of built-in exception objects: args, name, obj, errno-free ones
try:
    {}["k"]
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    [][1]
except IndexError as e:
    print(repr(e), e.args)
try:
    undefined
except NameError as e:
    print(repr(e), e.name)
class C:
    pass
c = C()
try:
    c.attr
except AttributeError as e:
    print(repr(e), e.name, e.obj is c)
try:
    int("z")
except ValueError as e:
    print(repr(e), e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e), e.args, isinstance(e, ArithmeticError))
try:
    next(iter([]))
except StopIteration as e:
    print(repr(e), e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    compile("x = (", "<src>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
ex = Exception("a", 2, None)
print(ex.args, str(ex), repr(ex))
print(str(Exception()), repr(Exception()), str(Exception("")), str(Exception(5)))
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError("a", "b")), str(KeyError()))
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e1 = ValueError("x")
e1.add_note("extra context")
print(getattr(e1, "__notes__", None))
print(BaseException.__name__, ValueError.__bases__, [c.__name__ for c in KeyError.__mro__])
print(issubclass(ArithmeticError, Exception), issubclass(OverflowError, ArithmeticError), issubclass(LookupError, Exception))
print(isinstance(ZeroDivisionError(), (KeyError, ArithmeticError)))
