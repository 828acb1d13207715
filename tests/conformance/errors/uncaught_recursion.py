# ends with an uncaught RecursionError after the limit is lowered
import sys
sys.setrecursionlimit(200)
def down(n):
    return down(n + 1)
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
print("limit", sys.getrecursionlimit())
print("bounded(150) =", bounded(150))
try:
    bounded(500)
except RecursionError as e:
    print("caught:", e)
print("still alive, bounded(100) =", bounded(100))
class Chain:
    def __init__(self, depth):
        self.next = Chain(depth - 1) if depth else None
    def length(self):
        return 1 + (self.next.length() if self.next else 0)
print("chain length", Chain(50).length())
down(0)
print("never printed")
