# is vs ==, identity of singletons, `in` on containers, sequence repetition
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, c == b)
print(None is None, type(None)() is None, ... is Ellipsis, NotImplemented is NotImplemented)
t1, t2 = (), tuple([])
print(True is (1 == 1), t1 == t2, frozenset() == frozenset())
x = 1000
y = x
print(x is y, x == 1000)
class Eq:
    def __eq__(self, other):
        return True
e = Eq()
print(e == 1, e is x, e in [1, 2], [e] == [2], e != 3)
class NeverEq:
    def __eq__(self, other):
        return False
n = NeverEq()
print(n == n, n in [n], [n] == [n], n in (n,), [n].count(n), [n].index(n))
print(2 in [1, 2], 2 in (1, 2), 2 in {2}, 2 in {2: "v"}, "v" in {2: "v"}, "ell" in "hello", b"l" in b"hello", 3 in range(5))
print(1 in [1.0], 1.0 in {1}, "a" in ["abc"], [1] in [[1], [2]], (1,) in {(1,): 0})
print([1, 2] * 2, (0,) * 3, "ab" * 3, b"x" * 2, [[]] * 2, 0 * [1])
print(3 * [1] == [1] * 3, [] * 10)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in {1})
except TypeError as e:
    print(type(e).__name__, e)
class OnlyIter:
    def __iter__(self):
        return iter([5, 6])
print(5 in OnlyIter(), 7 in OnlyIter())
print(id(a) == id(c), id(a) == id(b))
