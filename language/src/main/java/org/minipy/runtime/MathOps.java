package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The numerics of the {@code math} module with CPython 3.11's results: its own algorithms (gamma,
 * lgamma, fsum, hypot's vector norm, remainder, isqrt, factorial, comb/perm) and the libm functions
 * that Java lacks or computes differently from glibc (erf, erfc, asinh, acosh, atanh, cbrt, cosh,
 * sinh), written after glibc's algorithms so that results are bit-identical.
 */
public final class MathOps {
    private MathOps() {
    }

    public static PException domainError() {
        return PException.valueError("math domain error");
    }

    public static PException rangeError() {
        return PException.overflow("math range error");
    }

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lowWord(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    // ================================================================== glibc-compatible libm functions

    private static final double LN2 = 6.93147180559945286227e-01;

    public static double asinh(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3e300000) {
            return x;
        }
        double w;
        if (ix > 0x41b00000) {
            if (ix >= 0x7ff00000) {
                return x + x;
            }
            w = Math.log(Math.abs(x)) + LN2;
        } else {
            double xa = Math.abs(x);
            if (ix > 0x40000000) {
                w = Math.log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
            } else {
                double t = xa * xa;
                w = StrictMath.log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
            }
        }
        return Math.copySign(w, x);
    }

    public static double acosh(double x) {
        int hx = highWord(x);
        int lx = lowWord(x);
        if (hx < 0x3ff00000) {
            return Double.NaN;
        } else if (hx >= 0x41b00000) {
            if (hx >= 0x7ff00000) {
                return x + x;
            }
            return Math.log(x) + LN2;
        } else if (((hx - 0x3ff00000) | lx) == 0) {
            return 0.0;
        } else if (hx > 0x40000000) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        } else {
            double t = x - 1.0;
            return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
        }
    }

    public static double atanh(double x) {
        double xa = Math.abs(x);
        double t;
        if (xa < 0.5) {
            if (xa < 0x1.0p-28) {
                return x;
            }
            t = xa + xa;
            t = 0.5 * StrictMath.log1p(t + t * xa / (1.0 - xa));
        } else if (xa < 1.0) {
            t = 0.5 * StrictMath.log1p((xa + xa) / (1.0 - xa));
        } else if (xa > 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        } else {
            return x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return Math.copySign(t, x);
    }

    public static double cosh(double x) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix < 0x40360000) {
            if (ix < 0x3fd62e43) {
                double t = StrictMath.expm1(Math.abs(x));
                double w = 1.0 + t;
                if (ix < 0x3c800000) {
                    return w;
                }
                return 1.0 + (t * t) / (w + w);
            }
            double t = Math.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) {
            return 0.5 * Math.exp(Math.abs(x));
        }
        int lx = lowWord(x);
        if (ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
            double w = Math.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7ff00000) {
            return x * x;
        }
        return Double.POSITIVE_INFINITY;
    }

    public static double sinh(double x) {
        int jx = highWord(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) {
            if (ix < 0x3e300000) {
                return x;
            }
            double t = StrictMath.expm1(Math.abs(x));
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) {
            return h * Math.exp(Math.abs(x));
        }
        int lx = lowWord(x);
        if (ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
            double w = Math.exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307 * 1.0e307;
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    public static double cbrt(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        }
        int[] eOut = new int[1];
        double xm = PyHash.frexp(Math.abs(x), eOut);
        int xe = eOut[0];
        double u = (0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 + ((-1.83469277483613086 +
                        (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    // erf / erfc: glibc's sysdeps/ieee754/dbl-64/s_erf.c evaluation order
    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03,
                    -2.37630166566501626084e-05};
    private static final double[] QQ = {0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04,
                    -3.96022827877536812320e-06};
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01,
                    -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01,
                    1.36370839120290507362e-02, 1.19844998467991074170e-02};
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01,
                    -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    private static final double[] SA = {0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02,
                    4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02,
                    -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03,
                    2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01};

    private static double erfSmallRatio(double z) {
        double r1 = PP[0] + z * PP[1];
        double z2 = z * z;
        double r2 = PP[2] + z * PP[3];
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ[1];
        double s2 = QQ[2] + z * QQ[3];
        double s3 = QQ[4] + z * QQ[5];
        double r = r1 + z2 * r2 + z4 * PP[4];
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** P/Q on [0.84375, 1.25] with s = |x| - 1. */
    private static double erfMidRatio(double s) {
        double p1 = PA[0] + s * PA[1];
        double s2 = s * s;
        double q1 = 1.0 + s * QA[1];
        double s4 = s2 * s2;
        double p2 = PA[2] + s * PA[3];
        double s6 = s4 * s2;
        double q2 = QA[2] + s * QA[3];
        double p3 = PA[4] + s * PA[5];
        double q3 = QA[4] + s * QA[5];
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
        return p / q;
    }

    /** exp(-x*x - 0.5625 + R/S) for |x| >= 1.25 (x positive), with the split of x as glibc. */
    private static double erfTail(double x, int ix) {
        double s = 1.0 / (x * x);
        double rr;
        double ss;
        if (ix < 0x4006DB6E) {
            double r1 = RA[0] + s * RA[1];
            double s2 = s * s;
            double t1 = 1.0 + s * SA[1];
            double s4 = s2 * s2;
            double r2 = RA[2] + s * RA[3];
            double s6 = s4 * s2;
            double t2 = SA[2] + s * SA[3];
            double s8 = s4 * s4;
            double r3 = RA[4] + s * RA[5];
            double t3 = SA[4] + s * SA[5];
            double r4 = RA[6] + s * RA[7];
            double t4 = SA[6] + s * SA[7];
            rr = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            ss = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8];
        } else {
            double r1 = RB[0] + s * RB[1];
            double s2 = s * s;
            double t1 = 1.0 + s * SB[1];
            double s4 = s2 * s2;
            double r2 = RB[2] + s * RB[3];
            double s6 = s4 * s2;
            double t2 = SB[2] + s * SB[3];
            double r3 = RB[4] + s * RB[5];
            double t3 = SB[4] + s * SB[5];
            double t4 = SB[6] + s * SB[7];
            rr = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
            ss = t1 + s2 * t2 + s4 * t3 + s6 * t4;
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
        return Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + rr / ss);
    }

    public static double erf(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            int i = (hx >>> 31) << 1;
            return (1 - i) + 1.0 / x;
        }
        if (ix < 0x3feb0000) {
            if (ix < 0x3e300000) {
                if (ix < 0x00800000) {
                    return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                }
                return x + EFX * x;
            }
            double y = erfSmallRatio(x * x);
            return x + x * y;
        }
        if (ix < 0x3ff40000) {
            double pq = erfMidRatio(Math.abs(x) - 1.0);
            return hx >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) {
            return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
        }
        double ax = Math.abs(x);
        double r = erfTail(ax, ix);
        return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    public static double erfc(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return ((hx >>> 31) << 1) + 1.0 / x;
        }
        if (ix < 0x3feb0000) {
            if (ix < 0x3c700000) {
                return 1.0 - x;
            }
            double y = erfSmallRatio(x * x);
            if (hx < 0x3fd00000) {
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) {
            double pq = erfMidRatio(Math.abs(x) - 1.0);
            if (hx >= 0) {
                double z = 1.0 - ERX;
                return z - pq;
            }
            double z = ERX + pq;
            return 1.0 + z;
        }
        if (ix < 0x403c0000) {
            double ax = Math.abs(x);
            if (ix >= 0x4006DB6D && hx < 0 && ix >= 0x40180000) {
                return 2.0 - 1e-300;
            }
            // glibc uses 0x4006DB6D here (erf uses 0x4006DB6E)
            double r = erfcTail(ax, ix);
            if (hx > 0) {
                return r / ax;
            }
            return 2.0 - r / ax;
        }
        return hx > 0 ? 0.0 : 2.0 - 1e-300;
    }

    private static double erfcTail(double x, int ix) {
        return erfTail(x, ix < 0x4006DB6D ? 0 : 0x4006DB6E);
    }

    // ================================================================== gamma and lgamma (CPython's own)

    private static final double PI = 3.141592653589793238462643383279502884197;
    private static final double LOGPI = 1.144729885849400174143427351353058711647;
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
                    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
                    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
                    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
                    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
                    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
                    2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
                    1925.0, 66.0, 1.0};
    private static final double[] GAMMA_INTEGRAL = {1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
                    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
                    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r;
        switch (n) {
            case 0:
                r = Math.sin(PI * y);
                break;
            case 1:
                r = Math.cos(PI * (y - 0.5));
                break;
            case 2:
                r = Math.sin(PI * (1.0 - y));
                break;
            case 3:
                r = -Math.cos(PI * (y - 1.5));
                break;
            default:
                r = Math.sin(PI * (y - 2.0));
                break;
        }
        return Math.copySign(1.0, x) * r;
    }

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length; --i >= 0;) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** math.gamma: raises ValueError/OverflowError as CPython. */
    public static double gamma(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw domainError();
        }
        if (x == 0.0) {
            throw domainError();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw domainError();
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw rangeError();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    /** math.lgamma. */
    public static double lgamma(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            if (Double.isNaN(x)) {
                return x;
            }
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw domainError();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    // ================================================================== two-argument functions

    public static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                if (Math.copySign(1.0, x) == 1.0) {
                    return Math.copySign(0.25 * Math.PI, y);
                }
                return Math.copySign(0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            if (Math.copySign(1.0, x) == 1.0) {
                return Math.copySign(0.0, y);
            }
            return Math.copySign(Math.PI, y);
        }
        return DoubleDouble.atan2(y, x);
    }

    public static double remainder(double x, double y) {
        if (!Double.isNaN(x) && !Double.isInfinite(x) && !Double.isNaN(y) && !Double.isInfinite(y)) {
            if (y == 0.0) {
                return Double.NaN;
            }
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        return x;
    }

    /** math.pow with CPython's special cases and errors. */
    public static double pow(double x, double y) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Double.isNaN(y) || Double.isInfinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = !Double.isInfinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    return oddY ? x : Math.abs(x);
                } else if (y == 0.0) {
                    return 1.0;
                } else {
                    return oddY ? Math.copySign(0.0, x) : 0.0;
                }
            } else {
                if (Math.abs(x) == 1.0) {
                    return 1.0;
                } else if (y > 0.0 && Math.abs(x) > 1.0) {
                    return y;
                } else if (y < 0.0 && Math.abs(x) < 1.0) {
                    return -y;
                } else {
                    return 0.0;
                }
            }
        }
        double r = DoubleDouble.pow(x, y);
        if (Double.isNaN(r)) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            if (x == 0.0) {
                throw domainError();
            }
            throw rangeError();
        }
        return r;
    }

    // ================================================================== vector norm (hypot, dist)

    private static final double T27 = 134217729.0;

    public static double vectorNorm(double[] vec, int n, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int[] eOut = new int[1];
        PyHash.frexp(max, eOut);
        int maxE = eOut[0];
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            for (int i = 0; i < n; i++) {
                double x = vec[i] * scale;
                double t = x * T27;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum;
                csum += x;
                frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double x = h;
            double t = x * T27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = -hi * hi;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = -2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            x = -lo * lo;
            oldcsum = csum;
            csum += x;
            frac3 += (oldcsum - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        for (int i = 0; i < n; i++) {
            double x = vec[i] / max;
            x = x * x;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    // ================================================================== fsum

    /** math.fsum over already converted doubles, as CPython's msum with its error rules. */
    public static final class FSum {
        private double[] p = new double[32];
        private int n;
        private double specialSum;
        private double infSum;

        public void add(double xIn) {
            double x = xIn;
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    if (!Double.isNaN(xsave) && !Double.isInfinite(xsave)) {
                        throw PException.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n >= p.length) {
                        p = java.util.Arrays.copyOf(p, p.length * 2);
                    }
                    p[n++] = x;
                }
            }
        }

        public double result() {
            if (specialSum != 0.0) {
                if (Double.isNaN(infSum)) {
                    throw PException.valueError("-inf + inf in fsum");
                }
                return specialSum;
            }
            double hi = 0.0;
            int k = n;
            if (k > 0) {
                hi = p[--k];
                double lo = 0.0;
                while (k > 0) {
                    double x = hi;
                    double y = p[--k];
                    hi = x + y;
                    double yr = hi - x;
                    lo = y - yr;
                    if (lo != 0.0) {
                        break;
                    }
                }
                if (k > 0 && ((lo < 0.0 && p[k - 1] < 0.0) || (lo > 0.0 && p[k - 1] > 0.0))) {
                    double y = lo * 2.0;
                    double x = hi + y;
                    double yr = x - hi;
                    if (y == yr) {
                        hi = x;
                    }
                }
            }
            return hi;
        }
    }

    // ================================================================== integer functions

    @TruffleBoundary
    public static Object isqrt(Object nObj) {
        BigInteger n = PyLong.toBig(nObj);
        if (n.signum() < 0) {
            throw PException.valueError("isqrt() argument must be nonnegative");
        }
        if (n.bitLength() <= 52) {
            return (long) Math.sqrt(n.doubleValue());
        }
        return PyLong.normalize(n.sqrt());
    }

    private static final long[] SMALL_FACTORIALS = {1L, 1L, 2L, 6L, 24L, 120L, 720L, 5040L, 40320L, 362880L, 3628800L, 39916800L, 479001600L, 6227020800L,
                    87178291200L, 1307674368000L, 20922789888000L, 355687428096000L, 6402373705728000L, 121645100408832000L, 2432902008176640000L};

    @TruffleBoundary
    public static Object factorial(Object xObj) {
        Object v = PyObjectOps.index(xObj);
        if (v instanceof BigInteger b) {
            if (b.signum() > 0) {
                throw PException.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            throw PException.valueError("factorial() not defined for negative values");
        }
        long x = (Long) v;
        if (x < 0) {
            throw PException.valueError("factorial() not defined for negative values");
        }
        if (x < SMALL_FACTORIALS.length) {
            return SMALL_FACTORIALS[(int) x];
        }
        if (x > Integer.MAX_VALUE) {
            throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
        }
        return PyLong.normalize(productRange(1, x));
    }

    /** Product of the integers in [lo, hi] by binary splitting. */
    private static BigInteger productRange(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return productRange(lo, mid).multiply(productRange(mid + 1, hi));
    }

    /** math.perm(n, k) (k given) and math.comb(n, k). */
    @TruffleBoundary
    public static Object permComb(Object nObj, Object kObj, boolean comb) {
        BigInteger n = PyLong.toBig(PyObjectOps.index(nObj));
        BigInteger k = PyLong.toBig(PyObjectOps.index(kObj));
        if (n.signum() < 0) {
            throw PException.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PException.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        if (comb) {
            BigInteger nk = n.subtract(k);
            if (nk.compareTo(k) < 0) {
                k = nk;
            }
            if (k.bitLength() >= 64) {
                throw PException.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
            }
        } else if (k.bitLength() >= 64) {
            throw PException.overflow("k must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValue();
        if (kk == 0) {
            return 1L;
        }
        BigInteger result = BigInteger.ONE;
        BigInteger f = n;
        // product n * (n-1) * ... * (n-k+1), divided by k! for comb (exact at each step)
        for (long i = 1; i <= kk; i++) {
            result = result.multiply(f);
            f = f.subtract(BigInteger.ONE);
            if (comb) {
                result = result.divide(BigInteger.valueOf(i));
            }
        }
        return PyLong.normalize(result);
    }

    // ================================================================== logarithms of ints

    /** log of a positive int of any size: func(x) for doubles, or via the top bits for huge ints. */
    @TruffleBoundary
    public static double logOfInt(Object v, int kind) {
        BigInteger b = PyLong.toBig(v);
        if (b.signum() <= 0) {
            throw domainError();
        }
        double d = b.doubleValue();
        if (!Double.isInfinite(d)) {
            return logKind(d, kind);
        }
        // x ~= m * 2**e with 0.5 <= m < 1 from the top 63 bits (as _PyLong_Frexp, correctly rounded)
        long e = b.bitLength();
        int shift = (int) (e - 63);
        BigInteger top = b.shiftRight(shift);
        double m = FloatOps.scaledToDouble(top.shiftLeft(1).or(b.getLowestSetBit() < shift ? BigInteger.ONE : BigInteger.ZERO), -64);
        if (m == 1.0) {
            m = 0.5;
            e++;
        }
        return logKind(m, kind) + logKind(2.0, kind) * e;
    }

    public static double logKind(double x, int kind) {
        switch (kind) {
            case 0:
                return log(x);
            case 1:
                return log2(x);
            default:
                return log10(x);
        }
    }

    /** CPython's m_log on a double: domain errors for x <= 0. */
    public static double log(double x) {
        if (Double.isNaN(x) || (Double.isInfinite(x) && x > 0)) {
            return x;
        }
        if (x <= 0.0) {
            throw domainError();
        }
        return Math.log(x);
    }

    public static double log2(double x) {
        if (Double.isNaN(x) || (Double.isInfinite(x) && x > 0)) {
            return x;
        }
        if (x <= 0.0) {
            throw domainError();
        }
        int[] eOut = new int[1];
        double m = PyHash.frexp(x, eOut);
        if (m == 0.5) {
            return eOut[0] - 1;
        }
        return DoubleDouble.log2(x);
    }

    public static double log10(double x) {
        if (Double.isNaN(x) || (Double.isInfinite(x) && x > 0)) {
            return x;
        }
        if (x <= 0.0) {
            throw domainError();
        }
        return StrictMath.log10(x);
    }

    public static double exp(double x) {
        return DoubleDouble.exp(x);
    }

    public static double exp2(double x) {
        return DoubleDouble.pow(2.0, x);
    }

    public static double sin(double x) {
        return DoubleDouble.sin(x);
    }

    public static double cos(double x) {
        return DoubleDouble.cos(x);
    }

    public static double tan(double x) {
        return DoubleDouble.tan(x);
    }

    public static double asin(double x) {
        return DoubleDouble.asin(x);
    }

    public static double acos(double x) {
        return DoubleDouble.acos(x);
    }

    public static double atan(double x) {
        return DoubleDouble.atan(x);
    }

    // ================================================================== nextafter, ulp

    public static double nextafter(double x, double y) {
        return Math.nextAfter(x, y);
    }

    public static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double x2 = Math.nextUp(x);
        if (Double.isInfinite(x2)) {
            x2 = Math.nextDown(x);
            return x - x2;
        }
        return x2 - x;
    }
}
