# tuple methods, operators, subclasses
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = (1, 2, 3)
print(a, (), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple(x for x in 'xyz'), tuple(a) is a)
print(a + (4,), a * 2, 2 * a, a * 0, () * 5, a[1], a[-1], a[1:], a[::-1], len(a), a.index(2), a.count(2), a.count(9))
print(a == (1, 2, 3), a != (1, 2), a < (1, 2, 4), a < (1, 2), (1, 2) < a, (2,) > a, () < (0,), a <= a, a >= (1, 2, 3, 0))
print(a == [1, 2, 3], (1, (2, [3])) == (1, (2, [3])), 2 in a, 5 in a, (1, 2) in [(1, 2)])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 'a', (2.0, None))) == hash((1, 'a', (2, None))))
print({(1, 2): 'x'}[(1, 2)], a.__getnewargs__(), (5,).__len__(), a.__contains__(3))
x, y, *z = (1, 2, 3, 4)
print(x, y, z)
it = iter((1, 2))
print(next(it), next(it), next(it, 'done'), list(reversed(a)))
print(tuple.__hash__ is not None, (1, 2).__add__((3,)), (1,).__mul__(3), (1,).__rmul__(2))

class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'P(%r, %r)' % self
p = P(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), type(p).__name__, type(p + (5,)).__name__, type(p[:]).__name__, type(p * 1).__name__, tuple(p), hash(p) == hash((3, 4)))
print(isinstance(p, tuple), sorted([P(2, 1), P(1, 5)]))
class T2(tuple):
    pass
t2 = T2([1, 2])
print(t2, type(t2).__name__, T2(), t2 == (1, 2), tuple(t2) == t2, type(tuple(t2)).__name__)

t(lambda: a[3])
t(lambda: a['x'[0]])
t(lambda: a.index(5))
t(lambda: a.index())
t(lambda: a.index(1, 'a'))
t(lambda: a + [4])
t(lambda: a * 'x')
t(lambda: a < [1])
t(lambda: (1, 'a') < (1, 2))
t(lambda: hash((1, [2])))
t(lambda: tuple(1, 2))
t(lambda: tuple(x=1))
t(lambda: tuple(5))
t(lambda: a.count())
