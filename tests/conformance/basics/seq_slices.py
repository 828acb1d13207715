# slicing lists, tuples, ranges; slice objects
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = list(range(10))
for s in [slice(None), slice(2, 5), slice(None, None, -1), slice(1, None, 3), slice(-3, None), slice(8, 2, -2),
          slice(100, None), slice(-100, 2), slice(None, -100, -1), slice(5, 5), slice(7, 3), slice(-1, -5, -1), slice(None, None, 4)]:
    print(s, l[s], tuple(l)[s], range(10)[s], list(range(10)[s]) == l[s])
print(l[2:8:-1], l[::-2], l[-2::-3], l[3:-3], l[:-1])
m = l[:]
m[2:5] = ['a', 'b']
print(m)
m[1:1] = [100, 200]
m[:2] = []
m[-1:] = 'xyz'
m[len(m):] = [0]
print(m)
m[5:2] = [7]
print(m)
n = list(range(10))
n[::2] = 'ABCDE'
print(n)
n[::-3] = [None] * 4
print(n)
n[1:3] = n
print(n)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[::-2]
print(d)
del d[:]
print(d)
def f1():
    x = [1, 2, 3]
    x[0:2] = 5
def f2():
    x = [1, 2, 3]
    x[::2] = 5
def f3():
    x = [1, 2, 3]
    x[::2] = [5]
def f4():
    x = [1, 2, 3]
    x[5] = 1
def f5():
    x = [1, 2, 3]
    del x[5]
def f6():
    x = [1, 2]
    x[::0]
def f7():
    x = (1, 2)
    del x[0]
def f8():
    x = (1, 2)
    x[0] = 1
for f in [f1, f2, f3, f4, f5, f6, f7, f8]:
    t(f)
t(lambda: [1, 2]['a':])
t(lambda: [1, 2][1.5:])
print([1, 2, 3][True:], [1, 2, 3][:10**30], [1, 2, 3][-10**30:], (1, 2, 3)[::10**30])

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(1, 2), slice(None, None, None), slice('a', [], 1.5))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7), slice(1, 2).indices(0))
print(slice(-10**30, 10**30, -3).indices(10), slice(1, 2).indices(10**30))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1, 2) != (1, 2), slice(None) <= slice(None))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(x=1))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1, 2).indices('a'))
t(lambda: slice('a', 2).indices(3))
t(lambda: hash(slice(1, 2)))
t(lambda: slice(1) < slice('a'))
print(type(slice(1)).__name__, slice.__hash__)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(l[Idx(2):Idx(-2):Idx(3)], l[Idx(3)], (1, 2, 3)[Idx(-1)], range(10)[Idx(4)], slice(Idx(1), None).indices(4))
