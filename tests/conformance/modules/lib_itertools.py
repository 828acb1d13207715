# itertools: every tool, reprs, laziness, groupby's grouper invalidation, islice argument checks
import itertools as it

def take(n, iterable):
    return list(it.islice(iterable, n))

c = it.count(5)
print(take(3, c), repr(c), repr(it.count(2.5, 0.5)), repr(it.count(0, 1.0)), repr(it.count(-1, -1)), take(3, it.count(1, 0.25)))
r = it.repeat("ab", 3)
print(repr(r), next(r), repr(r), list(r), repr(r), repr(it.repeat(None)), list(it.repeat(1, -2)), repr(it.repeat(7, times=2)))
print(r.__length_hint__(), it.repeat(0, 4).__length_hint__(), take(4, it.cycle("xy")), list(it.cycle("")))
print(list(it.accumulate(range(1, 6))), list(it.accumulate([2, 3, 1], lambda a, b: a * b)), list(it.accumulate([], initial=7)), list(it.accumulate("xyz", initial="_")))
ch = it.chain([1], (), "ab")
print(next(ch), list(ch), list(it.chain.from_iterable([[1, 2], "c", range(2)])), take(3, it.chain.from_iterable(it.repeat("ab"))))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.compress("ab", it.count())), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a", None])), list(it.filterfalse(lambda x: x % 2, range(7))), list(it.starmap(pow, [(2, 3), (3, 2)])))
print([(k, list(g)) for k, g in it.groupby("aaabccdaa")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(it.groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
gb = it.groupby("xxyy")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), list(gb))
print(list(it.islice("abcdefg", 2, 6, 2)), list(it.islice("abc", None)), list(it.islice("abcdef", 1, None)), list(it.islice(it.count(), 3, 10, 3)))
for args in [(-1,), (1, -5), ("1",), (0, 5, 0), (0, 5, -1), (None, None, "x"), (1, 2, 3, 4), ()]:
    try:
        it.islice("abc", *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t1, t2, t3 = it.tee(iter([1, 2, 3]), 3)
print(next(t1), next(t1), list(t2), list(t1), list(t3), it.tee("ab", 0), type(it.tee("x")[0]).__name__)
a, b = it.tee(range(4))
c, d = it.tee(a)
print(next(a), list(c), list(d), list(b), list(a))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue=0)), list(it.zip_longest()), list(it.zip_longest("a", "", "bc")))
print(list(it.product("ab", [0, 1])), list(it.product([1, 2], repeat=2)), list(it.product()), list(it.product("ab", [])))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))), list(it.permutations("ab", 3)), list(it.permutations([])))
print(list(it.combinations("abcd", 3)), list(it.combinations(range(3), 0)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("a", 0)))
print(list(it.pairwise("abcd")), list(it.pairwise("a")), list(it.pairwise([])))
for bad in [lambda: it.permutations("ab", -1), lambda: it.combinations("ab", -2), lambda: it.product("a", repeat=-1),
            lambda: it.tee([], -1), lambda: it.count("a"), lambda: it.chain(x=1), lambda: it.repeat(1, 2.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
lazy = it.chain([1], 5)
print(next(lazy))
try:
    next(lazy)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(it.count(), it.count), iter(c) is c, type(it.chain).__name__, [type(x).__name__ for x in (it.count(), it.cycle(""), it.islice("", 1))])
squares = it.accumulate(it.count(1, 2))
print(take(5, squares), sum(it.islice(it.count(), 100)), dict(it.zip_longest("abc", range(2))))
