# list slicing, slice assignment and deletion
l = list(range(10))
print(l[2:5], l[::-1], l[::3], l[-3:], l[8:2:-2], l[100:], l[-100:2])
m = l[:]
m[2:5] = ["a", "b"]
print(m)
m[1:1] = [100, 200]
print(m)
m[:2] = []
print(m)
m[-1:] = "xyz"
print(m)
m[len(m):] = [0]
print(m)
n = list(range(10))
n[::2] = "ABCDE"
print(n)
n[::-3] = [None] * 4
print(n)
try:
    n[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    n[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
d = list(range(10))
del d[0]
print(d)
del d[-1]
print(d)
del d[1:3]
print(d)
del d[::2]
print(d)
del d[:]
print(d)
e = [1, 2, 3]
del e[5:10]
print(e)
try:
    del e[5]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    e[3] = 1
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    print(e[-4])
except IndexError as ex:
    print(type(ex).__name__, ex)
e[-1] = 30
print(e, e[slice(0, 2)], e[True])
x = [1, 2, 3, 4]
x[1:3] = x
print(x)
