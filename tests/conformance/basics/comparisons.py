# Comparisons and chaining
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 > 4, 1 < x > 4)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(3), calls)
calls.clear()
print(f(3) < f(2) < f(1), calls)
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "apple" == "apple")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print((1, 2) < (1, 2, 3), (2,) > (1, 100), (1, "a") < (1, "b"))
print(1 == 1.0, 1 < 1.5, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 3} < {1, 2, 3})
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, [1, [2]] == [1, [2]])
print(None == None, None == 0, None is None, None != False)
print(1 != 2, not 1 == 2, x is not None)
print(max("b", "a", "c"), min([3, 1, 2]), "a" in "abc", 2 not in [1, 3])
print((1, 2) == [1, 2], list((1, 2)) == [1, 2])
print(float("nan") in [float("nan")])
n = float("nan")
print(n in [n], [n] == [n])
for a, b in [(1, "a"), ([], ()), (None, 1), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] == [1, 2], 1 == "1")
