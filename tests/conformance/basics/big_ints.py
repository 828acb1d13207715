# Arbitrary-precision integers
a = 2 ** 100
print(a)
print(a * a)
print(a - 1, a + 1)
print(-a)
print(a // 3, a % 3)
print(-a // 7, -a % 7)
print(10 ** 30 // 10 ** 15)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63) - 1)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 2)
print(4611686018427387904 * 2, 4611686018427387904 * 4)
print(abs(-(2 ** 70)))
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(2 ** 1000)))
print(str(3 ** 200)[:20], str(3 ** 200)[-20:])
print(hex(2 ** 80), oct(2 ** 40), bin(2 ** 20))
print((2 ** 100).bit_length())
print(2 ** 100 == 1267650600228229401496703205376)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < 0)
print(divmod(10 ** 20 + 7, 10 ** 10))
print(divmod(-(10 ** 20) - 7, 10 ** 10))
print((2 ** 100) >> 90, 1 << 70, (2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1)
print(~(2 ** 65))
print(pow(2, 100, 1000000007), pow(3, 200, 10 ** 9))
print(float(2 ** 100))
print(int(1e20), int(1.5e30))
print(2 ** 100 / 2 ** 98)
print(hash(2 ** 100) == hash(2 ** 100), hash(10) == 10)
print(int("123456789012345678901234567890") + 1)
print(int("-" + "9" * 40))
n = 1
for _ in range(10):
    n = n * 1000003 + 7
print(n)
print(n % 1000000007)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
