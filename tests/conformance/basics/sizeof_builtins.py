# __sizeof__ and sys.getsizeof of builtin objects: CPython 3.11's layouts (compact str kinds, tuple
# items, set and dict tables, str-only dict keys) and the GC header getsizeof adds to tracked objects.
import sys
for o in ["", "abc", "é", 1, 2**100, True, 1.5, None, [], [1, 2], {}, (), (1,), set(), range(3)]:
    print(repr(o)[:10], sys.getsizeof(o), o.__sizeof__())
s = set()
print(s.__sizeof__(), sys.getsizeof(s))
s.update(range(5)); print(s.__sizeof__())
s.update(range(20)); print(s.__sizeof__())
print(frozenset().__sizeof__(), range(10**30).__sizeof__(), (1, 2, 3).__sizeof__(), 1.5.__sizeof__(), complex(1, 2).__sizeof__(), sys.getsizeof(2.5), sys.getsizeof((1, 2)), sys.getsizeof(1j))
d = {}
out = [d.__sizeof__()]
for i in range(40):
    d[i] = i
    out.append(d.__sizeof__())
d2 = {}
for i in range(40):
    d2["k%d" % i] = i
    out.append(d2.__sizeof__())
d2.clear()
out.append(d2.__sizeof__())
print(out)
