package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** printf-style {@code str % args}, {@code str.format} and {@code format(value, spec)}. */
public final class StringFormatter {
    private StringFormatter() {
    }

    // ================================================================== format()

    /** {@code format(value, spec)}: builtin types directly, others through __format__. */
    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return FormatSpec.formatStr(s, spec);
        } else if (value instanceof Boolean b) {
            if (spec.isEmpty()) {
                return b ? "True" : "False";
            }
            return FormatSpec.formatInt(value, spec);
        } else if (value instanceof Long || value instanceof BigInteger) {
            return FormatSpec.formatInt(value, spec);
        } else if (value instanceof Double d) {
            return FormatSpec.formatFloat(d, spec);
        }
        Object f = PyObjectOps.type(value).lookup("__format__");
        Object r = CallOps.callUnbound(f, value, new Object[]{spec}, CallOps.NO_KW);
        if (!(r instanceof String s)) {
            throw PException.typeError("__format__ must return a str, not " + PyObjectOps.typeName(r));
        }
        return s;
    }

    // ================================================================== %-formatting

    @TruffleBoundary
    public static String percentFormat(String fmt, Object args) {
        Object[] argv;
        boolean isTuple = args instanceof PyTuple t && !(t.getPyType() != BuiltinTypes.TUPLE && false);
        Object mapping = null;
        if (args instanceof PyTuple t) {
            argv = t.getItems();
        } else {
            argv = new Object[]{args};
            if (!(args instanceof String) && PyObjectOps.type(args).lookup("__getitem__") != null && !(args instanceof PyList)) {
                mapping = args;
            }
        }
        StringBuilder sb = new StringBuilder();
        int argIndex = 0;
        int n = fmt.length();
        boolean usedMapping = false;
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw PException.valueError("incomplete format");
            }
            Object value = null;
            boolean haveKey = false;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) {
                    throw PException.typeError("format requires a mapping");
                }
                int depth = 1;
                int ks = i + 1;
                i++;
                while (i < n && depth > 0) {
                    if (fmt.charAt(i) == '(') {
                        depth++;
                    } else if (fmt.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PException.valueError("incomplete format key");
                }
                String key = fmt.substring(ks, i - 1);
                value = PyObjectOps.getItem(mapping, key);
                haveKey = true;
                usedMapping = true;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            while (i < n) {
                char f = fmt.charAt(i);
                if (f == '-') {
                    left = true;
                } else if (f == '+') {
                    plus = true;
                } else if (f == ' ') {
                    space = true;
                } else if (f == '#') {
                    alt = true;
                } else if (f == '0') {
                    zero = true;
                } else {
                    break;
                }
                i++;
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                if (argIndex >= argv.length) {
                    throw PException.typeError("not enough arguments for format string");
                }
                Object w = argv[argIndex++];
                if (!PyLong.isInt(w)) {
                    throw PException.typeError("* wants int");
                }
                width = (int) PyLong.asLong(w);
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int ws = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > ws) {
                    width = Integer.parseInt(fmt.substring(ws, i));
                }
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    if (argIndex >= argv.length) {
                        throw PException.typeError("not enough arguments for format string");
                    }
                    Object p = argv[argIndex++];
                    if (!PyLong.isInt(p)) {
                        throw PException.typeError("* wants int");
                    }
                    prec = (int) PyLong.asLong(p);
                    i++;
                } else {
                    int ps = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    prec = i > ps ? Integer.parseInt(fmt.substring(ps, i)) : 0;
                }
            }
            while (i < n && (fmt.charAt(i) == 'l' || fmt.charAt(i) == 'h' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PException.valueError("incomplete format");
            }
            char conv = fmt.charAt(i);
            i++;
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            if (!haveKey) {
                if (argIndex >= argv.length) {
                    throw PException.typeError("not enough arguments for format string");
                }
                value = argv[argIndex++];
            }
            String body;
            String sign = "";
            switch (conv) {
                case 's':
                    body = PyObjectOps.str(value);
                    if (prec >= 0) {
                        body = PyStrOps.truncate(body, prec);
                    }
                    break;
                case 'r':
                    body = PyObjectOps.repr(value);
                    if (prec >= 0) {
                        body = PyStrOps.truncate(body, prec);
                    }
                    break;
                case 'a':
                    body = PyStrOps.asciiEscape(PyObjectOps.repr(value));
                    if (prec >= 0) {
                        body = PyStrOps.truncate(body, prec);
                    }
                    break;
                case 'd':
                case 'i':
                case 'u': {
                    BigInteger v = toIntForFormat(value, conv);
                    if (v.signum() < 0) {
                        sign = "-";
                    } else if (plus) {
                        sign = "+";
                    } else if (space) {
                        sign = " ";
                    }
                    body = v.abs().toString();
                    if (prec > body.length()) {
                        body = "0".repeat(prec - body.length()) + body;
                    }
                    break;
                }
                case 'x':
                case 'X':
                case 'o': {
                    BigInteger v = toIndexForFormat(value, conv);
                    if (v.signum() < 0) {
                        sign = "-";
                    } else if (plus) {
                        sign = "+";
                    } else if (space) {
                        sign = " ";
                    }
                    body = v.abs().toString(conv == 'o' ? 8 : 16);
                    if (conv == 'X') {
                        body = body.toUpperCase();
                    }
                    if (prec > body.length()) {
                        body = "0".repeat(prec - body.length()) + body;
                    }
                    if (alt) {
                        sign = sign + (conv == 'o' ? "0o" : (conv == 'x' ? "0x" : "0X"));
                    }
                    break;
                }
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G': {
                    double d = toDoubleForFormat(value, conv);
                    String s = PyFloatFormat.format(d, Character.toLowerCase(conv), prec < 0 ? 6 : prec, false, alt, Character.isUpperCase(conv), false);
                    if (s.startsWith("-")) {
                        sign = "-";
                        s = s.substring(1);
                    } else if (plus) {
                        sign = "+";
                    } else if (space) {
                        sign = " ";
                    }
                    body = s;
                    break;
                }
                case 'c': {
                    if (value instanceof String cs) {
                        if (cs.codePointCount(0, cs.length()) != 1) {
                            throw PException.typeError("%c requires int or char");
                        }
                        body = cs;
                    } else if (PyLong.isInt(value)) {
                        long cp = PyLong.asLong(value);
                        if (cp < 0 || cp > 0x10ffff) {
                            throw PException.overflow("%c arg not in range(0x110000)");
                        }
                        body = new String(Character.toChars((int) cp));
                    } else {
                        throw PException.typeError("%c requires int or char");
                    }
                    break;
                }
                default:
                    throw PException.valueError("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv) + ") at index " + (i - 1));
            }
            int len = sign.length() + (int) PyStrOps.length(body);
            if (width > len) {
                if (left) {
                    sb.append(sign).append(body).append(" ".repeat(width - len));
                } else if (zero && "sraic".indexOf(conv) < 0) {
                    sb.append(sign).append("0".repeat(width - len)).append(body);
                } else {
                    sb.append(" ".repeat(width - len)).append(sign).append(body);
                }
            } else {
                sb.append(sign).append(body);
            }
            if (start < 0) {
                break;
            }
        }
        if (!usedMapping && argIndex < argv.length && !(mapping != null && argv.length == 1)) {
            throw PException.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    private static BigInteger toIntForFormat(Object value, char conv) {
        if (PyLong.isInt(value)) {
            return PyLong.toBig(value);
        }
        if (value instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PException.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PException.overflow("cannot convert float infinity to integer");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        }
        Object idx = PyObjectOps.indexOrNull(value);
        if (idx != null) {
            return PyLong.toBig(idx);
        }
        Object intM = PyObjectOps.type(value).lookup("__int__");
        if (intM != null) {
            return PyLong.toBig(CallOps.callUnbound(intM, value, new Object[0], CallOps.NO_KW));
        }
        throw PException.typeError("%" + conv + " format: a real number is required, not " + PyObjectOps.typeName(value));
    }

    private static BigInteger toIndexForFormat(Object value, char conv) {
        Object idx = PyObjectOps.indexOrNull(value);
        if (idx != null) {
            return PyLong.toBig(idx);
        }
        throw PException.typeError("%" + conv + " format: an integer is required, not " + PyObjectOps.typeName(value));
    }

    private static double toDoubleForFormat(Object value, char conv) {
        if (value instanceof Double d) {
            return d;
        }
        if (PyLong.isInt(value)) {
            return NumberOps.toDouble(value);
        }
        Object f = PyObjectOps.type(value).lookup("__float__");
        if (f != null) {
            Object r = CallOps.callUnbound(f, value, new Object[0], CallOps.NO_KW);
            if (r instanceof Double d) {
                return d;
            }
        }
        Object idx = PyObjectOps.indexOrNull(value);
        if (idx != null) {
            return NumberOps.toDouble(idx);
        }
        throw PException.typeError("must be real number, not " + PyObjectOps.typeName(value));
    }

    // ================================================================== str.format

    @TruffleBoundary
    public static String strFormat(String fmt, Object[] args, PyDict kwargs) {
        int[] autoIndex = {0};
        StringBuilder sb = new StringBuilder();
        formatInto(sb, fmt, args, kwargs, autoIndex, 2);
        return sb.toString();
    }

    private static void formatInto(StringBuilder sb, String fmt, Object[] args, PyDict kwargs, int[] autoIndex, int depth) {
        if (depth < 0) {
            throw PException.valueError("Max string recursion exceeded");
        }
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    sb.append('{');
                    i += 2;
                    continue;
                }
                int j = i + 1;
                int nest = 1;
                while (j < n) {
                    char d = fmt.charAt(j);
                    if (d == '{') {
                        nest++;
                    } else if (d == '}') {
                        nest--;
                        if (nest == 0) {
                            break;
                        }
                    }
                    j++;
                }
                if (j >= n) {
                    if (i + 1 == n) {
                        throw PException.valueError("Single '{' encountered in format string");
                    }
                    throw PException.valueError("expected '}' before end of string");
                }
                String field = fmt.substring(i + 1, j);
                sb.append(renderField(field, args, kwargs, autoIndex, depth));
                i = j + 1;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw PException.valueError("Single '}' encountered in format string");
            } else {
                sb.append(c);
                i++;
            }
        }
    }

    private static String renderField(String field, Object[] args, PyDict kwargs, int[] autoIndex, int depth) {
        // split field_name[!conv][:spec]
        int k = 0;
        int n = field.length();
        int bracket = 0;
        while (k < n) {
            char c = field.charAt(k);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && (c == '!' || c == ':')) {
                break;
            }
            k++;
        }
        String name = field.substring(0, k);
        char conv = 0;
        String spec = "";
        if (k < n && field.charAt(k) == '!') {
            if (k + 1 >= n) {
                throw PException.valueError("end of string while looking for conversion specifier");
            }
            conv = field.charAt(k + 1);
            k += 2;
            if (k < n && field.charAt(k) != ':') {
                throw PException.valueError("expected ':' after conversion specifier");
            }
        }
        if (k < n && field.charAt(k) == ':') {
            spec = field.substring(k + 1);
        }
        Object value = resolveField(name, args, kwargs, autoIndex);
        switch (conv) {
            case 0:
                break;
            case 'r':
                value = PyObjectOps.repr(value);
                break;
            case 's':
                value = PyObjectOps.str(value);
                break;
            case 'a':
                value = PyStrOps.asciiEscape(PyObjectOps.repr(value));
                break;
            default:
                throw PException.valueError("Unknown conversion specifier " + conv);
        }
        if (spec.indexOf('{') >= 0) {
            StringBuilder sb = new StringBuilder();
            formatInto(sb, spec, args, kwargs, autoIndex, depth - 1);
            spec = sb.toString();
        }
        return format(value, spec);
    }

    private static Object resolveField(String name, Object[] args, PyDict kwargs, int[] autoIndex) {
        int n = name.length();
        int k = 0;
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        Object value;
        if (first.isEmpty()) {
            if (autoIndex[0] < 0) {
                throw PException.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            int idx = autoIndex[0]++;
            if (idx >= args.length) {
                throw PException.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            value = args[idx];
        } else if (isDigits(first)) {
            if (autoIndex[0] > 0) {
                throw PException.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            autoIndex[0] = -1;
            int idx = Integer.parseInt(first);
            if (idx >= args.length) {
                throw PException.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            value = args[idx];
        } else {
            Object v = kwargs == null ? null : kwargs.getItemStr(first);
            if (v == null) {
                throw PException.keyError(first);
            }
            value = v;
        }
        while (k < n) {
            char c = name.charAt(k);
            if (c == '.') {
                int s = ++k;
                while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    k++;
                }
                String attr = name.substring(s, k);
                if (attr.isEmpty()) {
                    throw PException.valueError("Empty attribute in format string");
                }
                value = PyObjectOps.getAttr(value, attr);
            } else if (c == '[') {
                int s = ++k;
                while (k < n && name.charAt(k) != ']') {
                    k++;
                }
                if (k >= n) {
                    throw PException.valueError("Missing ']' in format string");
                }
                String key = name.substring(s, k);
                k++;
                if (key.isEmpty()) {
                    throw PException.valueError("Empty attribute in format string");
                }
                Object keyObj = isDigits(key) ? (Object) Long.parseLong(key) : key;
                value = PyObjectOps.getItem(value, keyObj);
            } else {
                throw PException.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
