# hasattr/getattr/setattr/delattr and AttributeError messages
class C:
    cls = "class attr"
    def __init__(self):
        self.x = 1
c = C()
print(hasattr(c, "x"), hasattr(c, "y"), hasattr(c, "cls"), hasattr(C, "x"), hasattr(C, "cls"))
print(getattr(c, "x"), getattr(c, "y", None), getattr(C, "cls"), getattr(c, "__class__").__name__)
setattr(c, "y", 2)
setattr(c, "with space", 3)
print(c.y, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "y")
print(hasattr(c, "y"))
for expr in [lambda: c.y, lambda: C.y, lambda: getattr(c, "nope"), lambda: delattr(c, "nope"), lambda: (1).foo,
             lambda: "s".foo, lambda: None.foo, lambda: [].foo, lambda: {}.foo, lambda: int.foo, lambda: len.foo,
             lambda: (lambda: 0).foo, lambda: C.__dict__.foo]:
    try:
        expr()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    getattr(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(c, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, "a")
except TypeError as e:
    print(type(e).__name__, e)
e = AttributeError("custom")
print(e.args, str(e))
try:
    c.missing_attr
except AttributeError as err:
    print(err.name, err.obj is c)
class Slot:
    __slots__ = ("a",)
try:
    Slot().b = 1
except AttributeError as err:
    print(type(err).__name__, err)
try:
    object().x = 1
except AttributeError as err:
    print(type(err).__name__, err)
