# __getitem__, __setitem__, __delitem__, __contains__, __iter__, __len__, __reversed__, __missing__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        print("  getitem", key)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return f"slice({key.start}, {key.stop}, {key.step})"
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, value):
        print("  setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("  delitem", key)
        del self.cells[key]
    def __contains__(self, value):
        print("  contains", value)
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self.cells.get((x, y), ".")
    def __reversed__(self):
        return iter(["reversed!"])
g = Grid(3, 2)
g[0, 0] = "A"
g[2, 1] = "B"
print(g[0, 0], g[1, 1], len(g))
print(g[1:5], g[::2], g[:])
print("A" in g, "Z" not in g)
print("".join(g), list(reversed(g)))
del g[0, 0]
print(len(g), list(g))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
try:
    g["x"]
except TypeError as e:
    print(type(e).__name__, e)
g[1, 1] = g[2, 1] = "C"
print(sorted(g.cells.items()))
class ReadOnly:
    def __getitem__(self, i):
        return i * 2
r = ReadOnly()
print(r[21], r["ab"])
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    len(r)
except TypeError as e:
    print(type(e).__name__, e)
class NoGet:
    pass
try:
    NoGet()[0]
except TypeError as e:
    print(type(e).__name__, e)
class ClassGetItem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(ClassGetItem[int], ClassGetItem["x"])
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "banana":
    c[ch] += 1
print(sorted(c.items()))
