package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The format specification mini-language ({@code format(value, spec)}) for str, int and float. */
public final class FormatSpec {
    char fill = ' ';
    char align = 0;
    char sign = 0;
    boolean zeroNegative;
    boolean alternate;
    int width = -1;
    char grouping = 0;
    int precision = -1;
    char type = 0;

    private FormatSpec() {
    }

    /** Specs parsed before (a spec that parses does not depend on the value's type; specs are not modified). */
    private static final java.util.concurrent.ConcurrentHashMap<String, FormatSpec> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    @TruffleBoundary
    public static FormatSpec parse(String spec, String typeNameForErrors) {
        FormatSpec f = PARSED.get(spec);
        if (f == null) {
            f = parseUncached(spec, typeNameForErrors);
            if (PARSED.size() >= 512) {
                PARSED.clear();
            }
            PARSED.put(spec, f);
        }
        return f;
    }

    private static FormatSpec parseUncached(String spec, String typeNameForErrors) {
        FormatSpec f = new FormatSpec();
        int n = spec.length();
        int i = 0;
        if (n >= 2 && isAlign(spec.charAt(1))) {
            f.fill = spec.charAt(0);
            f.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && isAlign(spec.charAt(0))) {
            f.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && (spec.charAt(i) == '+' || spec.charAt(i) == '-' || spec.charAt(i) == ' ')) {
            f.sign = spec.charAt(i);
            i++;
        }
        if (i < n && spec.charAt(i) == 'z') {
            f.zeroNegative = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (f.align == 0) {
                f.fill = '0';
                f.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            f.width = parseIntChecked(spec.substring(start, i));
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            f.grouping = spec.charAt(i);
            i++;
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                throw PException.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PException.valueError("Format specifier missing precision");
            }
            f.precision = parseIntChecked(spec.substring(start, i));
        }
        if (i < n) {
            if (i + 1 < n) {
                throw PException.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeNameForErrors + "'");
            }
            f.type = spec.charAt(i);
        }
        if (f.grouping != 0 && f.type != 0) {
            boolean ok = f.grouping == ',' ? "deEfFgG%".indexOf(f.type) >= 0 : "bdoxXeEfFgG%".indexOf(f.type) >= 0;
            if (!ok) {
                throw PException.valueError("Cannot specify '" + f.grouping + "' with '" + f.type + "'.");
            }
        }
        return f;
    }

    private static int parseIntChecked(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw PException.valueError("Too many decimal digits in format string");
        }
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    // ------------------------------------------------------------------ str

    @TruffleBoundary
    public static String formatStr(String value, String spec) {
        if (spec.isEmpty()) {
            return value;
        }
        FormatSpec f = parse(spec, "str");
        if (f.type != 0 && f.type != 's') {
            throw PException.valueError("Unknown format code '" + f.type + "' for object of type 'str'");
        }
        if (f.sign != 0) {
            throw PException.valueError("Sign not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PException.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PException.valueError("'=' alignment not allowed in string format specifier");
        }
        String s = value;
        if (f.precision >= 0) {
            s = PyStrOps.truncate(s, f.precision);
        }
        return f.pad(s, '<');
    }

    private String pad(String s, char defaultAlign) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        int total = width - len;
        char a = align == 0 ? defaultAlign : align;
        StringBuilder sb = new StringBuilder();
        int left;
        switch (a) {
            case '>':
                left = total;
                break;
            case '^':
                left = total / 2;
                break;
            default:
                left = 0;
        }
        for (int i = 0; i < left; i++) {
            sb.append(fill);
        }
        sb.append(s);
        for (int i = 0; i < total - left; i++) {
            sb.append(fill);
        }
        return sb.toString();
    }

    /** Pads a number: {@code prefix} is the sign and base prefix, {@code body} the digits. */
    private String padNumber(String prefix, String body) {
        if (align == '=' || (align == 0 && fill == '0')) {
            int len = prefix.length() + body.length();
            if (width > len) {
                StringBuilder sb = new StringBuilder(prefix);
                if (fill == '0' && grouping != 0 && body.indexOf('e') < 0) {
                    return prefix + zeroPadGrouped(body, width - prefix.length());
                }
                for (int i = 0; i < width - len; i++) {
                    sb.append(fill);
                }
                sb.append(body);
                return sb.toString();
            }
            return prefix + body;
        }
        return pad(prefix + body, '>');
    }

    /** Zero padding that continues the digit grouping ("0,001,234"). */
    private String zeroPadGrouped(String body, int targetWidth) {
        int dot = body.indexOf('.');
        String intPart = dot >= 0 ? body.substring(0, dot) : body;
        String rest = dot >= 0 ? body.substring(dot) : "";
        String digits = intPart.replace(String.valueOf(grouping), "");
        int groupSize = 3;
        String result = group(digits, grouping, groupSize) + rest;
        while (result.length() < targetWidth) {
            digits = "0" + digits;
            result = group(digits, grouping, groupSize) + rest;
        }
        if (result.length() > targetWidth && result.charAt(0) == grouping) {
            result = result.substring(1);
        }
        return result;
    }

    private static String group(String digits, char sep, int size) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % size == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ int

    @TruffleBoundary
    public static String formatInt(Object value, String spec) {
        if (spec.isEmpty()) {
            return value instanceof Long l ? Long.toString(l) : PyLong.toBig(value).toString();
        }
        FormatSpec f = parse(spec, "int");
        char t = f.type;
        if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
            return formatFloat(NumberOps.toDouble(value), spec);
        }
        if (f.zeroNegative) {
            throw PException.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.precision >= 0) {
            throw PException.valueError("Precision not allowed in integer format specifier");
        }
        BigInteger v = null;
        long lv = 0;
        boolean isLong = value instanceof Long || value instanceof Boolean;
        if (isLong) {
            lv = value instanceof Long l ? l : ((Boolean) value ? 1 : 0);
        } else {
            v = PyLong.toBig(value);
        }
        if (t == 'c') {
            if (v == null) {
                v = BigInteger.valueOf(lv);
            }
            if (f.sign != 0) {
                throw PException.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PException.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw PException.overflow("Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw PException.overflow("%c arg not in range(0x110000)");
            }
            return f.pad(new String(Character.toChars(v.intValue())), '<');
        }
        String digits;
        String basePrefix = "";
        int groupSize = 3;
        int radix;
        switch (t) {
            case 0:
            case 'd':
            case 'n':
                radix = 10;
                break;
            case 'x':
            case 'X':
                radix = 16;
                basePrefix = t == 'x' ? "0x" : "0X";
                groupSize = 4;
                break;
            case 'o':
                radix = 8;
                basePrefix = "0o";
                groupSize = 4;
                break;
            case 'b':
                radix = 2;
                basePrefix = "0b";
                groupSize = 4;
                break;
            default:
                throw PException.valueError("Unknown format code '" + t + "' for object of type '" + PyObjectOps.typeName(value) + "'");
        }
        boolean negative;
        if (isLong) {
            // Long.toString(v, radix) is signed, so the magnitude of Long.MIN_VALUE comes out right too
            String signed = Long.toString(lv, radix);
            negative = lv < 0;
            digits = negative ? signed.substring(1) : signed;
        } else {
            negative = v.signum() < 0;
            digits = v.abs().toString(radix);
        }
        if (t == 'X') {
            digits = digits.toUpperCase();
        }
        if (f.grouping != 0) {
            digits = group(digits, f.grouping, groupSize);
        }
        String signStr = negative ? "-" : (f.sign == '+' ? "+" : (f.sign == ' ' ? " " : ""));
        String prefix = signStr + (f.alternate ? basePrefix : "");
        if ((f.align == '=' || (f.align == 0 && f.fill == '0')) && f.grouping != 0 && f.fill == '0') {
            int target = f.width - prefix.length();
            String s = digits;
            String raw = s.replace(String.valueOf(f.grouping), "");
            while (s.length() < target) {
                raw = "0" + raw;
                s = group(raw, f.grouping, groupSize);
            }
            return prefix + s;
        }
        return f.padNumber(prefix, digits);
    }

    // ------------------------------------------------------------------ float

    @TruffleBoundary
    public static String formatFloat(double value, String spec) {
        if (spec.isEmpty()) {
            return PyFloatFormat.repr(value);
        }
        FormatSpec f = parse(spec, "float");
        char t = f.type;
        boolean addDot0 = false;
        char code;
        int prec = f.precision;
        double v = value;
        boolean pct = false;
        boolean upper = false;
        switch (t) {
            case 0:
                addDot0 = true;
                if (prec < 0) {
                    code = 'r';
                } else {
                    code = 'g';
                }
                break;
            case 'e':
            case 'f':
            case 'g':
                code = t;
                break;
            case 'E':
            case 'F':
            case 'G':
                code = Character.toLowerCase(t);
                upper = true;
                break;
            case 'n':
                code = 'g';
                break;
            case '%':
                code = 'f';
                v = v * 100;
                pct = true;
                break;
            default:
                throw PException.valueError("Unknown format code '" + t + "' for object of type 'float'");
        }
        if (prec < 0 && code != 'r') {
            prec = 6;
        }
        if (f.alternate && code == 'r') {
            code = 'g';
            prec = 17;
            addDot0 = false;
        }
        String s = PyFloatFormat.format(v, code, Math.max(prec, 0), addDot0, f.alternate, upper, false);
        boolean negative = s.startsWith("-");
        String body = negative ? s.substring(1) : s;
        if (f.zeroNegative && negative && isZeroText(body)) {
            negative = false;
        }
        if (pct) {
            body = body + "%";
        }
        if (f.grouping != 0 && !Double.isNaN(v) && !Double.isInfinite(v)) {
            int end = 0;
            while (end < body.length() && Character.isDigit(body.charAt(end))) {
                end++;
            }
            body = group(body.substring(0, end), f.grouping, 3) + body.substring(end);
        }
        String signStr = negative ? "-" : (f.sign == '+' ? "+" : (f.sign == ' ' ? " " : ""));
        return f.padNumber(signStr, body);
    }

    private static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
