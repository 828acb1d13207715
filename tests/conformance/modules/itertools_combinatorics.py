# itertools: product, permutations, combinations, groupby
import itertools
print(list(itertools.product("ab", [1, 2])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.product("ab", repeat=2)), list(itertools.product()), list(itertools.product("a", [])))
print(list(itertools.permutations("abc")), list(itertools.permutations("abc", 2)), list(itertools.permutations([], 0)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(4), 3)), list(itertools.combinations("ab", 3)))
print(sum(1 for _ in itertools.permutations(range(6))), sum(1 for _ in itertools.combinations(range(10), 4)))
data = "aaabccddddx"
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
print([k for k, _ in itertools.groupby(sorted("mississippi"))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in itertools.groupby(sorted(words), key=lambda w: w[0]):
    print(key, list(group))
for key, group in itertools.groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2):
    print(key, list(group))
g = itertools.groupby("aabb")
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))
coins = [1, 5, 10, 25]
ways = sorted({tuple(sorted(c)) for n in range(1, 5) for c in itertools.product(coins, repeat=n) if sum(c) == 30})
print(ways)
print(["".join(p) for p in itertools.permutations("aab")], len(set(itertools.permutations("aab"))))
