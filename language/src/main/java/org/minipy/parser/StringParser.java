package org.minipy.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.minipy.parser.Ast.*;

/**
 * Decodes string and bytes literals, concatenates adjacent literals and parses f-strings with
 * CPython 3.11's semantics (string_parser.c).
 */
final class StringParser {
    private final Parser parser;
    private final Token first;
    private final Token last;
    private final Pos wholePos;
    private final String kind;

    // state of the f-string builder
    private List<Expr> values;
    private StringBuilder lastStr;

    private StringParser(Parser parser, Token first, Token last) {
        this.parser = parser;
        this.first = first;
        this.last = last;
        this.wholePos = Parser.span(first.pos(), last.pos());
        this.kind = first.str.charAt(0) == 'u' ? "u" : null;
    }

    private static final class Lit {
        boolean bytes;
        boolean raw;
        boolean fmt;
        int bodyStart;
        String body;
    }

    private static Lit split(Token t) {
        String s = t.str;
        Lit l = new Lit();
        int i = 0;
        for (;; i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                break;
            }
            switch (c) {
                case 'b':
                case 'B':
                    l.bytes = true;
                    break;
                case 'r':
                case 'R':
                    l.raw = true;
                    break;
                case 'f':
                case 'F':
                    l.fmt = true;
                    break;
                default:
                    break;
            }
        }
        char q = s.charAt(i);
        int qlen = (s.length() - i >= 6 && s.charAt(i + 1) == q && s.charAt(i + 2) == q) ? 3 : 1;
        l.bodyStart = i + qlen;
        // the body keeps any \r of \r\n line ends (so that offsets match the source); the decoders
        // translate them as CPython's universal newlines do
        l.body = s.substring(i + qlen, s.length() - qlen);
        return l;
    }

    static Expr concatenate(Parser parser, List<Token> toks) {
        Token first = toks.get(0);
        Token last = toks.get(toks.size() - 1);
        StringParser sp = new StringParser(parser, first, last);
        Lit[] lits = new Lit[toks.size()];
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (int i = 0; i < lits.length; i++) {
            lits[i] = split(toks.get(i));
            anyBytes |= lits[i].bytes;
            anyStr |= !lits[i].bytes;
            anyF |= lits[i].fmt;
        }
        if (anyBytes && anyStr) {
            throw parser.errLast("cannot mix bytes and nonbytes literals");
        }
        if (anyBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < lits.length; i++) {
                sp.decodeBytes(lits[i], toks.get(i), out);
            }
            return new Constant(sp.wholePos, out.toByteArray(), null);
        }
        if (!anyF) {
            if (lits.length == 1) {
                return new Constant(sp.wholePos, sp.decodeStr(lits[0]), sp.kind);
            }
            StringBuilder sb = new StringBuilder();
            for (Lit l : lits) {
                sb.append(sp.decodeStr(l));
            }
            return new Constant(sp.wholePos, sb.toString(), sp.kind);
        }
        sp.values = new ArrayList<>();
        for (int i = 0; i < lits.length; i++) {
            Lit l = lits[i];
            if (!l.fmt) {
                sp.addLiteral(sp.decodeStr(l));
            } else {
                int[] idx = {0};
                sp.fstringParse(l, toks.get(i), idx, 0);
            }
        }
        sp.flush(sp.wholePos, sp.kind);
        return new JoinedStr(sp.wholePos, sp.values);
    }

    private void addLiteral(String s) {
        if (s.isEmpty()) {
            return;
        }
        if (lastStr == null) {
            lastStr = new StringBuilder();
        }
        lastStr.append(s);
    }

    private void flush(Pos pos, String k) {
        if (lastStr != null) {
            values.add(new Constant(pos, lastStr.toString(), k));
            lastStr = null;
        }
    }

    private ParseError error(String msg) {
        return parser.errLast(msg);
    }

    // ------------------------------------------------------------------ escapes

    private static int hexVal(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private String decodeStr(Lit l) {
        return l.raw ? normNl(l.body) : decodeEscapes(l.body, 0, l.body.length());
    }

    static String normNl(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    String decodeEscapes(String s, int from, int to) {
        int bs = s.indexOf('\\', from);
        if (bs < 0 || bs >= to) {
            return normNl(s.substring(from, to));
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\') {
                if (c == '\r') {
                    sb.append('\n');
                    if (i + 1 < to && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else {
                    sb.append(c);
                }
                i++;
                continue;
            }
            int start = i - from;
            i++;
            if (i >= to) {
                throw error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-" + start
                                + ": \\ at end of string");
            }
            c = s.charAt(i++);
            switch (c) {
                case '\r':
                    if (i < to && s.charAt(i) == '\n') {
                        i++;
                    }
                    break;
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    sb.append(c);
                    break;
                case 'a':
                    sb.append('\u0007');
                    break;
                case 'b':
                    sb.append('\b');
                    break;
                case 'f':
                    sb.append('\f');
                    break;
                case 'n':
                    sb.append('\n');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'v':
                    sb.append('\u000b');
                    break;
                case '0':
                case '1':
                case '2':
                case '3':
                case '4':
                case '5':
                case '6':
                case '7': {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    sb.appendCodePoint(v);
                    break;
                }
                case 'x':
                case 'u':
                case 'U': {
                    int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < n; k++) {
                        int h = i < to ? hexVal(s.charAt(i)) : -1;
                        if (h < 0) {
                            String what = c == 'x' ? "truncated \\xXX escape"
                                            : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                            throw error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start
                                            + "-" + (i - from - 1) + ": " + what);
                        }
                        v = v * 16 + h;
                        i++;
                    }
                    if (v > 0x10FFFF || v < 0) {
                        throw error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-"
                                        + (i - from - 1) + ": illegal Unicode character");
                    }
                    sb.appendCodePoint(v);
                    break;
                }
                case 'N': {
                    int close = -1;
                    if (i < to && s.charAt(i) == '{') {
                        close = s.indexOf('}', i);
                        if (close >= to) {
                            close = -1;
                        }
                    }
                    if (close < 0 || close == i + 1) {
                        int endPos = close == i + 1 ? close - from : (i < to && s.charAt(i) == '{') ? to - from - 1 : i - from - 1;
                        throw error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-"
                                        + endPos + ": malformed \\N character escape");
                    }
                    String name = s.substring(i + 1, close);
                    int cp = lookupName(name);
                    if (cp < 0) {
                        throw error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-"
                                        + (close - from) + ": unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                    break;
                }
                default:
                    sb.append('\\').append(c);
                    break;
            }
        }
        return sb.toString();
    }

    static int lookupName(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            // fall through to aliases
        }
        switch (name.toUpperCase()) {
            case "NULL":
            case "NUL":
                return 0;
            case "BEL":
            case "ALERT":
                return 7;
            case "BACKSPACE":
            case "BS":
                return 8;
            case "CHARACTER TABULATION":
            case "HORIZONTAL TABULATION":
            case "TAB":
            case "HT":
                return 9;
            case "LINE FEED":
            case "NEW LINE":
            case "END OF LINE":
            case "LF":
            case "NL":
            case "EOL":
                return 10;
            case "LINE TABULATION":
            case "VERTICAL TABULATION":
            case "VT":
                return 11;
            case "FORM FEED":
            case "FF":
                return 12;
            case "CARRIAGE RETURN":
            case "CR":
                return 13;
            case "ESCAPE":
            case "ESC":
                return 27;
            case "DELETE":
            case "DEL":
                return 127;
            case "NO-BREAK SPACE":
            case "NBSP":
                return 0xA0;
            case "SHY":
                return 0xAD;
            case "ZWSP":
                return 0x200B;
            case "ZWNJ":
                return 0x200C;
            case "ZWJ":
                return 0x200D;
            case "BYTE ORDER MARK":
            case "BOM":
            case "ZWNBSP":
                return 0xFEFF;
            default:
                return -1;
        }
    }

    private void decodeBytes(Lit l, Token t, ByteArrayOutputStream out) {
        String s = l.body;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 128) {
                throw parser.err("bytes can only contain ASCII literal characters", t.pos());
            }
        }
        s = l.raw ? normNl(s) : s;
        n = s.length();
        if (l.raw) {
            for (int i = 0; i < n; i++) {
                out.write(s.charAt(i));
            }
            return;
        }
        int i = 0;
        while (i < n) {
            char c = s.charAt(i++);
            if (c != '\\') {
                if (c == '\r') {
                    out.write('\n');
                    if (i < n && s.charAt(i) == '\n') {
                        i++;
                    }
                } else {
                    out.write(c);
                }
                continue;
            }
            if (i >= n) {
                throw error("(value error) Trailing \\ in string");
            }
            c = s.charAt(i++);
            switch (c) {
                case '\r':
                    if (i < n && s.charAt(i) == '\n') {
                        i++;
                    }
                    break;
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    out.write(c);
                    break;
                case 'a':
                    out.write(7);
                    break;
                case 'b':
                    out.write(8);
                    break;
                case 'f':
                    out.write(12);
                    break;
                case 'n':
                    out.write(10);
                    break;
                case 'r':
                    out.write(13);
                    break;
                case 't':
                    out.write(9);
                    break;
                case 'v':
                    out.write(11);
                    break;
                case '0':
                case '1':
                case '2':
                case '3':
                case '4':
                case '5':
                case '6':
                case '7': {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    out.write(v & 0xFF);
                    break;
                }
                case 'x': {
                    int h1 = i < n ? hexVal(s.charAt(i)) : -1;
                    int h2 = i + 1 < n ? hexVal(s.charAt(i + 1)) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw error("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write(h1 * 16 + h2);
                    i += 2;
                    break;
                }
                default:
                    out.write('\\');
                    out.write(c);
                    break;
            }
        }
    }

    // ------------------------------------------------------------------ f-strings

    /** Parses an f-string body from idx[0]; at depth 0 up to the end, else up to the closing '}'. */
    private void fstringParse(Lit l, Token t, int[] idx, int depth) {
        String s = l.body;
        int end = s.length();
        for (;;) {
            // literal part
            int i = idx[0];
            int litStart = i;
            boolean doubled = false;
            while (i < end) {
                char ch = s.charAt(i++);
                if (!l.raw && ch == '\\' && i < end) {
                    ch = s.charAt(i++);
                    if (ch == 'N') {
                        if (i < end && s.charAt(i++) == '{') {
                            while (i < end && s.charAt(i++) != '}') {
                                // skip the name
                            }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (depth == 0) {
                        if (i < end && s.charAt(i) == ch) {
                            doubled = true;
                            break;
                        }
                        if (ch == '}') {
                            throw error("f-string: single '}' is not allowed");
                        }
                    }
                    i--;
                    break;
                }
            }
            int litEnd = i;
            if (litEnd > litStart) {
                addLiteral(l.raw ? normNl(s.substring(litStart, litEnd)) : decodeEscapes(s, litStart, litEnd));
            }
            if (doubled) {
                idx[0] = i + 1;
                continue;
            }
            idx[0] = i;
            if (i >= end || s.charAt(i) == '}') {
                break;
            }
            // expression
            Expr fv = fstringExpr(l, t, idx, depth);
            if (lastStr != null) {
                flush(wholePos, kind);
            }
            values.add(fv);
        }
        if (depth == 0 && idx[0] < end) {
            throw error("f-string: unexpected end of string");
        }
        if (depth != 0 && (idx[0] >= end || s.charAt(idx[0]) != '}')) {
            throw error("f-string: expecting '}'");
        }
    }

    private Expr fstringExpr(Lit l, Token t, int[] idx, int depth) {
        String s = l.body;
        int end = s.length();
        if (depth >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int brace = idx[0];
        int i = brace + 1;
        int exprStart = i;
        char quote = 0;
        int stringType = 0;
        char[] parens = new char[200];
        int nested = 0;
        for (; i < end; i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (stringType == 3) {
                        if (i + 2 < end && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                            i += 2;
                            stringType = 0;
                            quote = 0;
                        }
                    } else {
                        stringType = 0;
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (i + 2 < end && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                    stringType = 3;
                    i += 2;
                } else {
                    stringType = 1;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nested >= 200) {
                    throw error("f-string: too many nested parenthesis");
                }
                parens[nested++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (nested == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (i + 1 < end) {
                    char next = s.charAt(i + 1);
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=')
                                    || (ch == '>' && next == '=')) {
                        i++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nested == 0) {
                    throw error("f-string: unmatched '" + ch + "'");
                }
                nested--;
                char opening = parens[nested];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                                    + opening + "'");
                }
            }
        }
        int exprEnd = i;
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (nested != 0) {
            throw error("f-string: unmatched '" + parens[nested - 1] + "'");
        }
        if (i >= end) {
            throw error("f-string: expecting '}'");
        }
        Expr value = compileExpr(l, t, brace, exprStart, exprEnd);
        String exprText = null;
        if (s.charAt(i) == '=') {
            i++;
            while (i < end && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= end) {
                throw error("f-string: expecting '}'");
            }
            exprText = normNl(s.substring(exprStart, i));
        }
        int conversion = -1;
        if (s.charAt(i) == '!') {
            i++;
            if (i >= end) {
                throw error("f-string: expecting '}'");
            }
            conversion = s.charAt(i);
            i++;
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr spec = null;
        if (i >= end) {
            throw error("f-string: expecting '}'");
        }
        if (s.charAt(i) == ':') {
            i++;
            if (i >= end) {
                throw error("f-string: expecting '}'");
            }
            // the format spec is its own f-string
            List<Expr> savedValues = values;
            StringBuilder savedLast = lastStr;
            values = new ArrayList<>();
            lastStr = null;
            idx[0] = i;
            fstringParse(l, t, idx, depth + 1);
            i = idx[0];
            Pos tp = t.pos();
            flush(tp, t.str.charAt(0) == 'u' ? "u" : null);
            spec = new JoinedStr(tp, values);
            values = savedValues;
            lastStr = savedLast;
        }
        if (i >= end || s.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        idx[0] = i + 1;
        if (exprText != null) {
            addLiteral(exprText);
            if (spec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        return new FormattedValue(wholePos, value, conversion, spec);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    private Expr compileExpr(Lit l, Token t, int brace, int exprStart, int exprEnd) {
        String s = l.body;
        int k = exprStart;
        while (k < exprEnd) {
            char c = s.charAt(k);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
                break;
            }
            k++;
        }
        if (k == exprEnd) {
            char after = exprEnd < s.length() ? s.charAt(exprEnd) : 0;
            if (after == '!' || after == ':' || after == '=') {
                throw error("f-string: expression required before '" + after + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        String text = "(" + s.substring(exprStart, exprEnd) + ")";
        // position of the '{' in the source
        int inTok = l.bodyStart + brace;
        String ts = t.str;
        int line = t.line;
        int lastNl = -1;
        for (int j = 0; j < inTok; j++) {
            if (ts.charAt(j) == '\n') {
                line++;
                lastNl = j;
            }
        }
        int col = lastNl < 0 ? t.col + inTok : inTok - lastNl - 1;
        try {
            return Parser.parseFStringExpr(text, parser.filename, line, col, t.start + inTok, parser.errorPass);
        } catch (ParseError e) {
            String msg = e.msg.startsWith("f-string") ? e.msg : "f-string: " + e.msg;
            // CPython reports these columns relative to the parenthesized expression text
            int off = e.lineno == line ? e.offset - col : e.offset;
            int endOff = e.endLineno == line ? e.endOffset - col : e.endOffset;
            throw new ParseError(e.kind, msg, e.filename, e.lineno, off, e.endLineno, endOff, text + "\n");
        }
    }
}
