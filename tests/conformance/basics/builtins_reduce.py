# min, max, sum, any, all, abs, len
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("b", "a"), max([1, 2], [1, 3]))
print(min([], default="empty"), max((), default=None), min([3, -4, 2], key=abs), max(["aa", "b", "ccc"], key=len))
print(max([1, 3, 3.0], key=lambda x: x), min([2, 2.0]), max(2.0, 2), max([0, -0.0]))
print(sum([1, 2, 3]), sum([], 10), sum([[1], [2]], []), sum([0.1] * 3), sum(range(5), start=100), sum([1.5, 2]))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a"]), all([1, 0]), any(x > 2 for x in [1, 3]))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(len("abc"), len([1]), len({}), len(range(3)), len(b"xy"), len((1, 2)), len({1, 2, 2}))
for f, args in [(min, ()), (max, ([],)), (min, (1,)), (sum, (["a", "b"],)), (sum, ([1], "")), (abs, ("x",)), (len, (5,)),
                (max, ([1, "a"],)), (min, ([], )), (sum, ((1, None),))]:
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Sized:
    def __len__(self):
        return 7
print(len(Sized()), bool(Sized()))
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
class Abs:
    def __abs__(self):
        return "absolute"
print(abs(Abs()))
vals = [(2, "b"), (1, "z"), (2, "a")]
print(max(vals), min(vals), max(vals, key=lambda v: v[0]), min(vals, key=lambda v: v[1]))
