# min and max over ints, floats and strs as arguments and as a list: ties take the first, NaN and
# signed zeros follow repeated < and >, and mixed or unusual inputs still behave as in CPython.
nan = float("nan")
print(min(3, 1, 2), max(3, 1, 2), min(-5, 5), max(2 ** 70, 1), min(1, 2 ** 70, -2 ** 70))
print(min([4, 8, 1, 9, 1]), max([4, 8, 1, 9, 9]), min([7]), max([-1, -2]))
print(min(1.5, -0.0, 0.0), max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0))
print(min(nan, 1.0, 2.0), min(1.0, nan, 0.5), max(2.0, nan), max(nan, 3.0))
print(min("pear", "apple", "fig"), max("pear", "apple", "fig"), min(["b", "a", "c"]), max(["é", "z", "Z"]))
print(min(["ab", "a", "abc"]), max(["", "a"]), min(["\U0001f600", "\uffff"]), max(["\U0001f600", "\uffff"]))
print(min(1, 2.5, -3), max(True, 0, False), min(False, 0), max(1, True), min([True, 1, 1.0]))
print(min([2.5, nan, 1.0]), max([nan, 2.0]), min([-0.0, 0.0]), max([0.0, -0.0, 0.0]), max([1.5, 3.25, 3.25]))
print(min([3, 2.0, 2]), max([1, "x"] if False else [1, 2]), min(1, 1.0), max(1.0, 1))
a, b = [1], [1]
print(min(a, b) is a, max(a, b) is a, min([a, b]) is a)
print(min(3, 1, key=lambda v: -v), max([3, 1], key=lambda v: -v), min([], default="empty"), max([], default=None))
print(min((5, 2, 8)), max(range(4)), min({3: 0, 1: 0}), max("hello"), min(iter([9, 4, 6])))


class L(list):
    def __iter__(self):
        return iter([100, 200])


print(min(L([1, 2])), max(L([1, 2])))
for bad in [lambda: min([]), lambda: max(), lambda: min(1, "a"), lambda: max([1, "a"]), lambda: min(5),
            lambda: min(1, 2, default=0), lambda: max([nan, "x"])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
big = list(range(1000))
big[500] = -1
print(min(big), max(big), big.index(min(big)))
