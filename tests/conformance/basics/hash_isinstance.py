# hash of ints/tuples/floats, isinstance/issubclass with tuples
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 20))
print(hash(1.0), hash(1.5), hash(-0.0), hash(0.5), hash(float("inf")), hash(True), hash(None) == hash(None))
print(hash((1, 2)), hash((1, 2, 3)), hash(()), hash((1,)), hash(((1, 2), 3)), hash((1.0, 2)) == hash((1, 2)))
print(hash(frozenset()), hash(range(3)) == hash(range(3)))
for bad in [[], {}, set(), ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance("s", ()), isinstance(True, int))
print(isinstance(1.0, int), isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance(int, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(list, tuple), issubclass(object, type))
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (C, A)), issubclass(C, A), isinstance(B(), (C,)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, [int])
except TypeError as e:
    print(type(e).__name__, e)
print(type(1) is int, type(True) is int, type(True) is bool, type(type) is type, type(None).__name__)
