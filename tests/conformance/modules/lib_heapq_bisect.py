# heapq and bisect: exact heap layouts, nlargest/nsmallest ties, merge, bisect with key, insort
import heapq
import bisect

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heapreplace(h, 6), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 4), h)
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "banana"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nlargest(2, [3, 1, 3, 2]), heapq.nsmallest(0, [1]))
print(heapq.nsmallest(4, iter([5, 1, 4, 1, 3])), heapq.nlargest(10, [1, 2]), heapq.nlargest(1, []), heapq.nsmallest(1, [4, 2, 2]))
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e")]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])), list(heapq.merge("ace", "bdf")), list(heapq.merge()))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(["bb", "c"], ["a", "dd"], key=len)))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "test"), (1, "think")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
print(bisect.bisect_left(a, 0), bisect.bisect_right(a, 9), bisect.bisect_left([], 1))
bisect.insort(a, 4); bisect.insort_left(a, 2); bisect.insort_right(a, 2.0)
print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
