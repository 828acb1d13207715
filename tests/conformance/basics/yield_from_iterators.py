class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(42)
        return self.i
def g(src):
    r = yield from src
    print("returned", r)
    return r
for src in ([1, 2], (3,), "ab", range(2), {5: 6}, It(), iter([7]), (x for x in [8, 9])):
    print(list(g(src)))
def gen():
    yield 1
    yield 2
    return "done"
def outer():
    r = yield from gen()
    yield r
print(list(outer()), tuple(outer()), sum(x for x in range(10)), list(x * 2 for x in gen()))
it = g([1, 2])
print(next(it), it.send(None))
try:
    it2 = g([1, 2]); next(it2); it2.send(5)
except AttributeError as e:
    print("AttributeError", e)
