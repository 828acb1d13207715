package org.minipy.runtime;

/**
 * Double-double arithmetic (about 106 bits) for the few math functions whose glibc implementation is
 * correctly rounded in practice and that Java lacks: computing in double-double and rounding once gives
 * the same double as glibc.
 */
final class DoubleDouble {
    final double hi;
    final double lo;

    private DoubleDouble(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    static DoubleDouble of(double hi, double lo) {
        double s = hi + lo;
        double e = lo - (s - hi);
        return new DoubleDouble(s, e);
    }

    static DoubleDouble twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double e = (a - (s - bb)) + (b - bb);
        return new DoubleDouble(s, e);
    }

    static DoubleDouble add(DoubleDouble a, DoubleDouble b) {
        DoubleDouble s = twoSum(a.hi, b.hi);
        DoubleDouble t = twoSum(a.lo, b.lo);
        double hi = s.hi;
        double lo = s.lo + t.hi;
        DoubleDouble u = of(hi, lo);
        return of(u.hi, u.lo + t.lo);
    }

    static DoubleDouble mul(DoubleDouble a, DoubleDouble b) {
        double p = a.hi * b.hi;
        double e = Math.fma(a.hi, b.hi, -p);
        e += a.hi * b.lo + a.lo * b.hi;
        return of(p, e);
    }

    static DoubleDouble div(DoubleDouble a, DoubleDouble b) {
        double q1 = a.hi / b.hi;
        DoubleDouble r = add(a, mul(b, new DoubleDouble(-q1, 0)));
        double q2 = r.hi / b.hi;
        r = add(r, mul(b, new DoubleDouble(-q2, 0)));
        double q3 = r.hi / b.hi;
        DoubleDouble q = of(q1, q2);
        return add(q, new DoubleDouble(q3, 0));
    }

    private static final DoubleDouble LN2 = new DoubleDouble(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56);
    private static final DoubleDouble INV_LN2 = new DoubleDouble(0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56);

    /** Natural log of a positive finite double as a double-double, and its binary exponent. */
    private static DoubleDouble lnParts(double x, int[] eOut) {
        int[] ex = new int[1];
        double m = PyHash.frexp(x, ex);
        int e = ex[0];
        // m in [0.5, 1): move to [sqrt(1/2), sqrt(2))
        if (m < 0.7071067811865476) {
            m *= 2;
            e--;
        }
        eOut[0] = e;
        DoubleDouble num = new DoubleDouble(m - 1.0, 0);
        DoubleDouble den = twoSum(m, 1.0);
        DoubleDouble s = div(num, den);
        DoubleDouble s2 = mul(s, s);
        // atanh series: s * sum s2^k / (2k+1)
        DoubleDouble sum = new DoubleDouble(0, 0);
        for (int k = 30; k >= 1; k--) {
            DoubleDouble c = div(new DoubleDouble(1.0, 0), new DoubleDouble(2 * k + 1, 0));
            sum = mul(add(sum, c), s2);
        }
        sum = add(sum, new DoubleDouble(1.0, 0));
        DoubleDouble r = mul(s, sum);
        return new DoubleDouble(2 * r.hi, 2 * r.lo);
    }

    static double log2(double x) {
        int[] e = new int[1];
        DoubleDouble l = lnParts(x, e);
        DoubleDouble r = add(mul(l, INV_LN2), new DoubleDouble(e[0], 0));
        return r.hi + r.lo;
    }

    static double log(double x) {
        int[] e = new int[1];
        DoubleDouble l = lnParts(x, e);
        DoubleDouble r = add(l, mul(LN2, new DoubleDouble(e[0], 0)));
        return r.hi + r.lo;
    }
}
