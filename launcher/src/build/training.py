# Training run for the JDK AOT cache made at build time: exercises the classes a typical program
# loads (parser, translator, common nodes and builtins) so that later runs start faster.
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Shape:
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides

    def describe(self):
        return f"{self.name} has {self.sides} sides"


def squares(n):
    for i in range(n):
        yield i * i


data = {"a": 1, "b": [1, 2, 3], "c": (4.5, None, True)}
words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
try:
    {}["missing"]
except KeyError as e:
    pass
total = sum(squares(10)) + fib(12) + len(sorted(words)) + max(counts.values())
text = ", ".join(f"{k}={v!r}" for k, v in data.items())
print(Shape("square", 4).describe(), total, text[:10], "%d %s %.2f" % (1, "x", 2.5), file=sys.stdout if total else None)

# With a duration argument (the JIT training run), keep some typical hot code running so that the
# Graal compiler itself gets exercised: the AOT cache then carries profiles of the compiler's own
# methods, and later runs bring their first compilations in sooner.
if len(sys.argv) > 1:
    import time

    def arith(n):
        s = 0.0
        for i in range(n):
            s += (i * 0.5) ** 2 - i // 3
        return s

    class Vec:
        def __init__(self, x):
            self.x = x

        def add(self, other):
            return Vec(self.x + other.x)

    def objects(n):
        v = Vec(0)
        for i in range(n):
            v = v.add(Vec(i))
        return v.x

    def strings(n):
        parts = []
        for i in range(n):
            parts.append(str(i) + "x")
        d = {}
        for p in parts:
            d[p] = d.get(p, 0) + 1
        return len(d)

    start = time.perf_counter()
    while time.perf_counter() - start < float(sys.argv[1]):
        arith(20000)
        objects(20000)
        strings(5000)
