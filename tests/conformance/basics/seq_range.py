# range objects
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -4)]:
    print(r, len(r), list(r), bool(r), r.start, r.stop, r.step, list(reversed(r)))
r = range(1, 20, 3)
print(r[0], r[-1], r[2], r[::-1], r[2:], r[1:5:2], r[::-2], r[100:], range(10)[2:5:2], range(10)[-100:100:3])
print(7 in r, 8 in r, 19 in r, 20 in r, -2 in r, 4.0 in r, 'x' in r, True in range(2), 2 ** 70 in r)
print(r.index(10), r.count(10), r.count(11), r.count(4.0), range(5).index(True))
print(range(0) == range(5, 5), range(0) == range(4, 2, 7), range(1, 2) == range(1, 10, 20), range(0, 10, 2) == range(0, 9, 2), range(3) == range(0, 3), range(3) != range(4), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 9, 10)), hash(range(3)) == hash(range(0, 3, 1)), hash(range(3)) == hash((3, 0, 1)))
print({range(3): 'a'}[range(0, 3)])
big = range(10 ** 20, 10 ** 20 + 10, 3)
print(big, len(big), list(big), big[-1], 10 ** 20 + 3 in big, 10 ** 20 + 4 in big, big.index(10 ** 20 + 9), list(reversed(big)))
huge = range(10 ** 30)
print(huge[10 ** 29], huge[-1], 10 ** 29 in huge, bool(huge), huge[5:10], huge[::10 ** 29][3])
neg = range(-(2 ** 63), 2 ** 63, 2 ** 62)
print(list(neg), len(neg), list(reversed(neg)), 0 in neg, 1 in neg)
e = range(9223372036854775807 - 2, 9223372036854775807)
print(list(e), list(reversed(e)), e[-1])
it = iter(range(3))
print(next(it), list(it), list(it))
total = 0
for i in range(1000):
    total += i
print(total, sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))), [i * i for i in range(-2, 3)])
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), list(range(I())))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(x=1))
t(lambda: range(1.5))
t(lambda: range(1, 2.5))
t(lambda: range(1, 2, 0))
t(lambda: range('a'))
t(lambda: len(range(10 ** 20)))
t(lambda: range(10)[10])
t(lambda: range(10)[-11])
t(lambda: range(10)['a'])
t(lambda: range(3).index(5))
t(lambda: range(3).index('a'))
t(lambda: range(3) < range(4))
t(lambda: range(3) + range(2))
t(lambda: range(3) * 2)
t(lambda: range(0, 10, 2).index(3))
print(type(range(1)).__name__, type(iter(range(1))).__name__, type(reversed(range(1))).__name__, range.__reduce__(range(1, 4)) == (range, (1, 4, 1)))
