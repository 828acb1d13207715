# functools.partial: argument merging, attributes, nesting, repr
import functools
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_of_2 = functools.partial(power, 2)
print(square(5), square(5, exp=3), cube_of_2(10), cube_of_2(10, mod=1000))
print(square.func is power, square.args, square.keywords, cube_of_2.args, cube_of_2.keywords)
def show(*args, **kwargs):
    return args, kwargs
p = functools.partial(show, 1, 2, a="A")
print(p(), p(3, b="B"), p(a="override"))
pp = functools.partial(p, 0, c="C")
print(pp(), pp.func is show, pp.args, pp.keywords)
print(repr(functools.partial(len, "abc")), functools.partial(len, "abc")())
try:
    square()
except TypeError as e:
    print(type(e).__name__, e)
try:
    square(2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.partial(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.partial()
except TypeError as e:
    print(type(e).__name__, e)
int_base2 = functools.partial(int, base=2)
print(int_base2("1010"), int_base2("11", base=10))
print(list(map(functools.partial(power, exp=3), [1, 2, 3])))
p.attr = "partials accept attributes"
print(p.attr, type(p).__name__, callable(p))
class C:
    def method(self, x, y):
        return (type(self).__name__, x, y)
    pm = functools.partialmethod(method, 1)
    pfunc = functools.partial(method, "not bound")
print(C().pm(2), C().pfunc(None, 5))
bound = functools.partial(C().method, "x")
print(bound("y"))
sorted_desc = functools.partial(sorted, reverse=True)
print(sorted_desc([3, 1, 2]), sorted_desc("bca", key=str.upper))
def kw_only(*, a, b):
    return a - b
print(functools.partial(kw_only, b=1)(a=10))
