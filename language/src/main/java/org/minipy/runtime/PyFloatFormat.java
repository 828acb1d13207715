package org.minipy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Float to text exactly as CPython's {@code PyOS_double_to_string} / {@code format_float_short}:
 * shortest round-tripping digits for repr, correctly rounded digits (half-even on the exact binary
 * value) for the 'e', 'f' and 'g' formats.
 */
public final class PyFloatFormat {
    private PyFloatFormat() {
    }

    /** repr(float) and str(float). */
    @TruffleBoundary
    public static String repr(double d) {
        return format(d, 'r', 0, true, false, false, false);
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

    /**
     * {@code ax * 10**prec} rounded half-even to an integer, exactly (as the decimal expansion of the
     * double would round), or -1 when the product is too large for this shortcut. The product's
     * rounding error comes from an FMA, so ties and near-ties are decided on the exact value.
     */
    static long roundScaled(double ax, int prec) {
        if (prec >= POWERS_OF_TEN.length) {
            return -1;
        }
        double p = POWERS_OF_TEN[prec];
        double hi = ax * p;
        if (!(hi < 0x1p52)) {
            return -1;
        }
        double lo = Math.fma(ax, p, -hi);
        double n = Math.floor(hi);
        // the exact product is n + (hi - n) + lo; hi - n and (hi - n) - 0.5 are exact
        double above = ((hi - n) - 0.5) + lo;
        long r = (long) n;
        if (above > 0 || (above == 0 && (r & 1) == 1)) {
            r++;
        }
        return r;
    }

    /**
     * @param code 'r', 'e', 'f', 'g' (lower case; {@code upper} selects E/INF/NAN)
     * @param addDot0 add ".0" to integral results (repr and the empty format type)
     */
    @TruffleBoundary
    public static String format(double x, char code, int precision, boolean addDot0, boolean alt, boolean upper, boolean plusSign) {
        StringBuilder sb = new StringBuilder();
        boolean negative = (Double.doubleToRawLongBits(x) < 0) && !Double.isNaN(x);
        if (negative) {
            sb.append('-');
        } else if (plusSign) {
            sb.append('+');
        }
        if (Double.isNaN(x)) {
            sb.append(upper ? "NAN" : "nan");
            return sb.toString();
        }
        if (Double.isInfinite(x)) {
            sb.append(upper ? "INF" : "inf");
            return sb.toString();
        }
        double ax = Math.abs(x);
        String digits;
        int decpt;
        int prec = precision;
        char mode = code;
        if (mode == 'e') {
            prec++;
        }
        if (mode == 'g' && prec == 0) {
            prec = 1;
        }
        if (ax == 0) {
            digits = "0";
            decpt = 1;
        } else if (mode == 'r') {
            String[] dd = shortest(ax);
            digits = dd[0];
            decpt = Integer.parseInt(dd[1]);
        } else if (mode == 'f') {
            long scaled = roundScaled(ax, prec);
            if (scaled >= 0) {
                if (scaled == 0) {
                    digits = "";
                    decpt = -prec;
                } else {
                    String u = Long.toString(scaled);
                    decpt = u.length() - prec;
                    digits = stripTrailingZeros(u);
                }
            } else {
                BigDecimal bd = new BigDecimal(ax).setScale(prec, RoundingMode.HALF_EVEN);
                BigInteger unscaled = bd.unscaledValue();
                if (unscaled.signum() == 0) {
                    digits = "";
                    decpt = -prec;
                } else {
                    String u = unscaled.toString();
                    decpt = u.length() - prec;
                    digits = stripTrailingZeros(u);
                }
            }
        } else {
            BigDecimal bd = new BigDecimal(ax).round(new MathContext(prec, RoundingMode.HALF_EVEN));
            String u = bd.unscaledValue().toString();
            decpt = u.length() - bd.scale();
            digits = stripTrailingZeros(u);
        }
        int digitsLen = digits.length();
        boolean useExp = false;
        int vdigitsEnd = digitsLen;
        int exp = 0;
        switch (mode) {
            case 'e':
                useExp = true;
                vdigitsEnd = prec;
                break;
            case 'f':
                vdigitsEnd = decpt + prec;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = prec;
                }
                break;
            case 'r':
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
            default:
                break;
        }
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
        } else {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;
        }
        if (decpt <= 0) {
            repeat(sb, '0', decpt - vdigitsStart);
            sb.append('.');
            repeat(sb, '0', -decpt);
        } else {
            repeat(sb, '0', -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt);
            sb.append('.');
            sb.append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            repeat(sb, '0', decpt - digitsLen);
            sb.append('.');
            repeat(sb, '0', vdigitsEnd - decpt);
        } else {
            repeat(sb, '0', vdigitsEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
        return sb.toString();
    }

    private static void repeat(StringBuilder sb, char c, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
    }

    private static String stripTrailingZeros(String u) {
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return u.substring(0, end);
    }

    /** A one-digit decimal that reads back as {@code ax} (closest to it), as digit + decpt, or null. */
    private static String shortestOneDigit(double ax, String two, int decpt) {
        int r = (Integer.parseInt(two) + 5) / 10;
        String best = null;
        BigDecimal bestDiff = null;
        BigDecimal exact = new BigDecimal(ax);
        for (int d = Math.max(1, r - 1); d <= r + 1; d++) {
            int digit = d;
            int dp = decpt;
            if (digit == 10) {
                digit = 1;
                dp++;
            }
            BigDecimal cand = new BigDecimal(BigInteger.valueOf(digit), -(dp - 1));
            if (cand.doubleValue() != ax) {
                continue;
            }
            BigDecimal diff = cand.subtract(exact).abs();
            if (bestDiff == null || diff.compareTo(bestDiff) < 0) {
                bestDiff = diff;
                best = digit + "" + dp;
            }
        }
        return best;
    }

    /** Shortest digits (no leading/trailing zeros) and decimal point position, from Java's shortest repr. */
    private static String[] shortest(double ax) {
        String s = Double.toString(ax);
        int e = s.indexOf('E');
        int exp10 = 0;
        String mant = s;
        if (e >= 0) {
            exp10 = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = dot >= 0 ? mant.substring(0, dot) : mant;
        String frac = dot >= 0 ? mant.substring(dot + 1) : "";
        String all = intPart + frac;
        int decpt = intPart.length() + exp10;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        all = all.substring(lead);
        decpt -= lead;
        all = stripTrailingZeros(all);
        if (all.length() == 2) {
            // Java prints at least two digits; a subnormal may round-trip with one
            String one = shortestOneDigit(ax, all, decpt);
            if (one != null) {
                all = one.substring(0, 1);
                decpt = Integer.parseInt(one.substring(1));
            }
        }
        return new String[]{all, Integer.toString(decpt)};
    }
}
