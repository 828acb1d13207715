# set and frozenset operations. Results with several elements are printed via
# sorted() so that the expected output does not depend on hash-table layout.
S = sorted
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a, b, {1}, set(), frozenset({2}))
print(S(a | b), S(a & b), S(a - b), S(b - a), S(a ^ b))
print(S(a.union([9])), S(a.intersection(b, {4})), S(a.difference([1], [2])), S(a.symmetric_difference(range(3))))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(S(s), len(s))
s.update([5, 6], (7,))
s.discard(99)
s.discard(5)
s.remove(6)
print(S(s))
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop() in {1, 3, 7}, len(s))
s.clear()
print(s)
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 8}
c -= {1}
c ^= {2, 10}
print(S(c))
f = frozenset([3, 1, 2])
print(S(f), S(f | {9}), type(f | {9}).__name__, type({9} | f).__name__, hash(f) == hash(frozenset([1, 2, 3])))
print({f: "frozen"}[frozenset({1, 2, 3})], f == {1, 2, 3})
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
print(S({x % 3 for x in range(10)}), set("aab") == {"a", "b"}, S({"pear", "apple", "fig"}))
print(set([1, 2]) == frozenset([1, 2]), S({1, 2}.copy()), len({1, 1.0, True}), {(1, 2), (1, 2)})
print(S(set(range(5)) - set(range(0, 5, 2))), 3 in frozenset(range(5)), 2.0 in {2}, [] in {1} if False else "skip")
try:
    print([] in {1})
except TypeError as e:
    print(type(e).__name__, e)
