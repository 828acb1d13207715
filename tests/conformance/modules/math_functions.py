# math module: constants, rounding, powers/logs, trig, integer functions
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 20))
print(math.pow(2, 10), math.exp(1), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.asin(1), math.acos(1), math.atan(0))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(5, 2), math.comb(52, 5), math.perm(5, 2), math.perm(5), math.comb(5, 7))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.copysign(3, -0.0))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]))
print(math.dist((0, 0), (3, 4)), math.floor(1e20), math.ceil(-0.5))
for fn, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.factorial, (-1,)), (math.factorial, (2.5,)),
                 (math.acos, (2,)), (math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.exp, (1000,)), (math.floor, ("x",))]:
    try:
        print(fn.__name__, fn(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(fn.__name__, type(e).__name__, e)
print(math.trunc(3.99), math.ceil(5), math.floor(-0.0), math.sqrt(0.0))
