package org.minipy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.builtins.BuiltinReprs;

/**
 * The operations of Python {@code int} beyond plain arithmetic: construction and parsing (CPython's
 * {@code PyNumber_Long} / {@code PyLong_FromString}), rounding, byte conversion and bit queries.
 * Int values are {@code Long}, {@code BigInteger} (outside the long range), {@code Boolean} (bool) or a
 * {@link BoxedInt} (subclass instance).
 */
public final class IntOps {
    /** sys.int_info.default_max_str_digits of CPython 3.11. */
    public static final int MAX_STR_DIGITS = 4300;

    private IntOps() {
    }

    /** The int value (Long or BigInteger) of an int or int subclass instance; bool gives a Long; else null. */
    public static Object intValue(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        } else if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (o instanceof BoxedInt bi) {
            return bi.value;
        } else if (o instanceof Integer i) {
            return (long) i;
        }
        return null;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean || o instanceof BoxedInt || o instanceof Integer;
    }

    @TruffleBoundary
    public static BigInteger toBig(Object intValue) {
        if (intValue instanceof BigInteger b) {
            return b;
        }
        return BigInteger.valueOf((Long) intValue);
    }

    // ================================================================== int(x)

    /** {@code int(x)}: PyNumber_Long. */
    @TruffleBoundary
    public static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            return fromDouble(d);
        }
        if (x instanceof String s) {
            return parseStr(s, 10);
        }
        if (x instanceof PyBytes b) {
            return parseBytes(b, 10);
        }
        PyType t = PyObjectOps.type(x);
        Object m = t.lookup("__int__");
        if (m != null && m != PyNone.NONE) {
            Object r = CallOps.callUnbound(m, x, new Object[0], CallOps.NO_KW);
            Object v = intValue(r);
            if (v == null) {
                throw PException.typeError("__int__ returned non-int (type " + PyObjectOps.typeName(r) + ")");
            }
            return v;
        }
        m = t.lookup("__index__");
        if (m != null && m != PyNone.NONE) {
            return PyObjectOps.index(x);
        }
        m = t.lookup("__trunc__");
        if (m != null && m != PyNone.NONE) {
            Object r = CallOps.callUnbound(m, x, new Object[0], CallOps.NO_KW);
            Object v = intValue(r);
            if (v != null) {
                return v;
            }
            Object idx = PyObjectOps.type(r).lookup("__index__");
            if (idx == null) {
                throw PException.typeError("__trunc__ returned non-Integral (type " + PyObjectOps.typeName(r) + ")");
            }
            return PyObjectOps.index(r);
        }
        throw PException.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + PyObjectOps.typeName(x) + "'");
    }

    /** {@code int(x, base)}. */
    @TruffleBoundary
    public static Object toIntBase(Object x, Object baseObj) {
        Object bv = PyObjectOps.index(baseObj);
        long base;
        if (bv instanceof Long l) {
            base = l;
        } else {
            base = ((BigInteger) bv).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        if ((base != 0 && base < 2) || base > 36) {
            throw PException.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (x instanceof String s) {
            return parseStr(s, (int) base);
        }
        if (x instanceof PyBytes b) {
            return parseBytes(b, (int) base);
        }
        throw PException.typeError("int() can't convert non-string with explicit base");
    }

    /** PyLong_FromDouble: truncation toward zero. */
    @TruffleBoundary
    public static Object fromDouble(double d) {
        if (d > -9.2e18 && d < 9.2e18) {
            return (long) d;
        }
        if (Double.isInfinite(d)) {
            throw PException.overflow("cannot convert float infinity to integer");
        }
        if (Double.isNaN(d)) {
            throw PException.valueError("cannot convert float NaN to integer");
        }
        return PyLong.normalize(new BigDecimal(d).toBigInteger());
    }

    // ================================================================== parsing

    /** Python's str.isspace() for one code point. */
    public static boolean isPySpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces to ' ', decimal digits to ASCII, other non-ASCII to '?'. */
    @TruffleBoundary
    public static String toAsciiDigits(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (isPySpace(cp)) {
                sb.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    @TruffleBoundary
    public static Object parseStr(String s, int base) {
        Object r = parse(toAsciiDigits(s), base);
        if (r == null) {
            throw invalidLiteral(base, s);
        }
        return r;
    }

    @TruffleBoundary
    public static Object parseBytes(PyBytes b, int base) {
        byte[] data = b.getStore();
        int n = b.length();
        char[] cs = new char[n];
        for (int i = 0; i < n; i++) {
            int c = data[i] & 0xff;
            cs[i] = c < 128 ? (char) c : '?';
        }
        Object r = parse(new String(cs), base);
        if (r == null) {
            byte[] copy = java.util.Arrays.copyOf(data, Math.min(n, 200));
            throw invalidLiteral(base, new PyBytes(copy));
        }
        return r;
    }

    private static PException invalidLiteral(int base, Object src) {
        String repr = src instanceof String s ? PyStrOps.repr(s) : BuiltinReprs.repr(src);
        if (repr.length() > 200) {
            repr = repr.substring(0, 200);
        }
        return PException.valueError("invalid literal for int() with base " + base + ": " + repr);
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 99;
    }

    /**
     * PyLong_FromString on an ASCII string: returns the int, or null when the literal is invalid.
     * Raises ValueError for more than {@link #MAX_STR_DIGITS} digits in a non power-of-two base.
     */
    @TruffleBoundary
    public static Object parse(String s, int base) {
        int n = s.length();
        int i = 0;
        while (i < n && isAsciiSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        boolean errorIfNonzero = false;
        char c0 = i < n ? s.charAt(i) : 0;
        char c1 = i + 1 < n ? s.charAt(i + 1) : 0;
        if (base == 0) {
            if (c0 != '0') {
                base = 10;
            } else if (c1 == 'x' || c1 == 'X') {
                base = 16;
            } else if (c1 == 'o' || c1 == 'O') {
                base = 8;
            } else if (c1 == 'b' || c1 == 'B') {
                base = 2;
            } else {
                errorIfNonzero = true;
                base = 10;
            }
        }
        if (c0 == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) || (base == 2 && (c1 == 'b' || c1 == 'B')))) {
            i += 2;
            if (i < n && s.charAt(i) == '_') {
                i++;
            }
        }
        if (i < n && s.charAt(i) == '_') {
            return null;
        }
        int start = i;
        int digits = 0;
        char prev = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '_') {
                if (prev == '_') {
                    return null;
                }
            } else if (digitValue(c) < base) {
                digits++;
            } else {
                break;
            }
            prev = c;
            i++;
        }
        if (prev == '_' || digits == 0) {
            return null;
        }
        int end = i;
        while (i < n && isAsciiSpace(s.charAt(i))) {
            i++;
        }
        if (i != n) {
            return null;
        }
        if ((base & (base - 1)) != 0 && digits > MAX_STR_DIGITS) {
            throw PException.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: value has " + digits +
                            " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        String body = s.substring(start, end);
        if (body.indexOf('_') >= 0) {
            body = body.replace("_", "");
        }
        Object v;
        if (digits <= 18 && base <= 10 || digits <= 12) {
            long l = Long.parseLong(body, base);
            v = negative ? -l : l;
        } else {
            BigInteger b = new BigInteger(body, base);
            v = PyLong.normalize(negative ? b.negate() : b);
        }
        if (errorIfNonzero && !(v instanceof Long l && l == 0)) {
            return null;
        }
        return v;
    }

    /** str(int) with CPython's limit on the number of decimal digits. */
    @TruffleBoundary
    public static String toDecimalString(Object v) {
        if (v instanceof BigInteger b && b.bitLength() > 14000) {
            // 4300 decimal digits need at least 14281 bits; check precisely only for large values
            String s = b.toString();
            int digits = s.length() - (b.signum() < 0 ? 1 : 0);
            if (digits > MAX_STR_DIGITS) {
                throw PException.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return v.toString();
    }

    /** int.__format__ with a non-empty spec. */
    @TruffleBoundary
    public static String format(Object v, String spec) {
        return FormatSpec.formatInt(v, spec);
    }

    // ================================================================== rounding

    /** round(int, ndigits) for a negative ndigits: round-half-even to a multiple of 10**-ndigits. */
    @TruffleBoundary
    public static Object roundNegative(Object v, Object ndigitsValue) {
        BigInteger nd = toBig(ndigitsValue).negate();
        if (nd.bitLength() > 31) {
            return 0L;
        }
        BigInteger x = toBig(v);
        BigInteger pow = BigInteger.TEN.pow(nd.intValue());
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            r = r.add(pow);
            q = q.subtract(BigInteger.ONE);
        }
        int cmp = r.shiftLeft(1).compareTo(pow);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyLong.normalize(q.multiply(pow));
    }

    // ================================================================== bits and bytes

    public static long bitLength(Object v) {
        if (v instanceof Long l) {
            if (l == Long.MIN_VALUE) {
                return 64;
            }
            return 64 - Long.numberOfLeadingZeros(Math.abs(l));
        }
        return ((BigInteger) v).abs().bitLength();
    }

    public static long bitCount(Object v) {
        if (v instanceof Long l) {
            if (l == Long.MIN_VALUE) {
                return 1;
            }
            return Long.bitCount(Math.abs(l));
        }
        return ((BigInteger) v).abs().bitCount();
    }

    @TruffleBoundary
    public static PyBytes toBytes(Object v, long length, String byteorder, boolean signed) {
        boolean little;
        if (byteorder.equals("little")) {
            little = true;
        } else if (byteorder.equals("big")) {
            little = false;
        } else {
            throw PException.valueError("byteorder must be either 'little' or 'big'");
        }
        if (length < 0) {
            throw PException.valueError("length argument must be non-negative");
        }
        BigInteger b = toBig(v);
        if (!signed && b.signum() < 0) {
            throw PException.overflow("can't convert negative int to unsigned");
        }
        int needBits = signed ? b.bitLength() + 1 : b.bitLength();
        if (needBits > length * 8) {
            if (!(b.signum() == 0 && length == 0)) {
                throw PException.overflow("int too big to convert");
            }
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
        }
        int len = (int) length;
        byte[] out = new byte[len];
        byte[] twos = b.toByteArray();
        byte fill = (byte) (b.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < len; i++) {
            int src = twos.length - 1 - i;
            byte val = src >= 0 ? twos[src] : fill;
            out[little ? i : len - 1 - i] = val;
        }
        return new PyBytes(out);
    }

    @TruffleBoundary
    public static Object fromBytes(byte[] data, String byteorder, boolean signed) {
        boolean little;
        if (byteorder.equals("little")) {
            little = true;
        } else if (byteorder.equals("big")) {
            little = false;
        } else {
            throw PException.valueError("byteorder must be either 'little' or 'big'");
        }
        int n = data.length;
        if (n == 0) {
            return 0L;
        }
        byte[] be = new byte[n + 1];
        for (int i = 0; i < n; i++) {
            be[i + 1] = little ? data[n - 1 - i] : data[i];
        }
        if (signed) {
            be[0] = (byte) (be[1] < 0 ? 0xff : 0);
        }
        return PyLong.normalize(new BigInteger(be));
    }

    // ================================================================== misc

    @TruffleBoundary
    public static long hash(Object v) {
        if (v instanceof Long l) {
            return PyHash.hashLong(l);
        }
        return PyHash.hashBig((BigInteger) v);
    }

    @TruffleBoundary
    public static Object gcd(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
            long p = Math.abs(x);
            long q = Math.abs(y);
            while (q != 0) {
                long t = p % q;
                p = q;
                q = t;
            }
            return p;
        }
        return PyLong.normalize(toBig(a).gcd(toBig(b)));
    }
}
