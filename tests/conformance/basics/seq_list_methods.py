# list methods, operators and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 2]
l.append(4)
l.extend((5, 6))
l.extend(x * 10 for x in range(3))
l.insert(0, 'a')
l.insert(-1, 'b')
l.insert(100, 'c')
l.insert(-100, 'd')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(2), l.index(2, 2), l.count(2), l.count('zz'))
l.remove('a')
print(l)
l.reverse()
print(l)
c = l.copy()
c.clear()
print(c, len(l))
print([1, 2] + [3], [1, 2] * 3, 3 * [0], [1] * -2, [] * 100)
a = [1, 2]
b = a
a += (3, 4)
a += "xy"
a *= 2
print(a, b is a)
a *= 0
print(a, b)
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [], [1] >= [1, 0])
print([1, 2] == (1, 2), [[1, [2]]] == [[1, [2]]])
print(1 in [1, 2], 3 in [1, 2], 'x' not in ['x'], [1] in [[1]])
print(list(), list('abc'), list(range(4)), list((1, 2)), list({1: 2}), list(reversed([1, 2, 3])))
print(len([]), len([None] * 7), bool([]), bool([0]))
x = [1, 2, 3]
x[1] = 20
x[-1] = 30
del x[0]
print(x)
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
r = reversed([1, 2, 3])
print(next(r), list(r))
nested = [1, [2, 3]]
nested.append(nested)
print(nested)

class L(list):
    def extra(self):
        return len(self) * 2
m = L([1, 2, 3])
print(m, m.extra(), type(m).__name__, type(m + [4]).__name__, type(m[:1]).__name__, type(m * 2).__name__, type(m.copy()).__name__)
print(m == [1, 2, 3], isinstance(m, list), sorted(m, reverse=True))
class L2(list):
    def __init__(self, n):
        super().__init__(range(n))
print(L2(4), len(L2(0)))

t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop('a'))
t(lambda: [1].pop(10**30))
t(lambda: [1].insert('a', 1))
t(lambda: [1].insert(1))
t(lambda: [1].index(5))
t(lambda: [1].index('a'))
t(lambda: [1].index(1, 'a'))
t(lambda: [1].index())
t(lambda: [1, 2, 3].index(3, 0, 2))
t(lambda: [1, 2, 3].index(3, -1))
t(lambda: [1].remove(5))
t(lambda: [] + ())
t(lambda: [1] * 'a')
t(lambda: [1] * 2.0)
t(lambda: [].extend(1))
t(lambda: [] < ())
t(lambda: [1, 'a'] < [1, 2])
t(lambda: hash([]))
t(lambda: {[]: 1})
t(lambda: list(1, 2))
t(lambda: list(x=1))
t(lambda: list(1))
t(lambda: [1][10])
t(lambda: [1][-2])
t(lambda: [1]['a'[0]])
t(lambda: [1] * 10**20)
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: [].count())
print(list.__hash__, [].__len__(), [5].__getitem__(0), [1].__contains__(1), [1, 2].__add__([3]))
print([1].__eq__((1,)), [1].__lt__(1), [1, 2].__mul__(2), [1, 2].__rmul__(2))
print(list.__sizeof__([]) > 0, [].__class__ is list)
