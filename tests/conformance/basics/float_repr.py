# repr/str of floats: shortest round-tripping representation
vals = [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e-7,
        1e22, 1e100, 5e-324, 1.7976931348623157e308, 100.0, 3.0, -0.0, 0.0, 2.5, 1e-310]
for v in vals:
    print(repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(-nan))
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print([nan] == [nan])
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1))
print(1e308 * 10, -1e308 * 10)
print(0.1 * 3, 1.1 * 1.1, 2.675 * 100)
print(1.0, 10.0, 1e5, 1.5e5, 12345678.9)
print(1234567890123456.7, 12345678901234567.0)
print(float(12345678901234567890))
print(9007199254740993.0, 2.0 ** 53 + 1)
print(0.30000000000000004 == 0.1 + 0.2)
print([1.0, 2.5, -0.0], (0.5,), {1.5: 2.0})
print(3.14159.__repr__(), (1e-7).__str__())
print(sum([0.1] * 10))
print(float.__name__, type(1e3).__name__)
