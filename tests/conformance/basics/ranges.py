# range objects
r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::3], list(r[1:8:2]))
print(range(5, 0, -1), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(3, 3)), list(range(5, 1)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(0)), len(range(-5, 5)))
print(5 in r, 10 in r, -1 in r, 3.0 in r, "a" in r)
print(r.index(4), range(0, 20, 5).index(15), r.count(3), range(0, 10, 2).count(3))
print(range(1, 10, 2) == range(1, 11, 2), range(0) == range(5, 5), range(3) == range(0, 3, 1))
print(repr(range(0, 10, 2)), str(range(-3, 3)), range(10)[-3:], range(10)[::-2])
print(range(2 ** 100)[-1], len(range(0, 2 ** 64, 2 ** 32)))
print(r.start, r.stop, r.step, range(1, 2, 3).step)
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(range(-2, 2)), [i * i for i in range(4)], tuple(range(0)))
for args in [(1, 2, 0), (1.5,), ("a",)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
