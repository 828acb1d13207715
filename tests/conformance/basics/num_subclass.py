# subclasses of int and float; __trunc__/__floor__/__index__ protocols
class MyInt(int):
    pass
class Big(int):
    def __repr__(self):
        return "Big(" + int.__repr__(self) + ")"
class MyFloat(float):
    def half(self):
        return self / 2
m = MyInt(5)
print(m, repr(m), m + 1, 1 + m, m * m, -m, abs(MyInt(-3)), m == 5, m < 6, hash(m) == hash(5), type(m).__name__, type(m + 1).__name__, isinstance(m, int))
print(MyInt("ff", 16), MyInt(), MyInt(2.9), int(m), type(int(m)).__name__, float(m), m.bit_length(), m.real, type(m.real).__name__, round(m), divmod(m, 2), m ** 2, 2 ** m, m // 2, m % 3, m << 1, m & 3)
b = Big(7)
print(b, repr(b), [b], b + 1, "%d" % 3 if False else "")
m.attr = "x"
print(m.attr, {m: 1}[5], [10, 20, 30, 40, 50, 60][m], bool(MyInt(0)), bool(m))
f = MyFloat(3.5)
print(f, repr(f), f.half(), f + 1, 1 + f, f * 2, -f, f == 3.5, type(f).__name__, type(f + 1).__name__, int(f), round(f), f.is_integer(), f.hex(), MyFloat.fromhex("0x1p1"), type(MyFloat.fromhex("0x1p1")).__name__, MyFloat())
import math
print(math.floor(f), math.sqrt(m), math.floor(m), math.trunc(f), math.isqrt(m), math.factorial(MyInt(5)))
class R:
    def __trunc__(self):
        return 42
    def __floor__(self):
        return "floor"
print(int(R()), math.trunc(R()), math.floor(R()))
try:
    math.trunc(1j)
except TypeError as e:
    print(e)
class T(int):
    def __add__(self, o):
        return "T.add"
print(T(1) + 1, 1 + T(1), T(1) - 1)
print(int.__new__(MyInt, 9), type(int.__new__(MyInt, 9)).__name__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
