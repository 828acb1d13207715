# functools.total_ordering and functools.cmp_to_key
import functools
@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Version("1.2.3"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version("2.0"), Version("1.0.1"), Version("1.0"), Version("0.9.9")]))
print(max(Version("3.1"), Version("3.01.1")), min([Version("1"), Version("0.1")]))
print(sorted(k for k in ("__le__", "__gt__", "__ge__") if k in Version.__dict__))
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(type(e).__name__, e)
@functools.total_ordering
class ByGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
print(ByGt(1) < ByGt(2), ByGt(3) <= ByGt(3), ByGt(4) >= ByGt(5))
def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=functools.cmp_to_key(compare_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(compare_len_then_alpha)
print(K("aa") < K("b"), K("b") < K("aa"), K("ab") == K("ab"), K("abc") > K("ab"))
def reverse_numeric(x, y):
    return y - x
print(max([1, 5, 3], key=functools.cmp_to_key(reverse_numeric)), min([1, 5, 3], key=functools.cmp_to_key(reverse_numeric)))
