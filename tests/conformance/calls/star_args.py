# *args collection and * unpacking at call sites
def f(*args):
    return type(args).__name__, args
print(f(), f(1), f(1, 2, 3), f(*[]), f(*[1, 2]), f(*"ab", *(3,), 4))
def g(a, b, *rest):
    return a, b, rest
print(g(1, 2), g(1, 2, 3, 4), g(*range(5)), g(*[1], *[2], *[3]))
def gen():
    yield "x"
    yield "y"
print(f(*gen()), f(*{"k": 1, "j": 2}), f(*{3: 0}.values()), f(*range(0)))
print(g(*iter([1, 2, 3])))
print(max(*[3, 7, 5]), print(*["printed", "by", "star"], sep="-"))
def count(*args):
    return len(args)
big = list(range(1000))
print(count(*big), count(*big, *big))
def first_and_rest(first, *rest):
    return first, list(rest)
print(first_and_rest(*"hello"))
class It:
    def __iter__(self):
        return iter([10, 20])
print(f(*It()))
class Seq:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError
        return i * 100
print(f(*Seq()))
args = [1, 2]
def modify(*a):
    return a
t = modify(*args)
args.append(3)
print(t, args)
def varargs_default(a, b=2, *args):
    return a, b, args
print(varargs_default(1), varargs_default(1, 3), varargs_default(1, 3, 5))
print(f(*[*range(2), *"z"]))
