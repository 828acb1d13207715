for f in (lambda: list(5), lambda: tuple(5), lambda: list(None), lambda: tuple("ab"), lambda: list("ab"), lambda: list({1:2}), lambda: tuple(x for x in range(3)), lambda: range(1.5), lambda: range(1, 2, 0), lambda: int(float("nan")), lambda: int(1e300), lambda: float(10**400), lambda: str(-5), lambda: int(True), lambda: float(3), lambda: range(True), lambda: tuple(iter([1,2]))):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class L(list): pass
print(type(list(L([1]))), type(tuple(L([1]))))
# the same call sites many times, with argument kinds that change
def mk(n):
    return range(n), tuple([n, n]), list((n,)), str(n), int(n), float(n)
for v in [1, 2, True, 3]:
    print(mk(v))
for v in [1.5, "x", [1], (2,)]:
    for f in (tuple, list, str, float, int, range):
        try:
            print(f.__name__, repr(f(v)))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
print(set(), dict(), list(), range(5, 1, -2), list(range(5, 1, -2)))
