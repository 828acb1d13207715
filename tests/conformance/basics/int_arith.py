# Integer arithmetic: + - * / // % ** and unary ops, precedence
print(1 + 2, 7 - 10, 6 * 7, -3 * -4)
print(7 / 2, 8 / 2, -7 / 2, 1 / 3)
print(type(8 / 2).__name__, type(8 // 2).__name__)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 100 // 10 // 3, 2 * 3 % 4)
print(+5, -(-5), ~5, ~-1, ~0)
print(0b1010, 0o17, 0xff, 1_000_000, 0x_ff)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100)
print(-5 & 0xff, -1 & 7, 6 & -4)
print(abs(-7), abs(0), abs(7))
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 1
print(x)
x |= 0x100
print(x)
x &= 0xf0f
print(x)
x ^= 0xfff
print(x)
print(int.__add__(3, 4), (5).__mul__(6), (3).__rsub__(10))
print((255).bit_length(), (0).bit_length(), (-256).bit_length())
print((10).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((-1).to_bytes(2, 'big', signed=True))
print((7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print(True + True, 3 * True, 10 - False)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
