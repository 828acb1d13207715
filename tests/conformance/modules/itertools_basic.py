# itertools: count, islice, chain, repeat, cycle, zip_longest, accumulate
import itertools
import operator
print(list(itertools.islice(itertools.count(), 5)), list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.count(1.5, 0.5), 3)), list(itertools.islice(range(100), 10, 20, 3)))
print(list(itertools.islice("abcdef", 2)), list(itertools.islice("abcdef", 2, None)), list(itertools.islice("abc", 0)))
print(list(itertools.chain("ab", [1, 2], (3,))), list(itertools.chain.from_iterable(["xy", "z"])), list(itertools.chain()))
print(list(itertools.repeat("x", 3)), list(itertools.islice(itertools.repeat(7), 2)), list(map(pow, range(4), itertools.repeat(2))))
print(list(itertools.islice(itertools.cycle("abc"), 8)), list(itertools.cycle([])))
print(list(itertools.zip_longest("abc", [1])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3, 4], operator.mul)),
      list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2], initial=100)))
print(list(itertools.accumulate("abc")), list(itertools.accumulate([])), list(itertools.accumulate([5], initial=1)))
print(list(zip(itertools.count(1), "xyz")), dict(zip("ab", itertools.repeat(0))))
c = itertools.count(3)
print(next(c), next(c), repr(c))
try:
    list(itertools.islice("abc", -1))
except ValueError as e:
    print(type(e).__name__, e)
it = iter(range(10))
print(list(itertools.islice(it, 3)), list(itertools.islice(it, 3)), next(it))
