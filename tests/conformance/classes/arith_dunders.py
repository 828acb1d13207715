# arithmetic dunder methods on a vector class
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return "Vec" + repr(self.c)
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return Vec(*(a * k for a in self.c))
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))
    def __divmod__(self, k):
        return (self // k, self % k)
    def __pow__(self, k, mod=None):
        return Vec(*(pow(a, k, mod) for a in self.c))
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return Vec(*(+a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return Vec(*reversed(self.c))
    def __and__(self, o):
        return Vec(*(a & b for a, b in zip(self.c, o.c)))
    def __or__(self, o):
        return Vec(*(a | b for a, b in zip(self.c, o.c)))
    def __xor__(self, o):
        return Vec(*(a ^ b for a, b in zip(self.c, o.c)))
    def __lshift__(self, n):
        return Vec(*(a << n for a in self.c))
    def __rshift__(self, n):
        return Vec(*(a >> n for a in self.c))
v, w = Vec(3, 4), Vec(1, 2)
print(v + w, v - w, v * 3, v / 2, v // 2, v % 2, divmod(v, 2))
print(v ** 2, pow(v, 2), pow(v, 2, 5), v @ w, -v, +v, abs(v), ~v)
print(v & w, v | w, v ^ w, v << 2, v >> 1)
print(Vec(1, 2) + Vec(10, 20) * 2 - Vec(1, 1))
try:
    v + 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    1 + v
except TypeError as e:
    print(type(e).__name__, e)
try:
    v < w
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v)
    def __round__(self, n=None):
        return round(self.v, n)
    def __trunc__(self):
        return int(self.v)
    def __floor__(self):
        return -999
    def __ceil__(self):
        return 999
    def __bool__(self):
        return self.v != 0
import math
n = Num(2.75)
print(int(n), float(n), round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n), bool(n), bool(Num(0)))
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
