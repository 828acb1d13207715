package org.minipy.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * str.encode and bytes.decode: the utf-8, ascii, latin-1, utf-16 and utf-32 codecs with CPython's
 * error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
 * surrogateescape, surrogatepass) and its UnicodeEncodeError / UnicodeDecodeError details. Other
 * encodings known to Java are served by its charsets (strict, ignore and replace only).
 */
public final class Codecs {
    private Codecs() {
    }

    public static final String UTF8 = "utf-8";
    public static final String ASCII = "ascii";
    public static final String LATIN1 = "latin-1";

    /** The canonical codec name (as CPython shows it in error messages) for an encoding name. */
    @TruffleBoundary
    public static String canonical(String encoding) {
        switch (encoding) {
            case "utf-8":
            case "utf8":
            case "UTF-8":
                return UTF8;
            case "ascii":
                return ASCII;
            case "latin-1":
            case "latin1":
                return LATIN1;
            default:
                break;
        }
        StringBuilder sb = new StringBuilder();
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
                punct = false;
            } else {
                punct = true;
            }
        }
        String n = sb.toString();
        switch (n) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
                return UTF8;
            case "ascii", "646", "us_ascii", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "iso646_us", "iso_646.irv_1991", "us", "cp367", "csascii", "ibm367", "iso_ir_6":
                return ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "ibm819", "csisolatin1", "iso_8859_1_1987":
                return LATIN1;
            case "utf_16", "utf16", "u16":
                return "utf-16";
            case "utf_16_le", "utf_16le", "utf16le", "unicodelittleunmarked":
                return "utf-16-le";
            case "utf_16_be", "utf_16be", "utf16be", "unicodebigunmarked":
                return "utf-16-be";
            case "utf_32", "utf32", "u32":
                return "utf-32";
            case "utf_32_le", "utf_32le", "utf32le":
                return "utf-32-le";
            case "utf_32_be", "utf_32be", "utf32be":
                return "utf-32-be";
            default:
                break;
        }
        Charset cs = javaCharset(n);
        if (cs == null) {
            throw PException.raise(BuiltinTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        return n;
    }

    private static Charset javaCharset(String n) {
        String[] candidates = {n, n.replace('_', '-'), n.startsWith("cp") ? "windows-" + n.substring(2) : n, n.startsWith("iso8859_") ? "iso-8859-" + n.substring(8) : n};
        for (String c : candidates) {
            try {
                if (Charset.isSupported(c)) {
                    return Charset.forName(c);
                }
            } catch (IllegalArgumentException e) {
                // illegal charset name
            }
        }
        return null;
    }

    private static boolean knownHandler(String errors) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass":
                return true;
            default:
                return false;
        }
    }

    private static PException unknownHandler(String errors) {
        return PException.raise(BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    // ================================================================== encoding

    /** {@code s.encode(encoding, errors)}. */
    @TruffleBoundary
    public static byte[] encode(String s, String encoding, String errors) {
        String enc = canonical(encoding);
        switch (enc) {
            case UTF8:
                return encodeUtf8(s, errors);
            case ASCII:
                return encodeCharmap(s, 128, ASCII, errors);
            case LATIN1:
                return encodeCharmap(s, 256, LATIN1, errors);
            case "utf-16":
            case "utf-16-le":
            case "utf-16-be":
                return encodeUtf16(s, enc, errors);
            case "utf-32":
            case "utf-32-le":
            case "utf-32-be":
                return encodeUtf32(s, enc, errors);
            default:
                return encodeJava(s, enc, errors);
        }
    }

    /** Code point index of UTF-16 index {@code i}. */
    private static int cpIndex(String s, int i) {
        return s.codePointCount(0, i);
    }

    private static PException encodeError(String enc, String s, int start, int end, String reason) {
        return PException.raise(BuiltinTypes.UNICODE_ENCODE_ERROR, enc, s, (long) cpIndex(s, start), (long) cpIndex(s, end), reason);
    }

    /** Appends the replacement for the unencodable characters {@code s[start:end]}; false for strict. */
    private static void encodeReplacement(ByteSink out, String s, int start, int end, String enc, String errors, String reason, int limit) {
        switch (errors) {
            case "strict":
                throw encodeError(enc, s, start, end, reason);
            case "ignore":
                return;
            case "replace":
                for (int i = start; i < end; i += Character.charCount(s.codePointAt(i))) {
                    out.add('?');
                }
                return;
            case "backslashreplace":
                for (int i = start; i < end; i += Character.charCount(s.codePointAt(i))) {
                    out.addAscii(backslashEscape(s.codePointAt(i)));
                }
                return;
            case "xmlcharrefreplace":
                for (int i = start; i < end; i += Character.charCount(s.codePointAt(i))) {
                    out.addAscii("&#" + s.codePointAt(i) + ";");
                }
                return;
            case "namereplace":
                for (int i = start; i < end; i += Character.charCount(s.codePointAt(i))) {
                    int cp = s.codePointAt(i);
                    String name = Character.isSurrogate((char) cp) || cp > 0xFFFF && Character.getName(cp) == null ? null : Character.getName(cp);
                    out.addAscii(name != null ? "\\N{" + name + "}" : backslashEscape(cp));
                }
                return;
            case "surrogateescape":
                for (int i = start; i < end; i++) {
                    char c = s.charAt(i);
                    if (c < 0xDC80 || c > 0xDCFF) {
                        throw encodeError(enc, s, i, i + Character.charCount(s.codePointAt(i)), reason);
                    }
                    int b = c - 0xDC00;
                    if (b < limit && limit < 256) {
                        throw encodeError(enc, s, i, i + 1, reason);
                    }
                    out.add(b);
                }
                return;
            case "surrogatepass":
                throw encodeError(enc, s, start, end, reason);
            default:
                throw unknownHandler(errors);
        }
    }

    private static String backslashEscape(int cp) {
        if (cp <= 0xff) {
            return String.format("\\x%02x", cp);
        } else if (cp <= 0xffff) {
            return String.format("\\u%04x", cp);
        }
        return String.format("\\U%08x", cp);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLoneSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
        }
        return Character.isLowSurrogate(c);
    }

    @TruffleBoundary
    public static byte[] encodeUtf8(String s, String errors) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = (byte) s.charAt(i);
            }
            return out;
        }
        if (!hasSurrogates(s) || !hasLoneSurrogate(s)) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        ByteSink out = new ByteSink(n * 3);
        int i = 0;
        while (i < n) {
            if (isLoneSurrogateAt(s, i)) {
                int j = i + 1;
                while (j < n && isLoneSurrogateAt(s, j)) {
                    j++;
                }
                if (errors.equals("surrogatepass")) {
                    for (int k = i; k < j; k++) {
                        out.addCodePointUtf8(s.charAt(k));
                    }
                } else {
                    encodeReplacement(out, s, i, j, UTF8, errors, "surrogates not allowed", 0x110000);
                }
                i = j;
                continue;
            }
            int cp = s.codePointAt(i);
            out.addCodePointUtf8(cp);
            i += Character.charCount(cp);
        }
        return out.toArray();
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isLoneSurrogateAt(s, i)) {
                return true;
            }
            if (Character.isHighSurrogate(s.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    private static byte[] encodeCharmap(String s, int limit, String enc, String errors) {
        int n = s.length();
        byte[] fast = new byte[n];
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= limit) {
                break;
            }
            fast[i++] = (byte) c;
        }
        if (i == n) {
            return fast;
        }
        ByteSink out = new ByteSink(n);
        out.addAll(fast, i);
        String reason = "ordinal not in range(" + limit + ")";
        while (i < n) {
            char c = s.charAt(i);
            if (c < limit) {
                out.add(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && s.charAt(j) >= limit) {
                j += Character.charCount(s.codePointAt(j));
            }
            encodeReplacement(out, s, i, j, enc, errors, reason, limit);
            i = j;
        }
        return out.toArray();
    }

    private static byte[] encodeUtf16(String s, String enc, String errors) {
        boolean bom = enc.equals("utf-16");
        boolean big = enc.equals("utf-16-be");
        ByteSink out = new ByteSink(s.length() * 2 + 2);
        if (bom) {
            out.add(0xff);
            out.add(0xfe);
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (isLoneSurrogateAt(s, i)) {
                int j = i + 1;
                while (j < n && isLoneSurrogateAt(s, j)) {
                    j++;
                }
                if (errors.equals("surrogatepass")) {
                    for (int k = i; k < j; k++) {
                        add16(out, s.charAt(k), big);
                    }
                } else {
                    ByteSink rep = new ByteSink(8);
                    encodeReplacement(rep, s, i, j, enc, errors, "surrogates not allowed", 0x110000);
                    byte[] r = rep.toArray();
                    for (byte b : r) {
                        add16(out, b & 0xff, big);
                    }
                }
                i = j;
                continue;
            }
            add16(out, s.charAt(i), big);
            if (Character.isHighSurrogate(s.charAt(i))) {
                add16(out, s.charAt(i + 1), big);
                i++;
            }
            i++;
        }
        return out.toArray();
    }

    private static void add16(ByteSink out, int u, boolean big) {
        if (big) {
            out.add(u >> 8);
            out.add(u & 0xff);
        } else {
            out.add(u & 0xff);
            out.add(u >> 8);
        }
    }

    private static byte[] encodeUtf32(String s, String enc, String errors) {
        boolean bom = enc.equals("utf-32");
        boolean big = enc.equals("utf-32-be");
        ByteSink out = new ByteSink(s.length() * 4 + 4);
        if (bom) {
            add32(out, 0xFEFF, false);
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (isLoneSurrogateAt(s, i) && !errors.equals("surrogatepass")) {
                int j = i + 1;
                while (j < n && isLoneSurrogateAt(s, j)) {
                    j++;
                }
                ByteSink rep = new ByteSink(8);
                encodeReplacement(rep, s, i, j, enc, errors, "surrogates not allowed", 0x110000);
                for (byte b : rep.toArray()) {
                    add32(out, b & 0xff, big);
                }
                i = j;
                continue;
            }
            int cp = s.codePointAt(i);
            add32(out, cp, big);
            i += Character.charCount(cp);
        }
        return out.toArray();
    }

    private static void add32(ByteSink out, int u, boolean big) {
        if (big) {
            out.add(u >>> 24);
            out.add((u >> 16) & 0xff);
            out.add((u >> 8) & 0xff);
            out.add(u & 0xff);
        } else {
            out.add(u & 0xff);
            out.add((u >> 8) & 0xff);
            out.add((u >> 16) & 0xff);
            out.add(u >>> 24);
        }
    }

    private static byte[] encodeJava(String s, String enc, String errors) {
        Charset cs = javaCharset(enc);
        CharsetEncoder e = cs.newEncoder();
        ByteSink out = new ByteSink(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            int k = Character.charCount(cp);
            byte[] b = encodeOne(e, s.substring(i, i + k));
            if (b != null) {
                out.addAll(b, b.length);
                i += k;
                continue;
            }
            int j = i + k;
            while (j < n) {
                int c2 = s.codePointAt(j);
                int k2 = Character.charCount(c2);
                if (encodeOne(e, s.substring(j, j + k2)) != null) {
                    break;
                }
                j += k2;
            }
            encodeReplacement(out, s, i, j, "charmap", errors, "character maps to <undefined>", 256);
            i = j;
        }
        return out.toArray();
    }

    private static byte[] encodeOne(CharsetEncoder e, String ch) {
        if (!e.canEncode(ch)) {
            return null;
        }
        try {
            ByteBuffer bb = e.encode(CharBuffer.wrap(ch));
            byte[] r = new byte[bb.remaining()];
            bb.get(r);
            return r;
        } catch (CharacterCodingException ex) {
            return null;
        }
    }

    // ================================================================== decoding

    /** {@code bytes.decode(encoding, errors)} of {@code data[0:len]}. */
    @TruffleBoundary
    public static String decode(byte[] data, int len, String encoding, String errors) {
        String enc = canonical(encoding);
        switch (enc) {
            case UTF8:
                return decodeUtf8(data, len, errors);
            case ASCII:
                return decodeAscii(data, len, errors);
            case LATIN1: {
                char[] cs = new char[len];
                for (int i = 0; i < len; i++) {
                    cs[i] = (char) (data[i] & 0xff);
                }
                return new String(cs);
            }
            case "utf-16":
            case "utf-16-le":
            case "utf-16-be":
                return decodeUtf16(data, len, enc, errors);
            case "utf-32":
            case "utf-32-le":
            case "utf-32-be":
                return decodeUtf32(data, len, enc, errors);
            default:
                return decodeJava(data, len, enc, errors);
        }
    }

    private static PException decodeError(String enc, byte[] data, int len, int start, int end, String reason) {
        return PException.raise(BuiltinTypes.UNICODE_DECODE_ERROR, enc, new PyBytes(java.util.Arrays.copyOf(data, len)), (long) start, (long) end, reason);
    }

    private static void decodeReplacement(StringBuilder sb, byte[] data, int len, int start, int end, String enc, String errors, String reason) {
        switch (errors) {
            case "strict":
                throw decodeError(enc, data, len, start, end, reason);
            case "ignore":
                return;
            case "replace":
                sb.append('\uFFFD');
                return;
            case "backslashreplace":
                for (int i = start; i < end; i++) {
                    sb.append(String.format("\\x%02x", data[i] & 0xff));
                }
                return;
            case "surrogateescape":
                for (int i = start; i < end; i++) {
                    int b = data[i] & 0xff;
                    if (b < 128) {
                        throw decodeError(enc, data, len, start, end, reason);
                    }
                    sb.append((char) (0xDC00 + b));
                }
                return;
            case "surrogatepass":
            case "xmlcharrefreplace":
            case "namereplace":
                throw decodeError(enc, data, len, start, end, reason);
            default:
                throw unknownHandler(errors);
        }
    }

    private static String decodeAscii(byte[] data, int len, String errors) {
        StringBuilder sb = null;
        for (int i = 0; i < len; i++) {
            if (data[i] < 0) {
                if (sb == null) {
                    sb = new StringBuilder(len);
                    for (int k = 0; k < i; k++) {
                        sb.append((char) data[k]);
                    }
                }
                decodeReplacement(sb, data, len, i, i + 1, ASCII, errors, "ordinal not in range(128)");
            } else if (sb != null) {
                sb.append((char) data[i]);
            }
        }
        if (sb == null) {
            return new String(data, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return sb.toString();
    }

    private static boolean cont(byte[] d, int i) {
        return (d[i] & 0xC0) == 0x80;
    }

    @TruffleBoundary
    public static String decodeUtf8(byte[] data, int len, String errors) {
        int i = 0;
        while (i < len && data[i] >= 0) {
            i++;
        }
        if (i == len) {
            return new String(data, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(len);
        for (int k = 0; k < i; k++) {
            sb.append((char) data[k]);
        }
        while (i < len) {
            int b = data[i] & 0xff;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                if (b == 0xE0) {
                    lo = 0xA0;
                } else if (b == 0xED) {
                    hi = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                if (b == 0xF0) {
                    lo = 0x90;
                } else if (b == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                decodeReplacement(sb, data, len, i, i + 1, UTF8, errors, "invalid start byte");
                i++;
                continue;
            }
            // validate the continuation bytes
            int k = 1;
            boolean bad = false;
            while (k <= need) {
                if (i + k >= len) {
                    break;
                }
                int c = data[i + k] & 0xff;
                boolean ok = k == 1 ? (c >= lo && c <= hi) : cont(data, i + k);
                if (!ok) {
                    bad = true;
                    break;
                }
                k++;
            }
            if (bad) {
                decodeReplacement(sb, data, len, i, i + k, UTF8, errors, "invalid continuation byte");
                i += k;
                continue;
            }
            if (k <= need) {
                // truncated
                decodeReplacement(sb, data, len, i, len, UTF8, errors, "unexpected end of data");
                i = len;
                continue;
            }
            int cp;
            if (need == 1) {
                cp = ((b & 0x1F) << 6) | (data[i + 1] & 0x3F);
            } else if (need == 2) {
                cp = ((b & 0x0F) << 12) | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F);
            } else {
                cp = ((b & 0x07) << 18) | ((data[i + 1] & 0x3F) << 12) | ((data[i + 2] & 0x3F) << 6) | (data[i + 3] & 0x3F);
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    private static String decodeUtf16(byte[] data, int len, String enc, String errors) {
        boolean big = enc.equals("utf-16-be");
        int i = 0;
        if (enc.equals("utf-16") && len >= 2) {
            if ((data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe) {
                i = 2;
            } else if ((data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff) {
                i = 2;
                big = true;
            }
        }
        String name = enc.equals("utf-16") ? "utf-16-le" : enc;
        if (enc.equals("utf-16") && big) {
            name = "utf-16-be";
        }
        StringBuilder sb = new StringBuilder(len / 2);
        while (i < len) {
            if (i + 1 >= len) {
                decodeReplacement(sb, data, len, i, len, name, errors, "truncated data");
                break;
            }
            int u = big ? ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff) : ((data[i + 1] & 0xff) << 8) | (data[i] & 0xff);
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (i + 3 >= len) {
                    decodeReplacement(sb, data, len, i, len, name, errors, "unexpected end of data");
                    break;
                }
                int u2 = big ? ((data[i + 2] & 0xff) << 8) | (data[i + 3] & 0xff) : ((data[i + 3] & 0xff) << 8) | (data[i + 2] & 0xff);
                if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                    sb.append((char) u).append((char) u2);
                    i += 4;
                } else {
                    decodeReplacement(sb, data, len, i, i + 2, name, errors, "illegal UTF-16 surrogate");
                    i += 2;
                }
                continue;
            }
            if (u >= 0xDC00 && u <= 0xDFFF) {
                decodeReplacement(sb, data, len, i, i + 2, name, errors, "illegal encoding");
                i += 2;
                continue;
            }
            sb.append((char) u);
            i += 2;
        }
        return sb.toString();
    }

    private static String decodeUtf32(byte[] data, int len, String enc, String errors) {
        boolean big = enc.equals("utf-32-be");
        int i = 0;
        if (enc.equals("utf-32") && len >= 4) {
            if ((data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe && data[2] == 0 && data[3] == 0) {
                i = 4;
            } else if (data[0] == 0 && data[1] == 0 && (data[2] & 0xff) == 0xfe && (data[3] & 0xff) == 0xff) {
                i = 4;
                big = true;
            }
        }
        String name = enc.equals("utf-32") ? (big ? "utf-32-be" : "utf-32-le") : enc;
        StringBuilder sb = new StringBuilder(len / 4);
        while (i < len) {
            if (i + 3 >= len) {
                decodeReplacement(sb, data, len, i, len, name, errors, "truncated data");
                break;
            }
            long u;
            if (big) {
                u = ((long) (data[i] & 0xff) << 24) | ((data[i + 1] & 0xff) << 16) | ((data[i + 2] & 0xff) << 8) | (data[i + 3] & 0xff);
            } else {
                u = ((long) (data[i + 3] & 0xff) << 24) | ((data[i + 2] & 0xff) << 16) | ((data[i + 1] & 0xff) << 8) | (data[i] & 0xff);
            }
            if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) {
                decodeReplacement(sb, data, len, i, i + 4, name, errors, u > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
            } else {
                sb.appendCodePoint((int) u);
            }
            i += 4;
        }
        return sb.toString();
    }

    private static String decodeJava(byte[] data, int len, String enc, String errors) {
        Charset cs = javaCharset(enc);
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            try {
                sb.append(d.decode(ByteBuffer.wrap(data, i, 1)));
            } catch (CharacterCodingException ex) {
                decodeReplacement(sb, data, len, i, i + 1, "charmap", errors, "character maps to <undefined>");
            }
        }
        return sb.toString();
    }

    // ================================================================== exception messages

    /** str() of a UnicodeEncodeError / UnicodeDecodeError with the standard five arguments, or null. */
    @TruffleBoundary
    public static String unicodeErrorMessage(PyType type, PyTuple args) {
        if (args.size() != 5 || !(args.get(0) instanceof String enc) || !(args.get(2) instanceof Long start) || !(args.get(3) instanceof Long end) ||
                        !(args.get(4) instanceof String reason)) {
            return null;
        }
        Object obj = args.get(1);
        if (type.isSubtypeOf(BuiltinTypes.UNICODE_ENCODE_ERROR) && obj instanceof String s) {
            if (start >= 0 && start < s.codePointCount(0, s.length()) && end == start + 1) {
                int cp = s.codePointAt(s.offsetByCodePoints(0, (int) (long) start));
                String ch;
                if (cp <= 0xff) {
                    ch = String.format("\\x%02x", cp);
                } else if (cp <= 0xffff) {
                    ch = String.format("\\u%04x", cp);
                } else {
                    ch = String.format("\\U%08x", cp);
                }
                return "'" + enc + "' codec can't encode character '" + ch + "' in position " + start + ": " + reason;
            }
            return "'" + enc + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": " + reason;
        }
        if (type.isSubtypeOf(BuiltinTypes.UNICODE_DECODE_ERROR) && obj instanceof PyBytes b) {
            if (start >= 0 && start < b.length() && end == start + 1) {
                return "'" + enc + "' codec can't decode byte 0x" + String.format("%02x", b.getStore()[(int) (long) start] & 0xff) + " in position " + start + ": " + reason;
            }
            return "'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        return null;
    }

    // ================================================================== byte buffer

    /** A growable byte array. */
    public static final class ByteSink {
        private byte[] buf;
        private int n;

        public ByteSink(int capacity) {
            buf = new byte[Math.max(capacity, 8)];
        }

        private void ensure(int extra) {
            if (n + extra > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, n + extra));
            }
        }

        public void add(int b) {
            ensure(1);
            buf[n++] = (byte) b;
        }

        public void addAll(byte[] b, int len) {
            ensure(len);
            System.arraycopy(b, 0, buf, n, len);
            n += len;
        }

        public void addAll(byte[] b, int from, int to) {
            ensure(to - from);
            System.arraycopy(b, from, buf, n, to - from);
            n += to - from;
        }

        public void addAscii(String s) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[n++] = (byte) s.charAt(i);
            }
        }

        public void addCodePointUtf8(int cp) {
            if (cp < 0x80) {
                add(cp);
            } else if (cp < 0x800) {
                add(0xC0 | (cp >> 6));
                add(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                add(0xE0 | (cp >> 12));
                add(0x80 | ((cp >> 6) & 0x3F));
                add(0x80 | (cp & 0x3F));
            } else {
                add(0xF0 | (cp >> 18));
                add(0x80 | ((cp >> 12) & 0x3F));
                add(0x80 | ((cp >> 6) & 0x3F));
                add(0x80 | (cp & 0x3F));
            }
        }

        public int size() {
            return n;
        }

        public byte[] toArray() {
            return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
        }
    }
}
