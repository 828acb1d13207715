# Augmented assignment to a subscript: obj[key] op= value reads, operates and stores once,
# evaluating obj and key once, on lists, dicts, tuples, user classes and subclasses.
import collections

log = []


def note(tag, value):
    log.append(tag)
    return value


xs = [1.5, 2.5, -3.0]
for i in range(300):
    xs[i % 3] -= 0.25 * (i % 7)
    xs[-1] += 1
print(xs)

d = {"a": 1, 2: 10}
for i in range(200):
    d["a"] += i
    d[2] *= 1 if i % 50 else 3
print(d)

note_list = [0, 0]
note(["obj"], note_list)[note("key", 1)] += note("value", 5)
print(log, note_list)


class Recorder:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("get", key)
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value


r = Recorder()
r["x"] += 3
r[(1, 2)] -= 4
print(r.data)


class MyList(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10


ml = MyList([1, 2, 3])
ml[0] += 1
print(ml)

dd = collections.defaultdict(int)
for w in "abracadabra":
    dd[w] += 1
print(sorted(dd.items()))

s = [[1, 2], [3, 4]]
s[1][0] += 100
s[0] += [9]
print(s)

big = [2 ** 62, 1]
big[0] += 2 ** 62
big[1] <<= 70
print(big)

for bad in ([1, 2, 3], {"k": 1}, (1, 2), "abc"):
    try:
        if isinstance(bad, dict):
            bad["missing"] += 1
        else:
            bad[5] += 1
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    t = (1, 2)
    t[0] += 1
except TypeError as e:
    print("TypeError", e)
try:
    xs["a"] += 1
except TypeError as e:
    print("TypeError", e)
try:
    d["a"] += "s"
except TypeError as e:
    print("TypeError", e)
print(d)
