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

    /** 1 / (2k + 1), the coefficients of the atanh series used by log. */
    private static final DoubleDouble[] ATANH_COEF = new DoubleDouble[24];

    static {
        for (int k = 0; k < ATANH_COEF.length; k++) {
            ATANH_COEF[k] = div(new DoubleDouble(1.0, 0), new DoubleDouble(2 * k + 1, 0));
        }
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
        for (int k = ATANH_COEF.length - 1; k >= 1; k--) {
            sum = mul(add(sum, ATANH_COEF[k]), s2);
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

    // ------------------------------------------------------------------ inverse trigonometric functions

    private static final DoubleDouble ZERO = new DoubleDouble(0, 0);
    private static final DoubleDouble ONE = new DoubleDouble(1, 0);
    private static final DoubleDouble PI = new DoubleDouble(0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53);
    private static final DoubleDouble PI_2 = new DoubleDouble(0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54);
    /** (-1)^k / (2k+1)! and (-1)^k / (2k)! for the sine and cosine series. */
    private static final DoubleDouble[] SIN_COEF = new DoubleDouble[16];
    private static final DoubleDouble[] COS_COEF = new DoubleDouble[16];
    private static final DoubleDouble[] INV_FACT = new DoubleDouble[33];

    static {
        DoubleDouble inv = ONE;
        DoubleDouble[] invFact = INV_FACT;
        invFact[0] = ONE;
        for (int n = 1; n < invFact.length; n++) {
            inv = div(inv, new DoubleDouble(n, 0));
            invFact[n] = inv;
        }
        for (int k = 0; k < 16; k++) {
            DoubleDouble s = invFact[2 * k + 1];
            DoubleDouble c = invFact[2 * k];
            SIN_COEF[k] = (k & 1) == 0 ? s : neg(s);
            COS_COEF[k] = (k & 1) == 0 ? c : neg(c);
        }
    }

    static DoubleDouble neg(DoubleDouble a) {
        return new DoubleDouble(-a.hi, -a.lo);
    }

    static DoubleDouble sub(DoubleDouble a, DoubleDouble b) {
        return add(a, neg(b));
    }

    static DoubleDouble sqrt(DoubleDouble a) {
        double s = Math.sqrt(a.hi);
        if (s == 0) {
            return ZERO;
        }
        double e = Math.fma(-s, s, a.hi) + a.lo;
        return of(s, e / (2 * s));
    }

    /** sin(y)/cos(y) for |y| <= 0.8 by Taylor series. */
    private static DoubleDouble tanSmall(double y) {
        DoubleDouble yy = new DoubleDouble(y, 0);
        DoubleDouble y2 = mul(yy, yy);
        DoubleDouble s = SIN_COEF[15];
        DoubleDouble c = COS_COEF[15];
        for (int k = 14; k >= 0; k--) {
            s = add(SIN_COEF[k], mul(y2, s));
            c = add(COS_COEF[k], mul(y2, c));
        }
        return div(mul(yy, s), c);
    }

    /** atan(a) for |a| <= 1: the libm value refined by one exact correction step. */
    private static DoubleDouble atanCore(DoubleDouble a) {
        double y0 = Math.atan(a.hi);
        if (a.hi == 0) {
            return a;
        }
        DoubleDouble t = tanSmall(y0);
        DoubleDouble delta = div(sub(a, t), add(ONE, mul(a, t)));
        return add(new DoubleDouble(y0, 0), delta);
    }

    /** atan2 of finite double-doubles, not both zero. */
    private static DoubleDouble atan2(DoubleDouble y, DoubleDouble x) {
        if (Math.abs(y.hi) <= Math.abs(x.hi)) {
            DoubleDouble r = atanCore(div(y, x));
            if (x.hi < 0) {
                r = add(r, Math.copySign(1.0, y.hi) > 0 ? PI : neg(PI));
            }
            return r;
        }
        DoubleDouble r = atanCore(div(x, y));
        return sub(y.hi > 0 ? PI_2 : neg(PI_2), r);
    }

    static double atan(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return StrictMath.atan(x);
        }
        DoubleDouble a = new DoubleDouble(x, 0);
        DoubleDouble r;
        if (Math.abs(x) <= 1.0) {
            r = atanCore(a);
        } else {
            r = sub(x > 0 ? PI_2 : neg(PI_2), atanCore(div(ONE, a)));
        }
        return r.hi + r.lo;
    }

    /** atan2 for finite nonzero y and finite x (CPython handles the special cases). */
    static double atan2(double y, double x) {
        DoubleDouble r = atan2(new DoubleDouble(y, 0), new DoubleDouble(x, 0));
        return r.hi + r.lo;
    }

    private static DoubleDouble oneMinusSquare(double x) {
        double p = x * x;
        double e = Math.fma(x, x, -p);
        return add(twoSum(1.0, -p), new DoubleDouble(-e, 0));
    }

    static double asin(double x) {
        if (!(Math.abs(x) <= 1.0) || x == 0) {
            return StrictMath.asin(x);
        }
        DoubleDouble s = sqrt(oneMinusSquare(x));
        DoubleDouble r = atan2(new DoubleDouble(x, 0), s);
        return r.hi + r.lo;
    }

    static double acos(double x) {
        if (!(Math.abs(x) <= 1.0)) {
            return StrictMath.acos(x);
        }
        DoubleDouble s = sqrt(oneMinusSquare(x));
        if (s.hi == 0 && x > 0) {
            return 0.0;
        }
        DoubleDouble r = atan2(s, new DoubleDouble(x, 0));
        return r.hi + r.lo;
    }

    // ------------------------------------------------------------------ exp, log, pow, sin, cos, tan

    private static final double PIO2_1 = 0x1.921fb54442d18p+0;
    private static final double PIO2_2 = 0x1.1a62633145c07p-54;
    private static final double PIO2_3 = -0x1.f1976b7ed8fbcp-110;

    /** exp of a double-double argument with |t| < 709: the result as a double-double. */
    private static DoubleDouble expDD(DoubleDouble t, int[] kOut) {
        double k = Math.rint(t.hi * 1.4426950408889634);
        DoubleDouble r = sub(t, mul(new DoubleDouble(k, 0), LN2));
        DoubleDouble sum = INV_FACT[24];
        for (int n = 23; n >= 0; n--) {
            sum = add(INV_FACT[n], mul(r, sum));
        }
        kOut[0] = (int) k;
        return sum;
    }

    private static double scaled(DoubleDouble v, int k) {
        double r = v.hi + v.lo;
        return Math.scalb(r, k);
    }

    static double exp(double x) {
        if (!(x > -708.0 && x < 709.0) || Math.abs(x) < 0x1p-30) {
            return Math.exp(x);
        }
        int[] k = new int[1];
        DoubleDouble v = expDD(new DoubleDouble(x, 0), k);
        return scaled(v, k[0]);
    }

    private static DoubleDouble lnDD(double x) {
        int[] e = new int[1];
        DoubleDouble l = lnParts(x, e);
        return add(l, mul(LN2, new DoubleDouble(e[0], 0)));
    }

    /** x ** y for finite x > 0 and finite y (the caller handles special cases); NaN when not applicable. */
    static double pow(double x, double y) {
        if (y == 2.0) {
            return x * x;
        }
        if (x < 0 && !Double.isInfinite(x) && y == Math.rint(y) && !Double.isInfinite(y)) {
            double r = pow(-x, y);
            return Math.abs(y) % 2.0 == 1.0 ? -r : r;
        }
        if (!(x > 0) || Double.isInfinite(x) || Double.isInfinite(y) || Double.isNaN(y) || y == 0 || x == 1) {
            return Math.pow(x, y);
        }
        DoubleDouble t = mul(lnDD(x), new DoubleDouble(y, 0));
        if (!(t.hi > -708.0 && t.hi < 709.0)) {
            return Math.pow(x, y);
        }
        int[] k = new int[1];
        DoubleDouble v = expDD(t, k);
        return scaled(v, k[0]);
    }

    private static DoubleDouble[] sinCosDD(DoubleDouble r) {
        DoubleDouble r2 = mul(r, r);
        DoubleDouble s = SIN_COEF[15];
        DoubleDouble c = COS_COEF[15];
        for (int k = 14; k >= 0; k--) {
            s = add(SIN_COEF[k], mul(r2, s));
            c = add(COS_COEF[k], mul(r2, c));
        }
        return new DoubleDouble[]{mul(r, s), c};
    }

    /** sin (0), cos (1) or tan (2) for moderate finite arguments; null when outside the supported range. */
    private static DoubleDouble trig(double x, int which) {
        double k = Math.rint(x * 0.6366197723675814);
        DoubleDouble r = new DoubleDouble(x, 0);
        r = sub(r, mul(new DoubleDouble(k, 0), new DoubleDouble(PIO2_1, 0)));
        r = sub(r, mul(new DoubleDouble(k, 0), new DoubleDouble(PIO2_2, 0)));
        r = sub(r, mul(new DoubleDouble(k, 0), new DoubleDouble(PIO2_3, 0)));
        DoubleDouble[] sc = sinCosDD(r);
        int n = (int) ((long) k & 3);
        DoubleDouble sin;
        DoubleDouble cos;
        switch (n) {
            case 0:
                sin = sc[0];
                cos = sc[1];
                break;
            case 1:
                sin = sc[1];
                cos = neg(sc[0]);
                break;
            case 2:
                sin = neg(sc[0]);
                cos = neg(sc[1]);
                break;
            default:
                sin = neg(sc[1]);
                cos = sc[0];
                break;
        }
        switch (which) {
            case 0:
                return sin;
            case 1:
                return cos;
            default:
                return div(sin, cos);
        }
    }

    private static boolean trigRange(double x) {
        double a = Math.abs(x);
        return a < 1e6 && a > 0x1p-26;
    }

    static double sin(double x) {
        if (!trigRange(x)) {
            return Math.sin(x);
        }
        DoubleDouble r = trig(x, 0);
        return r.hi + r.lo;
    }

    static double cos(double x) {
        if (!trigRange(x)) {
            return Math.cos(x);
        }
        DoubleDouble r = trig(x, 1);
        return r.hi + r.lo;
    }

    static double tan(double x) {
        if (!trigRange(x)) {
            return Math.tan(x);
        }
        DoubleDouble r = trig(x, 2);
        return r.hi + r.lo;
    }
}
