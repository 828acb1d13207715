# custom exception classes: args, str, repr, hierarchy
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(name, code)
        self.name = name
        self.code = code
class Fancy(AppError):
    def __str__(self):
        return "fancy: " + ", ".join(map(str, self.args))
class NoSuper(Exception):
    def __init__(self, msg):
        self.msg = msg
for exc in [AppError(), AppError("one"), AppError("a", 2), NotFound("page"), Fancy(1, 2), NoSuper("m"), Exception(None), ValueError(""), KeyError("k"), KeyError("a", "b"), KeyError()]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    raise NotFound("user", code=410)
except AppError as e:
    print("caught as AppError:", type(e).__name__, e.name, e.code, e)
try:
    raise Fancy("x")
except (NotFound, Fancy) as e:
    print(e)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), NotFound.__mro__[1].__name__)
print([c.__name__ for c in NotFound.__mro__])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(RecursionError, RuntimeError), issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError), issubclass(FileNotFoundError, OSError))
e = AppError("x")
e.extra = 5
print(e.extra, e.args)
e.args = ("replaced",)
print(e, repr(e))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as err:
    print(err, err.args)
try:
    raise NoSuper("payload")
except NoSuper as err:
    print(repr(err), err.args, err.msg)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise AppError("inner")
    except NotAnException:
        pass
except TypeError as err:
    print(type(err).__name__, err)
print(BaseException("a", "b").with_traceback(None).args)
