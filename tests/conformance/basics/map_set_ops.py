# set and frozenset: CPython's table order for small ints, set algebra, errors.
# Sets of ints are printed directly: their order follows CPython's hash table exactly.
print({5, 3, 1}, {8, 0, 16, 24}, set([-1, -2, 7]), set(range(20, 0, -3)), frozenset([33, 1, 65, 97]))
print(set(), frozenset(), set([]), frozenset(()), set("aaa"), set({3: 0, 1: 0}), set(frozenset({2})))
s = set(range(5))
s.add(32)
s.remove(1)
s.remove(3)
s.add(64)          # goes to the last free (dummy) slot on its probe sequence
print(s, len(s))
s = {1, 2, 3}
while s:
    print(s.pop(), end=" ")
print(s)
s = set(range(100, 140))
print([s.pop() for _ in range(5)], len(s))

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union([9], (10,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference(range(3)))
print(a.union(), a.intersection(), a.difference(), a.union(a), a & a, a - a, a ^ a)
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
print(a == {4, 3, 2, 1}, a != {1}, a == frozenset(a), frozenset(a) == a, a == [1, 2, 3, 4], set() == frozenset())
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 8}
c -= {1}
c ^= {2, 10}
print(c)
c.update([5, 6], (7,), {8: 0})
c.intersection_update(range(7), [4, 5, 6, 99])
print(c)
c.difference_update([4], {5})
c.symmetric_difference_update([6, 7, 7])
print(c, c.copy(), c.copy() is c)

# frozenset
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, type(f.copy()).__name__, f.copy() is f)
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "frozen"}[frozenset({1, 2, 3})], frozenset(f) is f)
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset(range(10))), hash(frozenset({-1, 2 ** 62})))
print({frozenset({1, 2}), frozenset({2, 1})}, {1, 2} in {frozenset({1, 2})}, {9} in {frozenset({1})})
nested = {frozenset({1}), frozenset({2})}
nested.remove({1})
nested.discard({2})
print(nested)

# mixed number types compare equal and hash equal
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {1.5, 2, 2.0}, 2.0 in {2}, 1 in {True}, 2 ** 70 in {2 ** 70})

# errors
for op in (lambda: {[1]}, lambda: set().pop(), lambda: {1} + {2}, lambda: {1} < [1], lambda: {1}.remove(2),
           lambda: frozenset().add(1), lambda: set(1), lambda: set([1], [2]), lambda: {1} | [2], lambda: {1} & 3,
           lambda: [] in {1}, lambda: hash({1}), lambda: {{1}: 2}, lambda: set(x=1), lambda: {1}.remove((1, 2)),
           lambda: frozenset(1, 2), lambda: {1}.update(5), lambda: {1}.issubset(5)):
    try:
        print(op())
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)

# iteration and mutation
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
for x in s:
    s.discard(x)
    s.add(x)        # same size: no error
print(s)

# subclasses keep their type for in-place ops; binary ops return the base type
class MySet(set):
    pass
m = MySet([3, 1])
m |= {2}
print(m, type(m).__name__, type(m | {1}).__name__, type(m.copy()).__name__, MySet.__name__, isinstance(m, set))
class Frozen(frozenset):
    pass
fz = Frozen([1, 2])
print(fz, type(fz | {3}).__name__, type(fz.copy()).__name__, fz == {1, 2}, hash(fz) == hash(frozenset({1, 2})))
print(set.__hash__, frozenset.__hash__ is not None)

# recursive repr of a set subclass holding itself is not possible (unhashable), but of a set in a list:
s = {1}
print([s, [s]], repr(frozenset({frozenset()})))

# pseudo-random workload: the printed tables must match CPython's layout exactly
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n

def rset(maxn, span):
    s = set()
    for _ in range(rnd(maxn)):
        s.add(rnd(span) - span // 8)
    return s

for step in range(300):
    span = (8, 16, 40, 100, 1000, 100000)[rnd(6)]
    a = rset(40, span)
    b = rset(40, span)
    for _ in range(rnd(12)):
        x = rnd(span)
        a.discard(x)
        if rnd(3) == 0:
            a.add(x + span)
    op = rnd(24)
    if op == 0: r = a | b
    elif op == 1: r = a & b
    elif op == 2: r = a - b
    elif op == 3: r = a ^ b
    elif op == 4: a |= b; r = a
    elif op == 5: a &= b; r = a
    elif op == 6: a -= b; r = a
    elif op == 7: a ^= b; r = a
    elif op == 8: r = a.union(list(b), range(rnd(10)))
    elif op == 9: r = a.intersection(list(b), b)
    elif op == 10: r = a.difference(list(b), {1, 2})
    elif op == 11: r = a.symmetric_difference(list(b))
    elif op == 12: a.update(b, [7, 8]); r = a
    elif op == 13: a.intersection_update(b); r = a
    elif op == 14: a.difference_update(list(b)); r = a
    elif op == 15: a.symmetric_difference_update(dict.fromkeys(b)); r = a
    elif op == 16: r = frozenset(a) | b
    elif op == 17: r = b - frozenset(a)
    elif op == 18: r = a.copy()
    elif op == 19:
        r = set(a)
        if r:
            r.pop()
    elif op == 20: r = a.difference(dict.fromkeys(b))
    elif op == 21: r = a.intersection(range(span // 2))
    elif op == 22: r = set(dict.fromkeys(a))
    else:
        r = a.copy()
        for x in b:
            r.add(x * 7)
    rr = set(r)
    pops = []
    while len(pops) < 3 and rr:
        pops.append(rr.pop())
    print(step, op, r, len(r), pops, a <= b, a < b, a >= b, a == b, a.isdisjoint(b), b.issubset(a), a.issuperset(list(b)))
    if step % 50 == 0:
        print(hash(frozenset(r)), hash(frozenset(a)) == hash(frozenset(list(a))))

# large tables (the growth factor changes above 50000 elements)
big = set()
for i in range(0, 240000, 3):
    big.add(i * 8)
for i in range(0, 240000, 6):
    big.discard(i * 8)
pops = []
for _ in range(5):
    pops.append(big.pop())
print(len(big), pops, hash(frozenset(big)), len(big & set(range(0, 100000, 12))), len(big - {24, 48}))
