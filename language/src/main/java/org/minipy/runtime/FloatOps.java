package org.minipy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.builtins.BuiltinReprs;

/**
 * The operations of Python {@code float} beyond plain arithmetic: construction and parsing (CPython's
 * {@code PyNumber_Float} / {@code PyFloat_FromString}), correctly rounded {@code round()},
 * {@code hex}/{@code fromhex} and exact conversions.
 */
public final class FloatOps {
    private FloatOps() {
    }

    /** The double of a float or float subclass instance, else null. */
    public static Double floatValue(Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (o instanceof BoxedFloat b) {
            return b.value;
        }
        return null;
    }

    public static boolean isFloat(Object o) {
        return o instanceof Double || o instanceof BoxedFloat;
    }

    // ================================================================== conversions

    /** {@code float(x)}: PyNumber_Float. */
    @TruffleBoundary
    public static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (x instanceof Long l) {
            return l;
        }
        if (x instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (x instanceof BigInteger) {
            return NumberOps.toDouble(x);
        }
        if (x instanceof String s) {
            return parseStr(s);
        }
        if (x instanceof PyBytes b) {
            return parseBytes(b);
        }
        PyType t = PyObjectOps.type(x);
        Object m = t.lookup("__float__");
        if (m != null && m != PyNone.NONE) {
            return callFloat(m, x);
        }
        m = t.lookup("__index__");
        if (m != null && m != PyNone.NONE) {
            return NumberOps.toDouble(PyObjectOps.index(x));
        }
        if (x instanceof BoxedFloat bf) {
            return bf.value;
        }
        throw PException.typeError("float() argument must be a string or a real number, not '" + PyObjectOps.typeName(x) + "'");
    }

    private static double callFloat(Object method, Object x) {
        Object r = CallOps.callUnbound(method, x, new Object[0], CallOps.NO_KW);
        Double d = floatValue(r);
        if (d == null) {
            throw PException.typeError(PyObjectOps.typeName(x) + ".__float__ returned non-float (type " + PyObjectOps.typeName(r) + ")");
        }
        return d;
    }

    /** PyFloat_AsDouble: the argument conversion of the math functions ("must be real number, not str"). */
    @TruffleBoundary
    public static double asDouble(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (x instanceof Long l) {
            return l;
        }
        if (x instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (x instanceof BigInteger) {
            return NumberOps.toDouble(x);
        }
        if (x instanceof BoxedFloat bf) {
            return bf.value;
        }
        PyType t = PyObjectOps.type(x);
        Object m = t.lookup("__float__");
        if (m != null && m != PyNone.NONE) {
            return callFloat(m, x);
        }
        m = t.lookup("__index__");
        if (m != null && m != PyNone.NONE) {
            return NumberOps.toDouble(PyObjectOps.index(x));
        }
        throw PException.typeError("must be real number, not " + PyObjectOps.typeName(x));
    }

    // ================================================================== parsing

    @TruffleBoundary
    public static double parseStr(String s) {
        Double d = parseFloatLiteral(IntOps.toAsciiDigits(s));
        if (d == null) {
            throw PException.valueError("could not convert string to float: " + PyStrOps.repr(s));
        }
        return d;
    }

    @TruffleBoundary
    public static double parseBytes(PyBytes b) {
        byte[] data = b.getStore();
        int n = b.length();
        char[] cs = new char[n];
        for (int i = 0; i < n; i++) {
            int c = data[i] & 0xff;
            cs[i] = c < 128 ? (char) c : '?';
        }
        Double d = parseFloatLiteral(new String(cs));
        if (d == null) {
            throw PException.valueError("could not convert string to float: " + BuiltinReprs.repr(b));
        }
        return d;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** float() of an ASCII string: surrounding whitespace, underscores between digits; null when invalid. */
    @TruffleBoundary
    public static Double parseFloatLiteral(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isAsciiSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        String t = s.substring(start, end);
        if (t.indexOf('_') >= 0) {
            t = removeUnderscores(t);
            if (t == null) {
                return null;
            }
        }
        int[] endOut = new int[1];
        double d = strtod(t, 0, endOut);
        if (endOut[0] != t.length() || endOut[0] == 0) {
            return null;
        }
        return d;
    }

    /** Drops underscores that stand between two digits; null if any other underscore is present. */
    static String removeUnderscores(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (i == 0 || i == t.length() - 1 || !isDigit(t.charAt(i - 1)) || !isDigit(t.charAt(i + 1))) {
                    return null;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Parses a float at {@code pos} like CPython's {@code _PyOS_ascii_strtod}: sign, decimal digits with
     * an optional point and exponent, or inf/infinity/nan. {@code endOut[0]} receives the end index
     * ({@code pos} when nothing was parsed).
     */
    @TruffleBoundary
    public static double strtod(String s, int pos, int[] endOut) {
        int n = s.length();
        int i = pos;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int mantStart = i;
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
                fracDigits++;
            }
            if (intDigits > 0 || fracDigits > 0) {
                i = j;
            }
        }
        if (intDigits == 0 && fracDigits == 0) {
            // inf or nan
            String rest = s.substring(mantStart).toLowerCase(java.util.Locale.ROOT);
            if (rest.startsWith("infinity")) {
                endOut[0] = mantStart + 8;
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            } else if (rest.startsWith("inf")) {
                endOut[0] = mantStart + 3;
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            } else if (rest.startsWith("nan")) {
                endOut[0] = mantStart + 3;
                return negative ? -Double.NaN : Double.NaN;
            }
            endOut[0] = pos;
            return 0;
        }
        int mantEnd = i;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expStart = j;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            if (j > expStart) {
                i = j;
            }
        }
        endOut[0] = i;
        String mant = s.substring(mantStart, mantEnd);
        double v;
        if (i > mantEnd) {
            String expText = s.substring(mantEnd + 1, i);
            // clamp huge exponents (Java's parser would overflow the int exponent)
            String digitsOnly = expText.replaceFirst("^[+-]", "");
            int k = 0;
            while (k < digitsOnly.length() - 1 && digitsOnly.charAt(k) == '0') {
                k++;
            }
            digitsOnly = digitsOnly.substring(k);
            if (digitsOnly.length() > 9) {
                boolean expNeg = expText.startsWith("-");
                boolean mantZero = mant.replace(".", "").replace("0", "").isEmpty();
                v = mantZero || expNeg ? 0.0 : Double.POSITIVE_INFINITY;
            } else {
                v = Double.parseDouble(mant + "e" + expText);
            }
        } else {
            v = Double.parseDouble(mant);
        }
        return negative ? -v : v;
    }

    // ================================================================== rounding

    /** round(x) for a float: round-half-even to an int. */
    @TruffleBoundary
    public static Object roundToInt(double x) {
        double r = Math.rint(x);
        return IntOps.fromDouble(r);
    }

    /** round(x, ndigits) for a float: correctly rounded (half-even on the exact binary value), as CPython's double_round. */
    @TruffleBoundary
    public static double round(double x, long ndigits) {
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        BigDecimal bd = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double r = bd.doubleValue();
        if (Double.isInfinite(r)) {
            throw PException.overflow("rounded value too large to represent");
        }
        if (r == 0) {
            r = Math.copySign(0.0, x);
        }
        return r;
    }

    // ================================================================== exact conversions

    /** float.as_integer_ratio(). */
    @TruffleBoundary
    public static PyTuple asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw PException.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw PException.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return PyTuple.of(0L, 1L);
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        int e2 = exp - 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        e2 += tz;
        if (x < 0) {
            mant = -mant;
        }
        if (e2 >= 0) {
            return PyTuple.of(PyLong.normalize(BigInteger.valueOf(mant).shiftLeft(e2)), 1L);
        }
        return PyTuple.of(mant, PyLong.normalize(BigInteger.ONE.shiftLeft(-e2)));
    }

    /** Correctly rounded (half-even) value of {@code m * 2**e}; infinity when it overflows. */
    @TruffleBoundary
    public static double scaledToDouble(BigInteger m, long e) {
        if (m.signum() == 0) {
            return 0.0;
        }
        boolean neg = m.signum() < 0;
        BigInteger a = m.abs();
        long bitlen = a.bitLength();
        long top = bitlen + e; // value in [2^(top-1), 2^top)
        if (top > 1024) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        long prec = top - 1 >= -1022 ? 53 : top + 1074;
        double r;
        if (prec <= 0) {
            if (prec == 0) {
                // value in [2^-1075, 2^-1074): rounds to 2^-1074 if above half
                boolean above = a.bitCount() > 1;
                r = above ? Double.MIN_VALUE : 0.0;
            } else {
                r = 0.0;
            }
        } else {
            long shift = bitlen - prec;
            if (shift <= 0) {
                r = Math.scalb(a.doubleValue(), (int) e);
            } else {
                BigInteger q = a.shiftRight((int) shift);
                boolean half = a.testBit((int) shift - 1);
                boolean sticky = a.getLowestSetBit() < shift - 1;
                if (half && (sticky || q.testBit(0))) {
                    q = q.add(BigInteger.ONE);
                }
                r = Math.scalb(q.doubleValue(), (int) (e + shift));
            }
        }
        return neg ? -r : r;
    }

    // ================================================================== hex

    /** float.hex(). */
    @TruffleBoundary
    public static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        boolean neg = Double.doubleToRawLongBits(x) < 0;
        if (x == 0) {
            return neg ? "-0x0.0p+0" : "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        StringBuilder sb = new StringBuilder();
        if (neg) {
            sb.append('-');
        }
        int e;
        if (exp == 0) {
            sb.append("0x0.");
            e = -1022;
        } else {
            sb.append("0x1.");
            e = exp - 1023;
        }
        String h = Long.toHexString(mant);
        for (int i = h.length(); i < 13; i++) {
            sb.append('0');
        }
        sb.append(h);
        sb.append('p').append(e >= 0 ? "+" : "").append(e);
        return sb.toString();
    }

    /** float.fromhex(s). */
    @TruffleBoundary
    public static double fromHex(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && IntOps.isPySpace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        double result;
        int consumed;
        if (rest.startsWith("infinity")) {
            result = Double.POSITIVE_INFINITY;
            consumed = 8;
        } else if (rest.startsWith("inf")) {
            result = Double.POSITIVE_INFINITY;
            consumed = 3;
        } else if (rest.startsWith("nan")) {
            result = Double.NaN;
            consumed = 3;
        } else {
            int j = i;
            if (j + 1 < n && s.charAt(j) == '0' && (s.charAt(j + 1) == 'x' || s.charAt(j + 1) == 'X')) {
                j += 2;
            }
            BigInteger mant = BigInteger.ZERO;
            long exp = 0;
            int ndigits = 0;
            while (j < n && Character.digit(s.charAt(j), 16) >= 0 && s.charAt(j) < 128) {
                mant = mant.shiftLeft(4).add(BigInteger.valueOf(Character.digit(s.charAt(j), 16)));
                j++;
                ndigits++;
            }
            if (j < n && s.charAt(j) == '.') {
                j++;
                while (j < n && Character.digit(s.charAt(j), 16) >= 0 && s.charAt(j) < 128) {
                    mant = mant.shiftLeft(4).add(BigInteger.valueOf(Character.digit(s.charAt(j), 16)));
                    exp -= 4;
                    j++;
                    ndigits++;
                }
            }
            if (ndigits == 0) {
                throw PException.valueError("invalid hexadecimal floating-point string");
            }
            if (j < n && (s.charAt(j) == 'p' || s.charAt(j) == 'P')) {
                int k = j + 1;
                boolean eneg = false;
                if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                    eneg = s.charAt(k) == '-';
                    k++;
                }
                int ds = k;
                BigInteger ev = BigInteger.ZERO;
                while (k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                    ev = ev.multiply(BigInteger.TEN).add(BigInteger.valueOf(s.charAt(k) - '0'));
                    k++;
                }
                if (k == ds) {
                    throw PException.valueError("invalid hexadecimal floating-point string");
                }
                if (ev.bitLength() > 40) {
                    ev = BigInteger.ONE.shiftLeft(40);
                }
                exp += eneg ? -ev.longValue() : ev.longValue();
                j = k;
            }
            result = scaledToDouble(mant, exp);
            if (Double.isInfinite(result)) {
                throw PException.overflow("hexadecimal value too large to represent as a float");
            }
            consumed = j - i;
        }
        i += consumed;
        while (i < n && IntOps.isPySpace(s.charAt(i))) {
            i++;
        }
        if (i != n) {
            throw PException.valueError("invalid hexadecimal floating-point string");
        }
        return neg ? -result : result;
    }

    /** hash(float) with CPython's value-based rule (NaN hashes by identity). */
    @TruffleBoundary
    public static long hash(double d, Object identity) {
        return PyHash.hashDouble(d, identity);
    }

    /** Truncation of a finite float toward zero as a float-valued int (math.trunc / __trunc__). */
    public static Object trunc(double d) {
        return IntOps.fromDouble(d);
    }

    @TruffleBoundary
    public static Object floor(double d) {
        return IntOps.fromDouble(Math.floor(d));
    }

    @TruffleBoundary
    public static Object ceil(double d) {
        return IntOps.fromDouble(Math.ceil(d));
    }
}
