l = [1, 2]
l[1], l[0] = l
print(l)
l = [1, 2, 3]
a, (l[0], b), c = 9, l[1:], l
print(a, b, c, l)
g = [5, 6]
x, y = g
print(x, y)
def f():
    m = [[1.5, 2.5], [3.5, 4.5]]
    t = 0.0
    for p, q in m:
        t += p * q
    for [p, q] in m:
        t += p - q
    u, v = m
    return t, u, v
print(f())
def h():
    L = [1, 2, 3]
    try:
        a, b = L
    except ValueError as e:
        print(e)
    try:
        a, b, c, d = L
    except ValueError as e:
        print(e)
h()
