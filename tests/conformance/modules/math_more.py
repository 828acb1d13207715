# math module: full-precision results of the libm wrappers, special values and error messages
import math

vals = [0.0, -0.0, 0.5, 1.0, 2.0, 3.7, -2.25, 10.0, 100.5, 1e-10, 1e10, 0.1]
for name in ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "exp2", "erf", "erfc", "gamma", "lgamma", "fabs"]:
    f = getattr(math, name)
    print(name, end="")
    for v in vals:
        try:
            print("", repr(f(v)), end="")
        except (ValueError, OverflowError) as e:
            print("", type(e).__name__ + ":", e, end="")
    print()

specials = [float("inf"), float("-inf"), float("nan")]
for name in ["sqrt", "exp", "log", "sin", "atan", "tanh", "erf", "erfc", "gamma", "lgamma", "floor", "ceil", "trunc", "isinf", "isnan", "isfinite", "fabs"]:
    f = getattr(math, name)
    print(name, end="")
    for v in specials:
        try:
            print("", repr(f(v)), end="")
        except (ValueError, OverflowError) as e:
            print("", type(e).__name__ + ":", e, end="")
    print()

pairs = [(1.0, 2.0), (-1.0, 0.5), (0.0, -0.0), (-0.0, -1.0), (3.0, -4.0), (1e300, 1e-300), (2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (10.0, 400.0)]
for name in ["atan2", "copysign", "fmod", "remainder", "pow", "hypot", "nextafter", "ldexp_like"]:
    print(name, end="")
    for a, b in pairs:
        try:
            if name == "ldexp_like":
                print("", repr(math.ldexp(a, int(b))), end="")
            else:
                print("", repr(getattr(math, name)(a, b)), end="")
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            print("", type(e).__name__ + ":", e, end="")
    print()

print(math.pow(-1, float("inf")), math.pow(float("nan"), 0), math.pow(1, float("nan")), math.pow(float("-inf"), 3), math.pow(float("-inf"), -3), math.pow(0.5, float("-inf")))
print(math.atan2(float("inf"), float("-inf")), math.atan2(-0.0, -1), math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0), math.atan2(1, float("inf")))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4, 12), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(float("inf"), float("nan")), math.hypot(1.5, 2.5, 3.5, 4.5))
print(math.dist([0, 0, 0], [1, 2, 3]), math.dist((1.5, -2.5), (4, 7)), math.dist((), ()))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1] * 10), math.fsum([1e308, 1e308, -1e308]) if False else 0, math.fsum([1, 2, 3]), math.fsum(iter([0.5, 0.25])))
for seq in [[float("inf"), float("-inf")], [1e308, 1e308], [float("nan"), 1.0], [float("inf"), 1.0]]:
    try:
        print(math.fsum(seq))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.factorial(30), math.factorial(100) % 10**20, math.comb(100, 50), math.perm(10, 3), math.perm(20), math.comb(10, 0), math.comb(10**20, 2))
print(math.gcd(2**100, 6**50), math.gcd(-4, -6), math.gcd(7), math.gcd(), math.lcm(2**40, 3**20, 10), math.lcm(0, 5), math.lcm(-4), math.lcm())
print(math.isqrt(0), math.isqrt(1), math.isqrt(99), math.isqrt(2**100), math.isqrt(10**41), math.isqrt(True))
print(math.prod([2] * 70), math.prod([1.5, 2, 3]), math.prod([], start=5), math.prod([2, 3], start=0.5), math.prod(["ab", 3]))
print(math.frexp(0.0), math.frexp(-8.5), math.frexp(5e-324), math.frexp(float("inf")), math.ldexp(1, -1075), math.ldexp(0.75, 1024), math.ldexp(3.0, 10**30 * 0))
print(math.modf(2.5), math.modf(-0.0), math.modf(float("-inf")), math.modf(7.0), math.modf(-7.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(float("inf")), math.ulp(1.7976931348623157e308), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.degrees(1), math.radians(90), math.degrees(math.pi / 3), math.radians(-45.5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(float("inf"), float("inf")), math.isclose(float("nan"), float("nan")))
print(math.log(2**1000), math.log(10**500, 10), math.log2(2**1023 * 3), math.log10(10**400), math.log(8, 2), math.log(100, 10), math.log(1.5, 0.5), math.log2(1024), math.log10(0.001))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e300) == 10**300 // 10**300 * int(1e300), math.trunc(-1e20), math.floor(True), math.ceil(2**80), math.trunc(-7))
errors = [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-2**100,)), (math.log, (1, 1)), (math.log2, (0.0,)), (math.log10, (-1,)),
          (math.exp, (1e6,)), (math.cosh, (1000,)), (math.sinh, (-1000,)), (math.expm1, (800,)), (math.acosh, (0.5,)), (math.atanh, (1,)),
          (math.gamma, (0,)), (math.gamma, (-3,)), (math.gamma, (200,)), (math.lgamma, (-1,)), (math.lgamma, (1e308,)), (math.pow, (0, -1)),
          (math.pow, (-2, 0.5)), (math.pow, (10, 1000)), (math.fmod, (1, 0)), (math.fmod, (float("inf"), 2)), (math.remainder, (1, 0)),
          (math.ldexp, (1.0, 2000)), (math.ldexp, (1.0, 2.0)), (math.factorial, (-1,)), (math.factorial, (1.0,)), (math.factorial, (10**20,)),
          (math.comb, (5, -1)), (math.perm, (-5, 1)), (math.isqrt, (-4,)), (math.isqrt, (2.0,)), (math.gcd, (1.5,)), (math.sqrt, ("4",)),
          (math.floor, (None,)), (math.trunc, ("x",)), (math.isclose, (1, 2, -1)), (math.dist, ((1, 2), (1,))), (math.fsum, (["a"],)),
          (math.hypot, (1, "2")), (math.cos, (float("inf"),)), (math.tan, (float("-inf"),)), (math.asin, (2,)), (math.exp2, (2000,))]
for fn, args in errors:
    try:
        if fn is math.isclose:
            print(fn.__name__, fn(args[0], args[1], rel_tol=args[2]))
        else:
            print(fn.__name__, fn(*args))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(fn.__name__, type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, math.nan, type(math.pi).__name__)
