# list.sort / sorted: order of comparisons, stability, errors
class K:
    log = []
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        K.log.append((self.tag, other.tag))
        return self.v < other.v

seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 8

def check(vals, name, **kw):
    K.log = []
    ks = [K(v, i) for i, v in enumerate(vals)]
    ks.sort(**kw)
    h = 0
    for a, b in K.log:
        h = (h * 1000003 + a * 7919 + b) % 1000000007
    tags = [k.tag for k in ks]
    print(name, len(vals), len(K.log), h, tags[:8], tags[-4:])

for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 128, 257, 1000, 3001]:
    check([rnd() % 1000 for _ in range(n)], 'rand')
    check([rnd() % 5 for _ in range(n)], 'few')
    check(list(range(n)), 'asc')
    check(list(range(n, 0, -1)), 'desc')
    check([(i * 37) % 101 for i in range(n)], 'saw')
    check([rnd() % 1000 for _ in range(n)], 'rev', reverse=True)
    check([rnd() % 1000 for _ in range(n)], 'key', key=lambda k: -k.v)
    check(list(range(n // 2)) + [rnd() % 100 for _ in range(n - n // 2)], 'half')
    check(sorted([rnd() % 1000 for _ in range(n // 2)]) + sorted([rnd() % 1000 for _ in range(n - n // 2)]), 'tworuns')
    check([rnd() % 50 for _ in range(n // 3)] + list(range(n - n // 3)), 'gallop')

class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13:
            raise ValueError('bad')
        return self.v < o.v
for n in [20, 100, 300]:
    for kw in [{}, {'reverse': True}, {'key': lambda x: x}]:
        l = [Bad((i * 7919) % n) for i in range(n)]
        try:
            l.sort(**kw)
        except ValueError as e:
            print('err', e)
        print(len(l), [x.v for x in l][:30], sum(x.v * i for i, x in enumerate(l)))

l = [3, 'a', 1]
try:
    l.sort()
except TypeError as e:
    print(e)
print(l)
l = list(range(100)) + ['x'] + list(range(50))
try:
    l.sort()
except TypeError as e:
    print(e)
print(l[:5], l[-5:])
print(sorted([3.0, -0.0, 0.0, 1, 2.5, -1]), sorted(['b', 'a', 'B', '', 'ab']), sorted([5, 3, 10 ** 20, -10 ** 20, True, 2.5]))
print(sorted([1, 2, 3], reverse=True), sorted('hello', key=ord, reverse=True), sorted([0.0, -0.0], reverse=True), sorted([-0.0, 0.0]))
pairs = [(rnd() % 10, i) for i in range(500)]
sp = sorted(pairs, key=lambda p: p[0])
print(sp[:5], sp[-3:], sp == sorted(pairs, key=lambda p: p[0], reverse=False))
spr = sorted(pairs, key=lambda p: p[0], reverse=True)
print(spr[:5], spr[-3:])
xs = [rnd() for _ in range(20000)]
ys = sorted(xs)
print(ys[:3], ys[-3:], all(ys[i] <= ys[i + 1] for i in range(len(ys) - 1)), sorted(xs, reverse=True) == ys[::-1])
ws = ['w%d' % (rnd() % 5000) for _ in range(5000)]
print(sorted(ws)[:5], sorted(ws, key=len)[:3])
fs = [(rnd() % 1000) / 7 for _ in range(3000)]
print(sorted(fs)[:3], sorted(fs, reverse=True)[:3])
tup = [((rnd() % 5), 'x' * (rnd() % 3)) for _ in range(300)]
print(sorted(tup)[:6], sorted(tup)[-3:])
mixed = [1, 2.5, 10 ** 30, -3, True, False, 0.5]
print(sorted(mixed), sorted(mixed, reverse=True))
lst = [5, 1, 4]
def key_mutates(x):
    lst.append(x)
    return x
try:
    lst.sort(key=key_mutates)
except ValueError as e:
    print('ValueError', e)
print(lst)
lst = [3, 2, 1]
def cmp_mutates(x):
    return x
class M:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        victim.append(1)
        return self.v < o.v
victim = [M(2), M(1)]
try:
    victim.sort()
except ValueError as e:
    print('ValueError', e)
print([m.v for m in victim])
def boom(x):
    if x == 3:
        raise KeyError(x)
    return x
lst = [1, 5, 3, 2]
try:
    lst.sort(key=boom)
except KeyError as e:
    print('KeyError', e)
print(lst)
for bad in [lambda: [].sort(1), lambda: [].sort(reverse=None), lambda: [2, 1].sort(key=1), lambda: sorted([1], 2), lambda: [1, 2].sort(reverse=1.5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print([].sort(key=1, reverse=2), [2, 1].sort(reverse=1))
