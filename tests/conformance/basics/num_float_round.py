# round() of floats: correctly rounded half-even on the exact binary value, ndigits positive and negative
cases = [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1.0000000000000002, 123.456, -123.456, 1e-5, 5e-324, 1.7976931348623157e308, 9.995, 0.285, 1.255]
for x in cases:
    print(repr(x), round(x, 2), round(x, 1), round(x, 0), round(x, -1), round(x, -2), round(x, 10), round(x, 320))
seed = 12345
n = 0
while n < 60:
    seed = (seed * 1103515245 + 12345) % 2**31
    x = (seed / 2**31 - 0.5) * 10 ** (n % 12 - 4)
    print(repr(x), round(x, n % 7), round(x, -(n % 3)), round(x))
    n += 1
print(round(0.5), round(-0.5), round(1.5), type(round(1.5)).__name__, round(2**52 + 0.5), round(4503599627370497.0), round(-0.0), round(1e22))
print(round(1e300, -299), round(1e300, -301), round(-1e-300, 300), round(1.5, -400), round(-1.5, -400), round(1.5, 400), round(1.5, 2**70), round(-1.5, -2**70))
print(round(float("inf"), 0), round(float("-inf"), 5), round(float("nan"), -2))
for bad in [(1.5, 1.5), (1.5, "2"), (float("inf"), None), (float("nan"), None), (1e308 * 10, None)]:
    try:
        print(round(*bad) if bad[1] is not None else round(bad[0]))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    print(round(1.7976931348623157e308, -308))
except OverflowError as e:
    print(type(e).__name__, e)
print((2.5).__round__(), (2.5).__round__(None), (2.675).__round__(2), (25).__round__(-1), (35).__round__(-1), (-35).__round__(-1))
try:
    print((35).__round__(None))
except TypeError as e:
    print(type(e).__name__, e)
