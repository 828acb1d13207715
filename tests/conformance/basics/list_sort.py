# list.sort and sorted with key/reverse, stability
l = [5, 2, 9, 1, 5, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
by_age = sorted(recs, key=lambda r: r[1])
print(by_age)
print(sorted(sorted(recs, key=lambda r: r[0]), key=lambda r: -r[1]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted([]), sorted([1.5, -1, 0, True]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([-3, 2, -1], key=abs))
r = l.sort()
print(r)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def k(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=k), calls)
