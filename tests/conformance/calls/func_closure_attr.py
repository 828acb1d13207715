# __closure__, cell objects, cell_contents, co_freevars/co_cellvars
def make_counter():
    count = 0
    label = "ctr"
    def incr():
        nonlocal count
        count += 1
        return label, count
    return incr
c = make_counter()
print(c(), c())
print(type(c.__closure__).__name__, len(c.__closure__), type(c.__closure__[0]).__name__)
print(c.__code__.co_freevars, [cell.cell_contents for cell in c.__closure__])
print(make_counter.__code__.co_cellvars, make_counter.__closure__)
c.__closure__[0].cell_contents = 100
print(c())
def no_closure():
    return 1
print(no_closure.__closure__, no_closure.__code__.co_freevars)
def pair():
    shared = []
    def add(v):
        shared.append(v)
    def get():
        return shared
    return add, get
add, get = pair()
add(1)
add(2)
print(get(), add.__closure__[0] is get.__closure__[0], add.__closure__[0].cell_contents is get())
def unbound_cell():
    def inner():
        return x
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    x = 5
    print(cell.cell_contents)
    del x
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
unbound_cell()
try:
    c.__closure__ = None
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
import types
cell = types.CellType(42)
print(cell.cell_contents, type(cell).__name__)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
empty.cell_contents = "filled"
print(empty.cell_contents)
del empty.cell_contents
try:
    empty.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
print(types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2))
def class_cell():
    class K:
        def m(self):
            return __class__
    return K
K = class_cell()
print(K().m() is K, K.m.__code__.co_freevars, K.m.__closure__[0].cell_contents is K)
