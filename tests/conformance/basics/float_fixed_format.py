# Fixed-point float formatting ('f' in format specs, f-strings and %-formatting) must round the
# exact binary value half-even: ties such as 0.125, near-ties such as 2.675, large values, negative
# zero and values that round to zero.
import math

values = [0.0, -0.0, 0.125, 0.375, 2.675, 1.0005, 1e15, 4503599627370495.5, 123456789.987654321,
          -0.001, -0.005, 0.005, 0.015, 0.025, 1.5, 2.5, -2.5, 1e-7, 5e-324, 1e22, 1e300,
          math.pi, -math.e, 9.995, 99.995, 0.045, 1234.5678, 0.1 + 0.2]
for v in values:
    print(repr(v), f"{v:.0f}", f"{v:.1f}", f"{v:.2f}", f"{v:.3f}", "%.5f" % v, format(v, ".10f"), f"{v:12.4f}|{v:<+10.2f}|{v:,.2f}")

h = 0
rows = []
for i in range(4000):
    x = (i * 0.7312345) - 900.0
    y = i / 64 - 31.25
    z = (i * 1.1) ** 1.5 / 7.0
    for v in (x, y, z, -z):
        for p in (0, 1, 2, 3, 6, 9):
            s = "%.*f" % (p, v)
            h = (h * 131 + hash(s) % 1000003) & 0xFFFFFFFF if False else (h * 131 + sum(map(ord, s))) & 0xFFFFFFFF
    if i % 500 == 0:
        rows.append(f"{x:.3f} {y:.2f} {z:.6f} {-z:.1f}")
print(h)
print("\n".join(rows))
print(f"{2 ** 52 / 10:.2f}", f"{2 ** 53 / 1000 + 0.5:.3f}", f"{1e16 / 3:.1f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{-0.5:.0f}")
print("%.17f %.18f %.19f %.20f" % (0.1, 0.1, 0.1, 0.1))
print(f"{12.5:%}", f"{0.125:.1%}", f"{1e-5:.3%}")
