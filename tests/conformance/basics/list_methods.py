# list methods
l = [3, 1, 2]
l.append(4)
print(l)
l.extend([5, 6])
l.extend("ab")
l.extend(range(2))
print(l)
l.insert(0, "first")
l.insert(-1, "before-last")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(2), l.index(0), l.count(1), l.count("zz"))
print(l.index(1, 2), [1, 2, 1, 2].index(2, 2))
c = l.copy()
c.clear()
print(c, len(l))
l2 = [1, 2, 3]
l2.reverse()
print(l2, list(reversed(l2)))
l3 = l2 * 2
l3 += [9]
print(l3, l2 + [0], 2 * [0], [0] * 0)
a = [1]
b = a
a += [2]
print(b, a is b)
a = a + [3]
print(b, a is b)
for op in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
           lambda: [1, 2].index(1, 1), lambda: [].insert(0), lambda: [1] + (2,), lambda: [1].extend(3)]:
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(), list((1, 2)), list({"x": 1}), [x for x in [[1], [2]]])
m = [[0] * 3 for _ in range(2)]
m[0][0] = 1
print(m)
m = [[0] * 3] * 2
m[0][0] = 1
print(m)
print(len([]), len([[], []]), [1, 2] == [1, 2], [1, 2] is [1, 2])
