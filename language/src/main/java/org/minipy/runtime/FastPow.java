package org.minipy.runtime;

/**
 * x ** y for finite x > 0 and an integral or half-integral y, computed in double-double arithmetic
 * (error-free products through fma) and rounded once, so that the result is the correctly rounded
 * power, as CPython's (glibc's) pow gives it. Allocation-free and small enough to compile inline;
 * everything else goes to {@link NumberOps#floatPow}.
 */
public final class FastPow {
    /** Returned when this path does not apply; the caller then takes the general path. */
    public static final double NOT_HANDLED = Double.NaN;

    private static final double MAX_EXPONENT = 64.0;

    private FastPow() {
    }

    public static double pow(double x, double y) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY || !(Math.abs(y) <= MAX_EXPONENT)) {
            return NOT_HANDLED;
        }
        double twice = y * 2.0;
        if (twice != Math.rint(twice)) {
            return NOT_HANDLED;
        }
        if (y == 2.0) {
            return x * x;
        }
        if (y == 1.0) {
            return x;
        }
        if (y == 0.0) {
            return 1.0;
        }
        boolean half = y != Math.rint(y);
        long n = (long) Math.abs(half ? (y > 0 ? y - 0.5 : y + 0.5) : y);
        // result = r_hi + r_lo, base = b_hi + b_lo
        double rHi = 1.0;
        double rLo = 0.0;
        double bHi = x;
        double bLo = 0.0;
        while (n > 0) {
            if ((n & 1) != 0) {
                double p = rHi * bHi;
                double e = Math.fma(rHi, bHi, -p) + (rHi * bLo + rLo * bHi);
                rHi = p + e;
                rLo = e - (rHi - p);
            }
            n >>= 1;
            if (n > 0) {
                double p = bHi * bHi;
                double e = Math.fma(bHi, bHi, -p) + 2.0 * bHi * bLo;
                bHi = p + e;
                bLo = e - (bHi - p);
            }
        }
        if (half) {
            // sqrt(x) as a double-double: s + (x - s*s) / (2s)
            double s = Math.sqrt(x);
            double sLo = Math.fma(-s, s, x) / (2.0 * s);
            double p = rHi * s;
            double e = Math.fma(rHi, s, -p) + (rHi * sLo + rLo * s);
            rHi = p + e;
            rLo = e - (rHi - p);
        }
        if (y < 0) {
            // 1 / (r_hi + r_lo): q = 1/r_hi, refined by one step on the residual
            double q = 1.0 / rHi;
            double resid = Math.fma(-q, rHi, 1.0) - q * rLo;
            double qLo = resid / rHi;
            rHi = q + qLo;
            rLo = qLo - (rHi - q);
        }
        double result = rHi + rLo;
        // leave overflow, underflow and subnormal results (and their errors) to the general path
        if (!(Math.abs(result) >= Double.MIN_NORMAL) || Double.isInfinite(result)) {
            return NOT_HANDLED;
        }
        return result;
    }
}
