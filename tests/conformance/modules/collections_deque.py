# collections.deque
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], list(d))
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(5), d.index(5), 3 in d, 99 in d)
d.remove(5)
d.insert(1, "ins")
print(d)
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
del d[1]
print(d)
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(list(bounded), end=" ")
print()
bounded.appendleft(-1)
print(bounded, bounded.maxlen)
print(deque("abc"), deque(), deque(range(3), 2), deque([1, 2]) == deque([1, 2]), deque([1]) == [1])
for op in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1])[5], lambda: deque([1]).index(7)]:
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
window = deque(maxlen=3)
averages = []
for v in [10, 20, 30, 40, 50]:
    window.append(v)
    averages.append(sum(window) / len(window))
print(averages)
q = deque(["a"])
order = []
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}
seen = {"a"}
while q:
    n = q.popleft()
    order.append(n)
    for m in graph[n]:
        if m not in seen:
            seen.add(m)
            q.append(m)
print(order, d.copy() == d, d + deque([9]), d * 2)
