L = [10, 20, 30]
for i, v in enumerate(L): print(i, v)
for a, b in zip(L, "xyz"): print(a, b)
for a, b in zip(L, (1, 2)): print(a, b)
for x in reversed(L): print(x)
for x in reversed((1, 2)): print(x)
print(list(enumerate("ab")), list(zip([1], [2], [3])), list(enumerate(iter([5, 6]))))
e = enumerate([1, 2]); print(next(e), list(e), list(e))
z = zip([1, 2, 3], [4]); print(list(z), list(z))
def gen():
    yield 1; yield 2
print(list(enumerate(gen())), list(zip(gen(), gen())))
try:
    enumerate(5)
except TypeError as ex: print(ex)
try:
    zip([1], 5)
except TypeError as ex: print(ex)
try:
    reversed(5)
except TypeError as ex: print(ex)
print(type(reversed([1])).__name__, type(enumerate([])).__name__, type(zip([], [])).__name__)
import sys
e = enumerate([1, 2], sys.maxsize - 1); print(list(e))
def f(n):
    t = 0
    for k in range(n):
        for i, v in enumerate(L):
            t += i * v
        for a, b in zip(L, L):
            t += a - b
        for x in reversed(L):
            t += x
    return t
print(f(3000))
