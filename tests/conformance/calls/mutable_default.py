# the mutable default argument pitfall and the None idiom
def append_bad(item, target=[]):
    target.append(item)
    return target
print(append_bad(1))
print(append_bad(2))
print(append_bad(3, []))
print(append_bad(4))
print(append_bad.__defaults__)
r1 = append_bad(5)
r2 = append_bad(6)
print(r1 is r2, r1)
def append_good(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_good(1), append_good(2), append_good(3, [0]))
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(50), len(memo_fib.__defaults__[0]))
append_bad.__defaults__[0].clear()
print(append_bad("fresh"))
class Holder:
    def __init__(self, items=[]):
        self.items = items
h1, h2 = Holder(), Holder()
h1.items.append("shared!")
print(h2.items, h1.items is h2.items)
def kw_only_mutable(*, seen=set()):
    seen.add(len(seen))
    return sorted(seen)
print(kw_only_mutable(), kw_only_mutable(), kw_only_mutable.__kwdefaults__)
