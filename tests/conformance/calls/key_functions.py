# key= and function arguments in map/filter/sorted/min/max
words = ["banana", "Apple", "cherry", "kiwi", "date", "Fig"]
print(sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w.lower())))
print(min(words, key=len), max(words, key=len), min(words, key=str.lower), max(words, key=lambda w: w[-1]))
print(list(map(len, words)), list(map(str.upper, words[:2])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(str.istitle, words)), list(filter(lambda w: "a" in w, words)), list(filter(None, [0, 1, "", "x"])))
records = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])], [r["n"] for r in sorted(records, key=lambda r: (-r["v"], r["n"]))])
import operator
print(sorted(records, key=operator.itemgetter("n"))[0], max(records, key=operator.itemgetter("v", "n")))
calls = []
def tracking_key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=tracking_key), calls)
calls.clear()
print(max([3, 1, 2], key=tracking_key), calls)
class Obj:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Obj({self.v})"
objs = [Obj(3), Obj(1), Obj(2)]
print(sorted(objs, key=operator.attrgetter("v")), min(objs, key=lambda o: o.v))
try:
    sorted(objs)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, 2], key=lambda a, b: a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(lambda a, b: a + b, [1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: x if x == 1 else "s")
except TypeError as e:
    print(type(e).__name__, e)
def key_raises(x):
    raise ValueError("key failed on " + str(x))
try:
    sorted([1, 2], key=key_raises)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=operator.itemgetter(0)))
print(list(map(lambda *a: a, "ab", "xyz", [1, 2, 3])))
print(sorted("Hello World", key=str.isupper), sorted([-3, 1, -2], key=abs, reverse=True))
