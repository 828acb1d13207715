# list/dict/set comprehensions and generator expressions: nesting, conditions, scoping
print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0], [x if x % 2 else -x for x in range(5)])
print([(x, y) for x in range(3) for y in range(x)], [[x * y for y in range(3)] for x in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 if v > 1])
print({k: len(k) for k in ["a", "bb", "ccc"]}, sorted({c for c in "mississippi"}), {x % 4 for x in range(10)} == {0, 1, 2, 3})
g = (x * 2 for x in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abcd", "ab"]), tuple(c.upper() for c in "ab"))
x = "outer x"
squares = [x for x in range(3)]
print(x, squares)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def scope_test():
    y = 10
    return [y + z for z in range(3)]
print(scope_test())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
nested = [[y for y in range(x)] for x in range(4)]
print(nested)
gen = (1 / x for x in [1, 0])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
print([i for i in range(3) if (j := i * 10) > 5], j)
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {w[0]: w for w in words})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
