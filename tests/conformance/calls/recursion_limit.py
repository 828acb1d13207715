# recursion: limits, deep recursion after raising the limit, RecursionError recovery
import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(depth(2000))
sys.setrecursionlimit(1000)
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("still running:", depth(100))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
reached = [0]
def count_depth(n):
    reached[0] = n
    count_depth(n + 1)
try:
    count_depth(1)
except RecursionError:
    print("max depth reached is between 900 and 1000:", 900 < reached[0] < 1000)
def catches_inside(n):
    try:
        return catches_inside(n + 1)
    except RecursionError:
        return n
r = catches_inside(0)
print("caught at a depth below the limit:", 0 < r < 1000)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
for bad in [0, -1, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Recursive:
    def __repr__(self):
        return repr(self)
try:
    repr(Recursive())
except RecursionError as e:
    print(type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
print(sys.getrecursionlimit())
