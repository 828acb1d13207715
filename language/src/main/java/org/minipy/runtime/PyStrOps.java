package org.minipy.runtime;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Helpers for Python {@code str} values, which are Java Strings. */
public final class PyStrOps {
    private static final String[] SINGLE = new String[256];

    static {
        for (int i = 0; i < SINGLE.length; i++) {
            SINGLE[i] = String.valueOf((char) i);
        }
    }

    private PyStrOps() {
    }

    public static String charToString(char c) {
        if (c < 256) {
            return SINGLE[c];
        }
        return String.valueOf(c);
    }

    /**
     * Python's len(): the number of code points (a surrogate pair is one character). O(1) for
     * strings that Java stores as Latin-1.
     */
    @TruffleBoundary
    public static long length(String s) {
        return s.codePointCount(0, s.length());
    }

    private record PairCache(String s, boolean pairs) {
    }

    /** Last answer of {@link #hasPairs}, by identity: loops index the same string over and over. */
    private static volatile PairCache pairCache;

    /**
     * Whether s contains a surrogate pair, i.e. Python indices (code points) differ from Java's
     * (UTF-16 units). O(1) for Latin-1 strings.
     */
    @TruffleBoundary
    public static boolean hasPairs(String s) {
        int n = s.length();
        if (n < 2) {
            return false;
        }
        if (n <= 64) {
            return s.codePointCount(0, n) != n;
        }
        PairCache c = pairCache;
        if (c != null && c.s == s) {
            return c.pairs;
        }
        boolean r = s.codePointCount(0, n) != n;
        pairCache = new PairCache(s, r);
        return r;
    }

    /** The first {@code n} code points of s (all of s when shorter). */
    @TruffleBoundary
    public static String truncate(String s, int n) {
        if (s.length() <= n) {
            return s;
        }
        if (!hasPairs(s)) {
            return s.substring(0, n);
        }
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** UTF-16 offset of code point index {@code cp} (0 <= cp <= len). */
    @TruffleBoundary
    public static int offset(String s, int cp) {
        return s.offsetByCodePoints(0, cp);
    }

    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Code point order (Java's compareTo orders UTF-16 units, which differs past U+D800). */
    @TruffleBoundary
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    return fixup(x) - fixup(y);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static int fixup(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    @TruffleBoundary
    public static byte[] encodeUtf8(String s, String errors) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** repr(str) as CPython's unicode_repr. */
    @TruffleBoundary
    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(i + 1));
                i++;
            }
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                sb.append("\\x").append(hex2(cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append("\\x").append(hex2(cp));
            } else if (cp <= 0xffff) {
                sb.append("\\u").append(String.format("%04x", cp));
            } else {
                sb.append("\\U").append(String.format("%08x", cp));
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    private static String hex2(int c) {
        String h = Integer.toHexString(c);
        return h.length() == 1 ? "0" + h : h;
    }

    /** Py_UNICODE_ISPRINTABLE. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (UnicodeTables.unassigned(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** ascii(): repr with every non-ASCII character escaped. */
    @TruffleBoundary
    public static String asciiEscape(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); i++) {
            char c = repr.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < repr.length() && Character.isLowSurrogate(repr.charAt(i + 1))) {
                cp = Character.toCodePoint(c, repr.charAt(i + 1));
                i++;
            }
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append("\\x").append(hex2(cp));
            } else if (cp <= 0xffff) {
                sb.append("\\u").append(String.format("%04x", cp));
            } else {
                sb.append("\\U").append(String.format("%08x", cp));
            }
        }
        return sb.toString();
    }
}
