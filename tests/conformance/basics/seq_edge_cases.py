# sequence edge cases: self-assignment, mutation during iteration, NaN identity, reflected operators
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
n = [1, 2, 3]; n[::-1] = n; print(n)
x = [1, 2]; x[5:] = [9]; x[-100:-50] = [0]; print(x)
x = [1, 2, 3]; x *= 1; print(x)
nan = float('nan'); print([nan] == [nan], [float('nan')] == [float('nan')], (nan,) == (nan,), nan in [nan], [nan].count(nan), [nan].index(nan))
print([1, 2] * True, (1,) * False, range(5)[True], [1, 2, 3][True:], list.__new__(list), list.__new__(list, 1, 2, x=3))
a = [1]; a.extend(a); a += a; print(a)
print(tuple(reversed((1, 2))), [1, 2, 3].index(3, -100), [1, 2, 3].index(1, -3, 10**30), [1, 2, 3].index(2, True))
l = [1, 2, 3]
for v in l:
    if v < 5:
        l.append(v + 3)
print(l)
l = [1, 2, 3, 4]
it = reversed(l)
next(it)
l.pop(); l.pop()
print(list(it))
l = [5, 6]
it = iter(l)
print(next(it), next(it))
l.append(7)
print(list(it))
print([[]] * 3, [0] * 0, [1, 2][:] is not None)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print('eq', self.v, getattr(o, 'v', o)); return self.v == getattr(o, 'v', o)
print([Eq(1), Eq(2)].index(2), [Eq(1), Eq(2)].count(Eq(2)), Eq(3) in [1, 2, 3], [Eq(1)] == [Eq(1)], (Eq(1), 2) == (1, 2))
l = [Eq(1), Eq(2)]; l.remove(Eq(2)); print(len(l))
print([1, 2, 3] < [1, 2, 3, 4], [1, 2, 3] > [1, 2], (1, 2) <= (1, 2), (1, 2) >= (1, 3))
print([(1, 'b'), (1, 'a'), (0, 'z')] < [(1, 'b')], sorted([(1, 'b'), (1, 'a'), (0, 'z')]), max([(1, 2), (1, 3)]))
t(lambda: [(1, 'a'), (1, 2)].sort())
t(lambda: sorted([(1, 2), (1, None)]))
t(lambda: [1, 2] + None)
t(lambda: None + [1])
t(lambda: [1].__iadd__(None))
t(lambda: (1,) + None)
class R:
    def __radd__(self, o): return 'radd'
    def __rmul__(self, o): return 'rmul'
print([1] + R(), (1,) + R(), [1] * R(), (1, 2) * R())
l = [3, 1, 2]
print(l.sort(), l, l.sort(reverse=True), l)
l = ['b', 'A', 'c']
l.sort(key=len); print(l)
print(sorted([[2], [1, 5], [1]]), sorted([(2,), (1, 5), (1,)], reverse=True))
print(list(range(10))[::3], list(range(10))[1::-1], list(range(5))[-1:-6:-2])
m = list(range(10)); del m[-2::-3]; print(m)
m = list(range(10)); m[1:9:2] = 'abcd'; print(m)
m = list(range(5)); m[10:20] = 'xy'; print(m)
m = list(range(5)); m[3:1] = 'xy'; print(m)
m = list(range(5)); m[:] = (); print(m)
print(range(10)[-3:], range(10)[::-1][2], list(range(10)[3:8][::-2]), range(5)[5:], range(-5)[:])
print(range(0, 10, 3) == range(0, 11, 3), range(0, 10, 3) == range(0, 12, 3), hash(range(0, 10, 3)) == hash(range(0, 11, 3)))
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) == slice(1, 2, None), slice(1, [2]) == slice(1, [2]))
t(lambda: slice(1, 2) < slice(1, 'a'))
print([1, 2, 3, 4][slice(1, 3)], (1, 2, 3)[slice(None, None, -1)], 'abc'[slice(1, None)])
