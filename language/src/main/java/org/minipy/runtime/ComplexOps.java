package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Python {@code complex}: construction, parsing, repr, format and hash as CPython's complexobject.c. */
public final class ComplexOps {
    private static final Object NI = PySingleton.NOT_IMPLEMENTED;

    private ComplexOps() {
    }

    // ================================================================== construction

    /** complex.__new__(cls, real, imag); {@code imag} is null when not given. */
    @TruffleBoundary
    public static Object newComplex(PyType cls, Object r, Object i) {
        if (r == null) {
            r = 0L;
        }
        if (r instanceof PyComplex c && c.getPyType() == BuiltinTypes.COMPLEX && i == null && cls == BuiltinTypes.COMPLEX) {
            return c;
        }
        if (r instanceof String s) {
            if (i != null) {
                throw PException.typeError("complex() can't take second arg if first is a string");
            }
            double[] v = parse(s);
            return make(cls, v[0], v[1]);
        }
        if (i instanceof String) {
            throw PException.typeError("complex() second arg can't be a string");
        }
        Object special = complexSpecial(r);
        if (special != null) {
            r = special;
        }
        if (!isNumberLike(r)) {
            throw PException.typeError("complex() first argument must be a string or a number, not '" + PyObjectOps.typeName(r) + "'");
        }
        if (i != null && !isNumberLike(i)) {
            throw PException.typeError("complex() second argument must be a number, not '" + PyObjectOps.typeName(i) + "'");
        }
        double crReal;
        double crImag = 0;
        boolean crIsComplex = false;
        if (r instanceof PyComplex c) {
            crReal = c.real;
            crImag = c.imag;
            crIsComplex = true;
        } else {
            crReal = FloatOps.toFloat(r);
        }
        double ciReal;
        double ciImag = 0;
        boolean ciIsComplex = false;
        if (i == null) {
            ciReal = crImag;
        } else if (i instanceof PyComplex c) {
            ciReal = c.real;
            ciImag = c.imag;
            ciIsComplex = true;
        } else {
            ciReal = FloatOps.toFloat(i);
        }
        if (ciIsComplex) {
            crReal -= ciImag;
        }
        if (crIsComplex && i != null) {
            ciReal += crImag;
        }
        return make(cls, crReal, ciReal);
    }

    private static PyComplex make(PyType cls, double re, double im) {
        if (cls == BuiltinTypes.COMPLEX) {
            return new PyComplex(re, im);
        }
        return new PyComplex(cls, re, im);
    }

    private static boolean isNumberLike(Object o) {
        if (NumberOps.isNumber(o) || o instanceof BoxedInt || o instanceof BoxedFloat || o instanceof PyComplex) {
            return true;
        }
        PyType t = PyObjectOps.type(o);
        return t.lookup("__float__") != null || t.lookup("__index__") != null;
    }

    /** The result of {@code __complex__} if the type defines it, else null. */
    @TruffleBoundary
    public static Object complexSpecial(Object o) {
        if (o instanceof PyComplex c && c.getPyType() == BuiltinTypes.COMPLEX) {
            return null;
        }
        if (NumberOps.isReal(o) || o instanceof String) {
            return null;
        }
        Object m = PyObjectOps.type(o).lookup("__complex__");
        if (m == null) {
            return null;
        }
        Object r = CallOps.callUnbound(m, o, new Object[0], CallOps.NO_KW);
        if (!(r instanceof PyComplex)) {
            throw PException.typeError("__complex__ returned non-complex (type " + PyObjectOps.typeName(r) + ")");
        }
        return r;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    /** complex(str). */
    @TruffleBoundary
    public static double[] parse(String src) {
        String s = IntOps.toAsciiDigits(src);
        if (s.indexOf('_') >= 0) {
            s = FloatOps.removeUnderscores(s);
            if (s == null) {
                throw malformed();
            }
        }
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i++;
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
        }
        double x = 0;
        double y = 0;
        int[] end = new int[1];
        double z = FloatOps.strtod(s, i, end);
        if (end[0] != i) {
            i = end[0];
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = z;
                double w = FloatOps.strtod(s, i, end);
                if (end[0] != i) {
                    y = w;
                    i = end[0];
                } else {
                    y = s.charAt(i) == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
                    throw malformed();
                }
                i++;
            } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                i++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                y = s.charAt(i) == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
                throw malformed();
            }
            i++;
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (bracket) {
            if (!(i < n && s.charAt(i) == ')')) {
                throw malformed();
            }
            i++;
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
        }
        if (i != n) {
            throw malformed();
        }
        return new double[]{x, y};
    }

    private static PException malformed() {
        return PException.valueError("complex() arg is a malformed string");
    }

    // ================================================================== repr, format, hash

    @TruffleBoundary
    public static String repr(PyComplex c) {
        if (c.real == 0 && Double.doubleToRawLongBits(c.real) == 0) {
            return PyFloatFormat.format(c.imag, 'r', 0, false, false, false, false) + "j";
        }
        String re = PyFloatFormat.format(c.real, 'r', 0, false, false, false, false);
        String im;
        if (Double.isNaN(c.imag)) {
            im = "+nan";
        } else {
            im = PyFloatFormat.format(c.imag, 'r', 0, false, false, false, true);
        }
        return "(" + re + im + "j)";
    }

    @TruffleBoundary
    public static long hash(PyComplex c) {
        long hr = PyHash.hashDouble(c.real, c);
        long hi = PyHash.hashDouble(c.imag, c);
        long combined = hr + 1000003L * hi;
        if (combined == -1) {
            combined = -2;
        }
        return combined;
    }

    /** complex.__format__. */
    @TruffleBoundary
    public static String format(PyComplex c, String spec) {
        FormatSpec f = FormatSpec.parse(spec, "complex");
        if (f.fill == '0') {
            throw PException.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw PException.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        double re = c.real;
        double im = c.imag;
        char type = f.type;
        int precision = f.precision;
        boolean skipRe = false;
        boolean parens = false;
        int defaultPrecision = 6;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        boolean upper = false;
        switch (type) {
            case 'n':
                type = 'g';
                break;
            case 'E':
            case 'F':
            case 'G':
                upper = true;
                type = Character.toLowerCase(type);
                break;
            case 'e':
            case 'f':
            case 'g':
            case 'r':
                break;
            default:
                throw PException.valueError("Unknown format code '" + f.type + "' for object of type 'complex'");
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String reStr = formatPart(re, type, precision, f, upper, f.sign);
        String imStr = formatPart(im, type, precision, f, upper, skipRe ? f.sign : '+');
        StringBuilder sb = new StringBuilder();
        if (parens) {
            sb.append('(');
        }
        if (!skipRe) {
            sb.append(reStr);
        }
        sb.append(imStr).append('j');
        if (parens) {
            sb.append(')');
        }
        String body = sb.toString();
        int width = f.width;
        if (width <= body.length()) {
            return body;
        }
        char align = f.align == 0 ? '>' : f.align;
        char fill = f.fill;
        int pad = width - body.length();
        int left;
        switch (align) {
            case '<':
                left = 0;
                break;
            case '^':
                left = pad / 2;
                break;
            default:
                left = pad;
                break;
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < left; k++) {
            out.append(fill);
        }
        out.append(body);
        for (int k = 0; k < pad - left; k++) {
            out.append(fill);
        }
        return out.toString();
    }

    /** One part: {@code signMode} is the sign option ('+', ' ', or '-'/0 for minus only). */
    private static String formatPart(double v, char type, int precision, FormatSpec f, boolean upper, char signMode) {
        String s = PyFloatFormat.format(v, type, precision, false, f.alternate, upper, false);
        boolean neg = s.startsWith("-");
        String body = neg ? s.substring(1) : s;
        if (f.zeroNegative && neg) {
            boolean zero = true;
            for (int k = 0; k < body.length(); k++) {
                char ch = body.charAt(k);
                if (ch == 'e' || ch == 'E') {
                    break;
                }
                if (ch >= '1' && ch <= '9') {
                    zero = false;
                    break;
                }
            }
            if (zero) {
                neg = false;
            }
        }
        if (f.grouping != 0 && !Double.isNaN(v) && !Double.isInfinite(v)) {
            int end = 0;
            while (end < body.length() && Character.isDigit(body.charAt(end))) {
                end++;
            }
            String digits = body.substring(0, end);
            StringBuilder g = new StringBuilder();
            int len = digits.length();
            for (int k = 0; k < len; k++) {
                if (k > 0 && (len - k) % 3 == 0) {
                    g.append(f.grouping);
                }
                g.append(digits.charAt(k));
            }
            body = g + body.substring(end);
        }
        String sign = neg ? "-" : (signMode == '+' ? "+" : (signMode == ' ' ? " " : ""));
        return sign + body;
    }

    // ================================================================== arithmetic

    /** complex ** complex as CPython's complex_pow: repeated multiplication for small integral exponents. */
    @TruffleBoundary
    public static PyComplex pow(double ar, double ai, double br, double bi) {
        if (bi == 0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            PyComplex r;
            if (n > 0) {
                r = powu(ar, ai, n);
            } else {
                PyComplex p = powu(ar, ai, -n);
                if (p.real == 0 && p.imag == 0) {
                    throw PException.zeroDivision("0.0 to a negative or complex power");
                }
                r = NumberOps.complexDiv(1.0, 0.0, p.real, p.imag);
            }
            checkOverflow(r);
            return r;
        }
        PyComplex r = NumberOps.complexPow(ar, ai, br, bi);
        checkOverflow(r);
        return r;
    }

    private static void checkOverflow(PyComplex r) {
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw PException.overflow("complex exponentiation");
        }
    }

    private static PyComplex powu(double xr, double xi, long n) {
        double rr = 1.0;
        double ri = 0.0;
        double pr = xr;
        double pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new PyComplex(rr, ri);
    }

    /** The complex value of a number operand (complex, float, int), or null. */
    @TruffleBoundary
    public static PyComplex toComplexOperand(Object o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        Double d = FloatOps.floatValue(o);
        if (d != null) {
            return new PyComplex(d, 0.0);
        }
        Object i = IntOps.intValue(o);
        if (i != null) {
            return new PyComplex(NumberOps.toDouble(i), 0.0);
        }
        return null;
    }

    static Object notImplemented() {
        return NI;
    }
}
