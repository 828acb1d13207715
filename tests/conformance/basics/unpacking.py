# Iterable unpacking in assignments and for loops
a, b = 1, 2
a, b = b, a
print(a, b)
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), c = "ab", "c"
print(a, b, c)
[a, [b, *c]], d = [1, [2, 3, 4]], 5
print(a, b, c, d)
x = y = z = [0]
print(x is z)
first, second = {"k1": 1, "k2": 2}
print(first, second)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for *init, last in [(1, 2, 3), (4,)]:
    print(init, last)
l = [0, 0, 0]
i = 0
i, l[i] = 1, 9
print(i, l)
print([*range(3), *"ab"], (*[1], *[2]), {*[1, 1]}, {**{"a": 1}, "b": 2, **{"a": 3}})
t = *range(2), 5
print(t)
for src in [[1], [1, 2, 3], 5, []]:
    try:
        p, q = src
        print(p, q)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p, q, *r = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    (p, q), r = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
    yield 4
try:
    p, q = gen()
except ValueError as e:
    print(type(e).__name__, e)
m, n = gen.__name__, len("ab")
print(m, n)
