# UnboundLocalError and free-variable NameError messages
x = "global x"
def assigns_later():
    print(x)
    x = "local"
try:
    assigns_later()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def augmented():
    x += 1
try:
    augmented()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        y = "set"
    return y
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_var_unbound():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    z = 1
print(free_var_unbound())
def free_after_del():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
free_after_del()
def deleted_local():
    w = 1
    del w
    try:
        print(w)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        del w
    except UnboundLocalError as e:
        print(type(e).__name__, e)
deleted_local()
def loop_var_unbound():
    for i in []:
        pass
    return i
try:
    loop_var_unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def except_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    except_var_cleared()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    print(undefined_global_name)
except NameError as e:
    print(type(e).__name__, e, isinstance(e, UnboundLocalError))
def uses_undefined():
    return also_undefined
try:
    uses_undefined()
except NameError as e:
    print(type(e).__name__, e)
def class_body():
    val = "enclosing"
    class K:
        print("class body reads enclosing:", val)
    class L:
        try:
            print(val)
        except NameError as e:
            print("class body that assigns:", type(e).__name__, e)
        val = "class attr"
        print("then:", val)
    return L.val
print(class_body())
def cell_in_class():
    c = 1
    class K:
        def m(self):
            return c
    del c
    try:
        K().m()
    except NameError as e:
        print(type(e).__name__, e)
cell_in_class()
print(issubclass(UnboundLocalError, NameError))
