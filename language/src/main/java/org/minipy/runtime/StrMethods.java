package org.minipy.runtime;

import java.math.BigInteger;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The algorithms behind the methods of {@code str}, with CPython's results and error messages. */
public final class StrMethods {
    private StrMethods() {
    }

    private static boolean given(Object o) {
        return o != NoValue.INSTANCE;
    }

    // ================================================================== argument conversion

    @TruffleBoundary
    public static PException descriptorError(String name, String owner, Object self) {
        return PyObjectOps.descriptorError(name, owner, self);
    }

    /** A start/end argument: absent or None gives {@code dflt}; ints are clamped to the long range. */
    @TruffleBoundary
    public static long sliceIndex(Object o, long dflt) {
        if (o == NoValue.INSTANCE || o == PyNone.NONE) {
            return dflt;
        }
        if (o instanceof Long l) {
            return l;
        }
        Object v = PyObjectOps.indexOrNull(o);
        if (v == null) {
            throw PException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (v instanceof Long l) {
            return l;
        }
        return ((BigInteger) v).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    /** Start index as ADJUST_INDICES; values past the end become {@code len + 1}. */
    public static int adjustStart(Object start, int len) {
        if (start == NoValue.INSTANCE) {
            return 0;
        }
        long s = sliceIndex(start, 0);
        if (s < 0) {
            s += len;
            if (s < 0) {
                s = 0;
            }
        } else if (s > len) {
            s = len + 1L;
        }
        return (int) s;
    }

    public static int adjustEnd(Object end, int len) {
        if (end == NoValue.INSTANCE) {
            return len;
        }
        long e = sliceIndex(end, len);
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e += len;
            if (e < 0) {
                e = 0;
            }
        }
        return (int) e;
    }

    /** A Py_ssize_t argument (widths, counts): __index__ objects; OverflowError when too large. */
    @TruffleBoundary
    public static long ssize(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        Object v = PyObjectOps.indexOrNull(o);
        if (v == null) {
            throw PException.typeError("'" + PyObjectOps.typeName(o) + "' object cannot be interpreted as an integer");
        }
        if (v instanceof Long l) {
            return l;
        }
        throw PException.overflow("Python int too large to convert to C ssize_t");
    }

    /** A C int argument (keepends). */
    @TruffleBoundary
    public static boolean intFlag(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Long l) {
            if (l != (int) (long) l) {
                throw PException.overflow("Python int too large to convert to C int");
            }
            return l != 0;
        }
        Object v = PyObjectOps.indexOrNull(o);
        if (v == null) {
            throw PException.typeError("'" + PyObjectOps.typeName(o) + "' object cannot be interpreted as an integer");
        }
        if (v instanceof Long l) {
            return intFlag(l);
        }
        throw PException.overflow("Python int too large to convert to C int");
    }

    /** The type name in argument-clinic messages ("not None" rather than "not NoneType"). */
    public static String argTypeName(Object o) {
        return o == PyNone.NONE ? "None" : PyObjectOps.typeName(o);
    }

    private static String strArg(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw PException.typeError("must be str, not " + PyObjectOps.typeName(o));
    }

    // ================================================================== character classes

    /** Py_UNICODE_ISSPACE. */
    public static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** Py_UNICODE_ISLINEBREAK. */
    public static boolean isLineBreak(int c) {
        if (c < 128) {
            return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E);
        }
        return c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    public static boolean isDecimal(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return UnicodeTables.in(UnicodeTables.DECIMAL, cp);
    }

    public static boolean isDigit(int cp) {
        return isDecimal(cp) || (cp >= 128 && UnicodeTables.in(UnicodeTables.DIGIT, cp));
    }

    public static boolean isNumeric(int cp) {
        return isDigit(cp) || (cp >= 128 && UnicodeTables.in(UnicodeTables.NUMERIC, cp));
    }

    public static boolean isAlpha(int cp) {
        if (cp < 128) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return Character.isLetter(cp) && !UnicodeTables.unassigned(cp);
    }

    public static boolean isAlnum(int cp) {
        return isAlpha(cp) || isNumeric(cp);
    }

    public static boolean isLower(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z';
        }
        return Character.isLowerCase(cp) && !UnicodeTables.unassigned(cp) && java.util.Arrays.binarySearch(NOT_LOWER_IN_14, cp) < 0;
    }

    /** Code points that became Other_Lowercase after Unicode 14.0. */
    private static final int[] NOT_LOWER_IN_14 = {0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69};

    /** Java's ID_Start / ID_Continue code points that are not XID_Start / XID_Continue (NFKC closure). */
    private static final int[] NOT_XID_START = {0x37A, 0xE33, 0xEB3, 0x2E2F, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70, 0xFE72,
                    0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E, 0xFF9E, 0xFF9F};
    private static final int[] NOT_XID_CONTINUE = {0x37A, 0x2E2F, 0x309B, 0x309C, 0x30FB, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70, 0xFE72,
                    0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E, 0xFF65};

    public static boolean isUpper(int cp) {
        if (cp < 128) {
            return cp >= 'A' && cp <= 'Z';
        }
        return Character.isUpperCase(cp) && !UnicodeTables.unassigned(cp);
    }

    public static boolean isTitleChar(int cp) {
        return cp >= 128 && Character.isTitleCase(cp) && !UnicodeTables.unassigned(cp);
    }

    public static boolean isCased(int cp) {
        return isLower(cp) || isUpper(cp) || isTitleChar(cp);
    }

    private static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        switch (cp) {
            case '\'', '.', ':', '^', '`', 0xB7, 0x387, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                return false;
        }
    }

    // ================================================================== predicates

    private interface CpPredicate {
        boolean test(int cp);
    }

    private static boolean all(String s, CpPredicate p) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n;) {
            int cp = s.codePointAt(i);
            if (!p.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @TruffleBoundary
    public static boolean isdigit(String s) {
        return all(s, StrMethods::isDigit);
    }

    @TruffleBoundary
    public static boolean isdecimal(String s) {
        return all(s, StrMethods::isDecimal);
    }

    @TruffleBoundary
    public static boolean isnumeric(String s) {
        return all(s, StrMethods::isNumeric);
    }

    @TruffleBoundary
    public static boolean isalpha(String s) {
        return all(s, StrMethods::isAlpha);
    }

    @TruffleBoundary
    public static boolean isalnum(String s) {
        return all(s, StrMethods::isAlnum);
    }

    @TruffleBoundary
    public static boolean isspace(String s) {
        return all(s, StrMethods::isSpace);
    }

    @TruffleBoundary
    public static boolean isprintable(String s) {
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (!PyStrOps.isPrintable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @TruffleBoundary
    public static boolean isascii(String s) {
        return PyStrOps.isAscii(s);
    }

    @TruffleBoundary
    public static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (isUpper(cp) || isTitleChar(cp)) {
                return false;
            } else if (!cased && isLower(cp)) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (isLower(cp) || isTitleChar(cp)) {
                return false;
            } else if (!cased && isUpper(cp)) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean istitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (isUpper(cp) || isTitleChar(cp)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (isLower(cp)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean isidentifier(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        int cp = s.codePointAt(0);
        if (!(cp == '_' || isIdStart(cp))) {
            return false;
        }
        for (int i = Character.charCount(cp); i < n;) {
            cp = s.codePointAt(i);
            if (!isIdContinue(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    public static boolean isIdStart(int cp) {
        if (cp < 128) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp) && !UnicodeTables.unassigned(cp) &&
                        java.util.Arrays.binarySearch(NOT_XID_START, cp) < 0;
    }

    public static boolean isIdContinue(int cp) {
        if (cp < 128) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp == '_' || (cp >= '0' && cp <= '9');
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !UnicodeTables.unassigned(cp) &&
                        java.util.Arrays.binarySearch(NOT_XID_CONTINUE, cp) < 0;
    }

    // ================================================================== case conversion

    @TruffleBoundary
    public static String upper(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 'a' && c <= 'z')) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        String ascii = asciiCase(s, i, 'a', -32);
        if (ascii != null) {
            return ascii;
        }
        String r = s.toUpperCase(Locale.ROOT);
        if (hasUnassigned(r)) {
            StringBuilder sb = new StringBuilder(n);
            for (int k = 0; k < n;) {
                int cp = s.codePointAt(k);
                appendUpperFull(sb, cp);
                k += Character.charCount(cp);
            }
            return sb.toString();
        }
        return r;
    }

    /**
     * Upper- or lower-cases an ASCII string (letters from {@code first} to {@code first + 25} move by
     * {@code delta}), starting at {@code from}; null if the string is not ASCII.
     */
    private static String asciiCase(String s, int from, char first, int delta) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (b.length != s.length()) {
            return null;
        }
        for (int k = from; k < b.length; k++) {
            int c = b[k];
            if (c < 0 || c == '?' && s.charAt(k) != '?') {
                // not Latin-1 (unmappable characters became '?'), or not ASCII
                return null;
            }
            if ((c - first & 0xFF) < 26) {
                b[k] = (byte) (c + delta);
            }
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static boolean hasUnassigned(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x370) {
                int cp = s.codePointAt(i);
                if (UnicodeTables.unassigned(cp)) {
                    return true;
                }
            }
        }
        return false;
    }

    @TruffleBoundary
    public static String lower(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        String ascii = asciiCase(s, i, 'A', 32);
        if (ascii != null) {
            return ascii;
        }
        if (hasUnassigned(s)) {
            StringBuilder sb = new StringBuilder(n);
            for (int k = 0; k < n;) {
                int cp = s.codePointAt(k);
                appendLowerFull(sb, s, k, cp);
                k += Character.charCount(cp);
            }
            return sb.toString();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static String cpString(int cp) {
        return new String(Character.toChars(cp));
    }

    private static void appendUpperFull(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        } else if (UnicodeTables.unassigned(cp)) {
            sb.appendCodePoint(cp);
        } else {
            String u = cpString(cp).toUpperCase(Locale.ROOT);
            if (u.length() <= 2 && UnicodeTables.unassigned(u.codePointAt(0))) {
                // mapped to a character added after Unicode 14.0
                sb.appendCodePoint(cp);
            } else {
                sb.append(u);
            }
        }
    }

    /** Full lowercase of s[i] (code point cp), with the Final_Sigma rule for U+03A3. */
    private static void appendLowerFull(StringBuilder sb, String s, int i, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else if (cp == 0x3A3) {
            sb.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
        } else if (UnicodeTables.unassigned(cp)) {
            sb.appendCodePoint(cp);
        } else {
            sb.append(cpString(cp).toLowerCase(Locale.ROOT));
        }
    }

    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        while (j > 0) {
            c = s.codePointBefore(j);
            if (!isCaseIgnorable(c)) {
                break;
            }
            j -= Character.charCount(c);
        }
        if (j <= 0 || !isCased(c)) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            if (!isCaseIgnorable(c)) {
                break;
            }
            j += Character.charCount(c);
        }
        return j == s.length() || !isCased(c);
    }

    private static void appendTitleFull(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        String special = UnicodeTables.lookup(UnicodeTables.TITLE_KEYS, UnicodeTables.TITLE_VALUES, cp);
        if (special != null) {
            sb.append(special);
            return;
        }
        if (UnicodeTables.unassigned(cp)) {
            sb.appendCodePoint(cp);
            return;
        }
        int t = Character.toTitleCase(cp);
        if (UnicodeTables.unassigned(t)) {
            sb.appendCodePoint(cp);
            return;
        }
        if (t != Character.toUpperCase(cp) || Character.isTitleCase(t)) {
            sb.appendCodePoint(t);
            return;
        }
        String u = cpString(cp).toUpperCase(Locale.ROOT);
        int first = u.codePointAt(0);
        int k = Character.charCount(first);
        if (k == u.length()) {
            sb.append(u);
        } else {
            sb.appendCodePoint(first);
            sb.append(u.substring(k).toLowerCase(Locale.ROOT));
        }
    }

    @TruffleBoundary
    public static String capitalize(String s) {
        int n = s.length();
        if (n == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        int cp = s.codePointAt(0);
        appendTitleFull(sb, cp);
        for (int i = Character.charCount(cp); i < n;) {
            cp = s.codePointAt(i);
            appendLowerFull(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String title(String s) {
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        boolean prevCased = false;
        for (int i = 0; i < n;) {
            int cp = s.codePointAt(i);
            if (prevCased) {
                appendLowerFull(sb, s, i, cp);
            } else {
                appendTitleFull(sb, cp);
            }
            prevCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String swapcase(String s) {
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n;) {
            int cp = s.codePointAt(i);
            if (isUpper(cp)) {
                appendLowerFull(sb, s, i, cp);
            } else if (isLower(cp)) {
                appendUpperFull(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String casefold(String s) {
        if (PyStrOps.isAscii(s)) {
            return lower(s);
        }
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n;) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
                continue;
            }
            String f = UnicodeTables.lookup(UnicodeTables.FOLD_KEYS, UnicodeTables.FOLD_VALUES, cp);
            if (f != null) {
                sb.append(f);
            } else if (UnicodeTables.unassigned(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(cpString(cp).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    // ================================================================== searching

    /**
     * Python start/end (code point indices) of s as {utf16Start, utf16End, cpStart, cpEnd}. Without
     * surrogate pairs both kinds of index coincide.
     */
    private static int[] range(String s, Object start, Object end, boolean pairs) {
        if (!pairs) {
            int len = s.length();
            int st = adjustStart(start, len);
            int en = adjustEnd(end, len);
            return new int[]{st, en, st, en};
        }
        int cpLen = s.codePointCount(0, s.length());
        int st = adjustStart(start, cpLen);
        int en = adjustEnd(end, cpLen);
        int ust = st > cpLen ? s.length() + 1 : s.offsetByCodePoints(0, st);
        return new int[]{ust, s.offsetByCodePoints(0, en), st, en};
    }

    private static long cpIndex(String s, int utf16, boolean pairs) {
        return pairs && utf16 > 0 ? s.codePointCount(0, utf16) : utf16;
    }

    @TruffleBoundary
    public static long find(String s, Object subObj, Object start, Object end) {
        String sub = strArg(subObj);
        boolean pairs = PyStrOps.hasPairs(s);
        int[] r = range(s, start, end, pairs);
        return cpIndex(s, findIn(s, sub, r[0], r[1]), pairs);
    }

    @TruffleBoundary
    public static long rfind(String s, Object subObj, Object start, Object end) {
        String sub = strArg(subObj);
        boolean pairs = PyStrOps.hasPairs(s);
        int[] r = range(s, start, end, pairs);
        return cpIndex(s, rfindIn(s, sub, r[0], r[1]), pairs);
    }

    @TruffleBoundary
    public static long index(String s, Object subObj, Object start, Object end) {
        long r = find(s, subObj, start, end);
        if (r < 0) {
            throw PException.valueError("substring not found");
        }
        return r;
    }

    @TruffleBoundary
    public static long rindex(String s, Object subObj, Object start, Object end) {
        long r = rfind(s, subObj, start, end);
        if (r < 0) {
            throw PException.valueError("substring not found");
        }
        return r;
    }

    public static int findIn(String s, String sub, int st, int en) {
        int n = sub.length();
        if (en - st < n) {
            return -1;
        }
        int i;
        if (n == 1) {
            char c = sub.charAt(0);
            for (i = st; i < en; i++) {
                if (s.charAt(i) == c) {
                    return i;
                }
            }
            return -1;
        }
        i = s.indexOf(sub, st);
        if (i < 0 || i + n > en) {
            return -1;
        }
        return i;
    }

    public static int rfindIn(String s, String sub, int st, int en) {
        int n = sub.length();
        if (en - st < n) {
            return -1;
        }
        int i = s.lastIndexOf(sub, en - n);
        if (i < st) {
            return -1;
        }
        return i;
    }

    @TruffleBoundary
    public static long count(String s, Object subObj, Object start, Object end) {
        String sub = strArg(subObj);
        int[] r = range(s, start, end, PyStrOps.hasPairs(s));
        int st = r[0];
        int en = r[1];
        int n = sub.length();
        if (n == 0) {
            return r[3] < r[2] ? 0 : r[3] - r[2] + 1;
        }
        if (en - st < n) {
            return 0;
        }
        long c = 0;
        if (n == 1) {
            char ch = sub.charAt(0);
            for (int i = st; i < en; i++) {
                if (s.charAt(i) == ch) {
                    c++;
                }
            }
            return c;
        }
        int i = st;
        while (true) {
            int j = s.indexOf(sub, i);
            if (j < 0 || j + n > en) {
                break;
            }
            c++;
            i = j + n;
        }
        return c;
    }

    @TruffleBoundary
    public static boolean contains(String s, Object sub) {
        if (sub instanceof String t) {
            return s.contains(t);
        }
        throw PException.typeError("'in <string>' requires string as left operand, not " + PyObjectOps.typeName(sub));
    }

    /** startswith / endswith. */
    @TruffleBoundary
    public static boolean startsOrEndsWith(String s, Object prefix, Object start, Object end, boolean ends) {
        int[] r = range(s, start, end, PyStrOps.hasPairs(s));
        int st = r[0];
        int en = r[1];
        if (prefix instanceof String p) {
            return tailMatch(s, p, st, en, ends);
        }
        String name = ends ? "endswith" : "startswith";
        if (prefix instanceof PyTuple t) {
            for (Object item : t.getItems()) {
                Object o = PyStrObject.unwrap(item);
                if (!(o instanceof String p)) {
                    throw PException.typeError("tuple for " + name + " must only contain str, not " + PyObjectOps.typeName(o));
                }
                if (tailMatch(s, p, st, en, ends)) {
                    return true;
                }
            }
            return false;
        }
        throw PException.typeError(name + " first arg must be str or a tuple of str, not " + PyObjectOps.typeName(prefix));
    }

    @TruffleBoundary
    public static boolean startsWith(String s, String p) {
        return s.startsWith(p);
    }

    @TruffleBoundary
    public static boolean endsWith(String s, String p) {
        return s.endsWith(p);
    }

    private static boolean tailMatch(String s, String p, int st, int en, boolean ends) {
        int n = p.length();
        if (en - n < st) {
            return false;
        }
        if (ends) {
            return s.startsWith(p, en - n);
        }
        return s.startsWith(p, st);
    }

    // ================================================================== split and join

    private static long maxsplit(Object o) {
        if (o == NoValue.INSTANCE) {
            return Long.MAX_VALUE;
        }
        long m = ssize(o);
        return m < 0 ? Long.MAX_VALUE : m;
    }

    @TruffleBoundary
    public static PyList split(String s, Object sepObj, Object maxObj) {
        long max = maxsplit(maxObj);
        if (sepObj == NoValue.INSTANCE || sepObj == PyNone.NONE) {
            return splitWhitespace(s, max);
        }
        if (!(sepObj instanceof String sep)) {
            throw PException.typeError("must be str or None, not " + PyObjectOps.typeName(sepObj));
        }
        return split(s, sep, max);
    }

    @TruffleBoundary
    public static PyList split(String s, String sep, long max) {
        int n = sep.length();
        if (n == 0) {
            throw PException.valueError("empty separator");
        }
        PyList out = new PyList();
        int i = 0;
        if (n == 1) {
            char c = sep.charAt(0);
            while (max-- > 0) {
                int j = s.indexOf(c, i);
                if (j < 0) {
                    break;
                }
                out.append(s.substring(i, j));
                i = j + 1;
            }
        } else {
            while (max-- > 0) {
                int j = s.indexOf(sep, i);
                if (j < 0) {
                    break;
                }
                out.append(s.substring(i, j));
                i = j + n;
            }
        }
        out.append(i == 0 ? s : s.substring(i));
        return out;
    }

    @TruffleBoundary
    public static PyList splitWhitespace(String s, long max) {
        PyList out = new PyList();
        int len = s.length();
        int i = 0;
        while (max-- > 0) {
            while (i < len && isSpace(s.charAt(i))) {
                i++;
            }
            if (i == len) {
                break;
            }
            int j = i;
            i++;
            while (i < len && !isSpace(s.charAt(i))) {
                i++;
            }
            out.append(j == 0 && i == len ? s : s.substring(j, i));
        }
        if (i < len) {
            while (i < len && isSpace(s.charAt(i))) {
                i++;
            }
            if (i != len) {
                out.append(s.substring(i));
            }
        }
        return out;
    }

    @TruffleBoundary
    public static PyList rsplit(String s, Object sepObj, Object maxObj) {
        long max = maxsplit(maxObj);
        PyList out = new PyList();
        int len = s.length();
        if (sepObj == NoValue.INSTANCE || sepObj == PyNone.NONE) {
            int i = len - 1;
            while (max-- > 0) {
                while (i >= 0 && isSpace(s.charAt(i))) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                i--;
                while (i >= 0 && !isSpace(s.charAt(i))) {
                    i--;
                }
                out.append(s.substring(i + 1, j + 1));
            }
            if (i >= 0) {
                while (i >= 0 && isSpace(s.charAt(i))) {
                    i--;
                }
                if (i >= 0) {
                    out.append(s.substring(0, i + 1));
                }
            }
        } else {
            if (!(sepObj instanceof String sep)) {
                throw PException.typeError("must be str or None, not " + PyObjectOps.typeName(sepObj));
            }
            int n = sep.length();
            if (n == 0) {
                throw PException.valueError("empty separator");
            }
            int j = len;
            while (max-- > 0) {
                int pos = j - n < 0 ? -1 : s.lastIndexOf(sep, j - n);
                if (pos < 0) {
                    break;
                }
                out.append(s.substring(pos + n, j));
                j = pos;
            }
            out.append(s.substring(0, j));
        }
        reverse(out);
        return out;
    }

    private static void reverse(PyList l) {
        Object[] a = l.getStore();
        for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @TruffleBoundary
    public static PyList splitlines(String s, Object keependsObj) {
        boolean keepends = keependsObj != NoValue.INSTANCE && intFlag(keependsObj);
        PyList out = new PyList();
        int len = s.length();
        int i = 0;
        while (i < len) {
            int j = i;
            while (i < len && !isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < len) {
                if (s.charAt(i) == '\r' && i + 1 < len && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.append(s.substring(j, eol));
        }
        return out;
    }

    /** Whether o can be iterated (for "can only join an iterable"). */
    private static boolean isIterable(Object o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof String) {
            return true;
        }
        PyType t = PyObjectOps.type(o);
        Object it = t.lookup("__iter__");
        if (it != null) {
            return it != PyNone.NONE;
        }
        return t.lookup("__getitem__") != null;
    }

    @TruffleBoundary
    public static String join(String sep, Object iterable) {
        Object[] items;
        int n;
        if (iterable instanceof PyList l) {
            items = l.getStore();
            n = l.size();
        } else if (iterable instanceof PyTuple t) {
            items = t.getItems();
            n = items.length;
        } else {
            if (!isIterable(iterable)) {
                throw PException.typeError("can only join an iterable");
            }
            items = PyObjectOps.toArray(iterable);
            n = items.length;
        }
        return joinArray(sep, items, n);
    }

    @TruffleBoundary
    public static String joinArray(String sep, Object[] items, int n) {
        if (n == 0) {
            return "";
        }
        long total = (long) sep.length() * (n - 1);
        boolean boxed = false;
        for (int i = 0; i < n; i++) {
            Object o = items[i];
            if (o instanceof String s) {
                total += s.length();
            } else if (o instanceof PyStrObject p) {
                total += p.getValue().length();
                boxed = true;
            } else {
                throw PException.typeError("sequence item " + i + ": expected str instance, " + PyObjectOps.typeName(o) + " found");
            }
        }
        if (n == 1) {
            return (String) PyStrObject.unwrap(items[0]);
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
        }
        StringBuilder sb = new StringBuilder((int) total);
        if (boxed) {
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append((String) PyStrObject.unwrap(items[i]));
            }
            return sb.toString();
        }
        sb.append((String) items[0]);
        if (sep.isEmpty()) {
            for (int i = 1; i < n; i++) {
                sb.append((String) items[i]);
            }
        } else {
            for (int i = 1; i < n; i++) {
                sb.append(sep).append((String) items[i]);
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static PyTuple partition(String s, Object sepObj, boolean reverse) {
        String sep = strArg(sepObj);
        if (sep.isEmpty()) {
            throw PException.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? new PyTuple(new Object[]{"", "", s}) : new PyTuple(new Object[]{s, "", ""});
        }
        return new PyTuple(new Object[]{s.substring(0, i), sep, s.substring(i + sep.length())});
    }

    // ================================================================== strip, replace, padding

    /** mode: 0 both, 1 left, 2 right. */
    @TruffleBoundary
    public static String strip(String s, Object chars, int mode) {
        int len = s.length();
        int i = 0;
        int j = len;
        if (chars == NoValue.INSTANCE || chars == PyNone.NONE) {
            if (mode != 2) {
                while (i < j && isSpace(s.charAt(i))) {
                    i++;
                }
            }
            if (mode != 1) {
                while (j > i && isSpace(s.charAt(j - 1))) {
                    j--;
                }
            }
        } else if (chars instanceof String cs) {
            if (cs.length() == 1) {
                char c = cs.charAt(0);
                if (mode != 2) {
                    while (i < j && s.charAt(i) == c) {
                        i++;
                    }
                }
                if (mode != 1) {
                    while (j > i && s.charAt(j - 1) == c) {
                        j--;
                    }
                }
            } else {
                if (mode != 2) {
                    while (i < j && cs.indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                }
                if (mode != 1) {
                    while (j > i && cs.indexOf(s.charAt(j - 1)) >= 0) {
                        j--;
                    }
                }
            }
        } else {
            String name = mode == 0 ? "strip" : mode == 1 ? "lstrip" : "rstrip";
            throw PException.typeError(name + " arg must be None or str");
        }
        if (i == 0 && j == len) {
            return s;
        }
        return s.substring(i, j);
    }

    @TruffleBoundary
    public static String replace(String s, Object oldObj, Object newObj, Object countObj) {
        if (!(oldObj instanceof String old)) {
            throw PException.typeError("replace() argument 1 must be str, not " + argTypeName(oldObj));
        }
        if (!(newObj instanceof String rep)) {
            throw PException.typeError("replace() argument 2 must be str, not " + argTypeName(newObj));
        }
        long count = countObj == NoValue.INSTANCE ? -1 : ssize(countObj);
        return replace(s, old, rep, count);
    }

    @TruffleBoundary
    public static String replace(String s, String old, String rep, long countArg) {
        long count = countArg < 0 ? Long.MAX_VALUE : countArg;
        if (count == 0) {
            return s;
        }
        int len = s.length();
        int n = old.length();
        if (n == 0) {
            StringBuilder sb = new StringBuilder(len + (int) Math.min(count, len + 1) * rep.length());
            long done = 0;
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                boolean pairTail = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                if (done < count && !pairTail) {
                    sb.append(rep);
                    done++;
                }
                sb.append(c);
            }
            if (done < count) {
                sb.append(rep);
            }
            return sb.toString();
        }
        int j = s.indexOf(old);
        if (j < 0) {
            return s;
        }
        if (count == Long.MAX_VALUE) {
            return s.replace(old, rep);
        }
        StringBuilder sb = new StringBuilder(len);
        int i = 0;
        while (j >= 0 && count-- > 0) {
            sb.append(s, i, j).append(rep);
            i = j + n;
            j = s.indexOf(old, i);
        }
        sb.append(s, i, len);
        return sb.toString();
    }

    private static String fillChar(Object fill) {
        if (fill == NoValue.INSTANCE) {
            return " ";
        }
        if (!(fill instanceof String f)) {
            throw PException.typeError("The fill character must be a unicode character, not " + PyObjectOps.typeName(fill));
        }
        if (f.codePointCount(0, f.length()) != 1) {
            throw PException.typeError("The fill character must be exactly one character long");
        }
        return f;
    }

    private static String pad(String s, long left, long right, String fill) {
        if (left + right + s.length() > Integer.MAX_VALUE - 16) {
            throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
        }
        StringBuilder sb = new StringBuilder((int) (left + right) * fill.length() + s.length());
        for (long k = 0; k < left; k++) {
            sb.append(fill);
        }
        sb.append(s);
        for (long k = 0; k < right; k++) {
            sb.append(fill);
        }
        return sb.toString();
    }

    /** kind: 0 center, 1 ljust, 2 rjust. */
    @TruffleBoundary
    public static String justify(String s, Object widthObj, Object fillObj, int kind) {
        long width = ssize(widthObj);
        String fill = fillChar(fillObj);
        long len = PyStrOps.length(s);
        if (len >= width) {
            return s;
        }
        long marg = width - len;
        switch (kind) {
            case 0: {
                long left = marg / 2 + (marg & width & 1);
                return pad(s, left, marg - left, fill);
            }
            case 1:
                return pad(s, 0, marg, fill);
            default:
                return pad(s, marg, 0, fill);
        }
    }

    @TruffleBoundary
    public static String zfill(String s, Object widthObj) {
        long width = ssize(widthObj);
        int len = (int) PyStrOps.length(s);
        if (len >= width) {
            return s;
        }
        int fill = (int) (width - len);
        StringBuilder sb = new StringBuilder((int) width);
        for (int k = 0; k < fill; k++) {
            sb.append('0');
        }
        sb.append(s);
        if (len > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.setCharAt(0, s.charAt(0));
            sb.setCharAt(fill, '0');
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String expandtabs(String s, Object tabsizeObj) {
        long tabsize = tabsizeObj == NoValue.INSTANCE ? 8 : ssize(tabsizeObj);
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    col += incr;
                    for (long k = 0; k < incr; k++) {
                        sb.append(' ');
                    }
                }
            } else {
                if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))) {
                    col++;
                }
                sb.append(c);
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String removeprefix(String s, Object p, String name) {
        if (!(p instanceof String prefix)) {
            throw PException.typeError(name + "() argument must be str, not " + argTypeName(p));
        }
        if (name.equals("removeprefix")) {
            return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
        }
        return s.endsWith(prefix) && !prefix.isEmpty() ? s.substring(0, s.length() - prefix.length()) : s;
    }

    // ================================================================== translate

    @TruffleBoundary
    public static String translate(String s, Object table) {
        PyDict dict = table instanceof PyDict d && d.getPyType() == BuiltinTypes.DICT ? d : null;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object key = (long) cp;
            Object v;
            if (dict != null) {
                v = dict.getItem(key);
                if (v == null) {
                    sb.appendCodePoint(cp);
                    continue;
                }
            } else {
                try {
                    v = PyObjectOps.getItem(table, key);
                } catch (PException e) {
                    if (e.isInstance(BuiltinTypes.LOOKUP_ERROR)) {
                        sb.appendCodePoint(cp);
                        continue;
                    }
                    throw e;
                }
            }
            if (v == PyNone.NONE) {
                continue;
            } else if (v instanceof String r) {
                sb.append(r);
            } else if (PyLong.isInt(v)) {
                BigInteger b = PyLong.toBig(v);
                if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                    throw PException.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint(b.intValue());
            } else {
                throw PException.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static PyDict maketrans(Object x, Object y, Object z) {
        if (given(y) && !(y instanceof String)) {
            throw PException.typeError("maketrans() argument 2 must be str, not " + argTypeName(y));
        }
        if (given(z) && !(z instanceof String)) {
            throw PException.typeError("maketrans() argument 3 must be str, not " + argTypeName(z));
        }
        PyDict out = new PyDict();
        if (!given(y)) {
            if (!(x instanceof PyDict d)) {
                throw PException.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int ix = d.nextEntry(0); ix >= 0; ix = d.nextEntry(ix + 1)) {
                Object k = d.getKeyAt(ix);
                Object v = d.getValueAt(ix);
                if (k instanceof String ks) {
                    if (ks.codePointCount(0, ks.length()) != 1) {
                        throw PException.valueError("string keys in translate table must be of length 1");
                    }
                    out.setItem((long) ks.codePointAt(0), v);
                } else if (PyLong.isInt(k)) {
                    out.setItem(k instanceof Boolean b ? (Object) (b ? 1L : 0L) : k, v);
                } else {
                    throw PException.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(x instanceof String xs)) {
            throw PException.typeError("first maketrans argument must be a string if there is a second argument");
        }
        String ys = (String) y;
        if (xs.codePointCount(0, xs.length()) != ys.codePointCount(0, ys.length())) {
            throw PException.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0, j = 0; i < xs.length();) {
            int a = xs.codePointAt(i);
            int b = ys.codePointAt(j);
            out.setItem((long) a, (long) b);
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        if (given(z)) {
            String zs = (String) z;
            for (int i = 0; i < zs.length();) {
                int a = zs.codePointAt(i);
                out.setItem((long) a, PyNone.NONE);
                i += Character.charCount(a);
            }
        }
        return out;
    }

    // ================================================================== formatting, encoding

    /** str.format_map: a plain dict is used directly; other mappings are asked for the names used. */
    @TruffleBoundary
    public static String formatMap(String fmt, Object mapping) {
        if (mapping instanceof PyDict d && d.getPyType() == BuiltinTypes.DICT) {
            return StringFormatter.strFormat(fmt, new Object[0], d);
        }
        PyDict kw = new PyDict();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            if (fmt.charAt(i) != '{') {
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && "}.[!:{".indexOf(fmt.charAt(j)) < 0) {
                j++;
            }
            String name = fmt.substring(i + 1, j);
            if (name.isEmpty() || Character.isDigit(name.charAt(0)) || kw.getItemStr(name) != null) {
                continue;
            }
            try {
                kw.setItemStr(name, PyObjectOps.getItem(mapping, name));
            } catch (PException e) {
                if (!e.isInstance(BuiltinTypes.KEY_ERROR)) {
                    throw e;
                }
                throw e;
            }
        }
        return StringFormatter.strFormat(fmt, new Object[0], kw);
    }

    private static String textArg(Object o, String fn, String arg, String dflt) {
        if (o == NoValue.INSTANCE) {
            return dflt;
        }
        if (o instanceof String s) {
            return s;
        }
        throw PException.typeError(fn + "() argument '" + arg + "' must be str, not " + argTypeName(o));
    }

    @TruffleBoundary
    public static PyBytes encode(String s, Object encoding, Object errors) {
        String enc = textArg(encoding, "encode", "encoding", "utf-8");
        String err = textArg(errors, "encode", "errors", "strict");
        return new PyBytes(Codecs.encode(s, enc, err));
    }

    /** str(object, encoding, errors). */
    @TruffleBoundary
    public static String newStr(Object object, Object encoding, Object errors) {
        if (!given(object)) {
            return "";
        }
        if (!given(encoding) && !given(errors)) {
            return PyObjectOps.str(object);
        }
        String enc = textArg(encoding, "str", "encoding", "utf-8");
        String err = textArg(errors, "str", "errors", "strict");
        if (object instanceof PyBytes b) {
            return Codecs.decode(b.getStore(), b.length(), enc, err);
        }
        if (object instanceof String || object instanceof PyStrObject) {
            throw PException.typeError("decoding str is not supported");
        }
        throw PException.typeError("decoding to str: need a bytes-like object, " + PyObjectOps.typeName(object) + " found");
    }

    @TruffleBoundary
    public static Object repeat(String s, Object n) {
        if (!PyLong.isInt(n)) {
            Object v = PyObjectOps.indexOrNull(n);
            if (v == null) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            n = v;
        }
        return SequenceOps.repeat(s, n);
    }
}
