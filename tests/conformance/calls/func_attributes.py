# function attributes: __name__, __qualname__, __module__, __doc__, __dict__, __globals__
def documented(a, b=2, *, c=3):
    """Adds things."""
    return a + b + c
print(documented.__name__, documented.__qualname__, documented.__module__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__globals__ is globals())
def nodoc():
    x = "not a docstring"
    return x
print(nodoc.__doc__)
def num_doc():
    42
print(num_doc.__doc__)
class K:
    def method(self):
        "method doc"
    class Inner:
        def deep(self):
            pass
print(K.method.__qualname__, K.method.__doc__, K.Inner.deep.__qualname__, K.Inner.deep.__name__)
def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(outer().__qualname__, outer()().__qualname__)
documented.custom = "attr"
documented.counter = 0
documented.counter += 1
print(documented.custom, documented.counter, sorted(documented.__dict__))
documented.__dict__["via_dict"] = True
print(documented.via_dict)
documented.__name__ = "renamed"
documented.__qualname__ = "Qual.renamed"
documented.__doc__ = "new doc"
print(documented.__name__, documented.__qualname__, documented.__doc__, repr(documented).startswith("<function Qual.renamed at"))
try:
    documented.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    documented.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    documented.__globals__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    del documented.__name__
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    documented.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__module__)
print(documented(1), documented.__code__.co_name)
def annotated(x: int, y: "str" = "s") -> bool:
    pass
print(annotated.__annotations__)
print(len.__name__, len.__qualname__, len.__module__, "".join.__name__, "".join.__qualname__, [].append.__qualname__)
print(type(documented.__dict__).__name__, documented.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "builtins dict")
