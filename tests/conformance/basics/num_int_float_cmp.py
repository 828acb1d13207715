# exact comparison of ints with floats (no rounding of the int to a float)
a = 2**60 + 1
b = float(2**60)
print(a == b, b == a, a != b, a < b, a > b, b < a, a <= b, b >= a)
c = 2**53 + 1
d = 2.0**53
print(c == d, c > d, d < c, -c < -d, c - 1 == d)
print(10**400 > 1e308, -10**400 < -1e308, 2**1024 > float("inf"), 2**1024 < float("inf"), 1 == 1.0, 3 < 3.5, float("nan") < 1, 1 <= float("nan"))
values = [0, 1, -1, 2**53, 2**53 + 1, 2**63 - 1, -2**63, 2**64, 0.5, 2.0**53, 2.0**63, -2.0**63, 1e20, float("inf")]
for x in values:
    print(x, [(x < y) + 2 * (x == y) for y in values])
