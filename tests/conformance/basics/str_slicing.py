# str indexing and slicing, including negative steps
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[::2], s[1::2])
print(s[::-1], s[::-2], s[8:2:-1], s[8:2:-2], s[-1:-4:-1], s[2:8:-1], s[-8::-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[slice(1, 4)], s[slice(None, None, -3)], s[slice(-2, None)])
sl = slice(1, 9, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(slice(5), slice(1, 2), repr(slice(None, None, None)))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
u = "héllo wörld"
print(u[1], u[-4], u[::-1], len(u))
print("ab" * 3, 3 * "xy", "a" * 0, "a" * -1, repr("" * 5))
print("abc" + "def", "abc"[True])
