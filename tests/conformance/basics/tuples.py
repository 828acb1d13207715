# tuple operations
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], len(t), t + (4,), t * 2, (0,) * 0)
print(type(()), (), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t.index(2), t.count(2), (1, 1, 2).count(1), 2 in t, 5 not in t)
x = 1, 2
print(x, type(x).__name__)
a, b = b, a = 1, 2
print(a, b)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) + ("a",), ((1, 2), (3,)))
nested = ((1, [2, 3]), "x")
nested[0][1].append(4)
print(nested)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pt"}[(1, 2)])
print(max((3, 1), (2, 5)), sorted([(2, "b"), (1, "z"), (2, "a")]), sum((1, 2, 3)))
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
t2 = t
t2 += (4,)
print(t, t2, t is t2)
