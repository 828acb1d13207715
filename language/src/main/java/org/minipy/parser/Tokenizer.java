package org.minipy.parser;

import java.text.Normalizer;

/**
 * Python 3.11 tokenizer, modelled on CPython's tokenizer.c: produces NAME, NUMBER, STRING, OP,
 * NEWLINE, INDENT, DEDENT and ENDMARKER tokens on demand (comments and non-logical newlines are
 * dropped). Errors are thrown as {@link ParseError} with CPython's messages and locations.
 */
final class Tokenizer {
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    final String src;
    private final String buf;
    private final int n;
    final String filename;

    private int pos;
    int line = 1;
    int lineStart;
    private boolean atbol = true;
    private boolean blankline;
    private int pendin;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int indent;
    final char[] parenStack = new char[MAXLEVEL];
    final int[] parenLine = new int[MAXLEVEL];
    final int[] parenCol = new int[MAXLEVEL];
    int level;
    private boolean finished;

    /** Set when the last thrown error is of the kind that CPython reports with an exception set. */
    boolean lastErrorIsException;
    /** Set when the last thrown error is an EOF inside brackets. */
    boolean lastErrorIsEofInParens;

    /** Added to absolute offsets of tokens (for f-string expression sub-tokenizers). */
    private int absBase;

    Tokenizer(String src, String filename) {
        this(src, filename, 1, 0, 0);
    }

    /** A tokenizer whose first char is at the given line, column and absolute offset. */
    Tokenizer(String src, String filename, int firstLine, int firstCol, int absBase) {
        this.line = firstLine;
        this.lineStart = -firstCol;
        this.absBase = absBase;
        this.src = src;
        this.filename = filename;
        int len = src.length();
        if (len > 0 && src.charAt(len - 1) != '\n' && src.charAt(len - 1) != '\r') {
            buf = src + "\n";
        } else {
            buf = src;
        }
        n = buf.length();
    }

    private int ch(int i) {
        return i < n ? buf.charAt(i) : -1;
    }

    // ------------------------------------------------------------------ errors

    static String lineText(String s, int lineno, boolean withNewline) {
        int ln = 1;
        int i = 0;
        int len = s.length();
        while (ln < lineno && i < len) {
            char c = s.charAt(i++);
            if (c == '\n') {
                ln++;
            } else if (c == '\r') {
                if (i < len && s.charAt(i) == '\n') {
                    i++;
                }
                ln++;
            }
        }
        if (ln < lineno) {
            return null;
        }
        int j = i;
        while (j < len && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
            j++;
        }
        if (withNewline) {
            return s.substring(i, j) + (j < len ? "\n" : "");
        }
        return s.substring(i, j);
    }

    private ParseError syntaxError(String msg, int cur) {
        return syntaxErrorRange(msg, cur - lineStart, cur - lineStart);
    }

    private ParseError syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        lastErrorIsException = true;
        lastErrorIsEofInParens = false;
        return new ParseError(ParseError.Kind.SYNTAX_ERROR, msg, filename, line, colOffset, line, endColOffset,
                        lineText(src, line, false));
    }

    private ParseError doneError(ParseError.Kind kind, String msg, int offset, int endOffset) {
        lastErrorIsException = false;
        lastErrorIsEofInParens = false;
        return new ParseError(kind, msg, filename, line, offset, line, endOffset, lineText(src, line, true));
    }

    ParseError unclosedParenError() {
        int l = parenLine[level - 1];
        int c = parenCol[level - 1];
        lastErrorIsException = false;
        lastErrorIsEofInParens = true;
        return new ParseError(ParseError.Kind.SYNTAX_ERROR, "'" + parenStack[level - 1] + "' was never closed",
                        filename, l, c + 1, l, 0, lineText(src, l, true));
    }

    private ParseError eofError() {
        if (level > 0) {
            return unclosedParenError();
        }
        lastErrorIsException = false;
        lastErrorIsEofInParens = false;
        // CPython reports this at the last token; the parser fixes the location if needed.
        return new ParseError(ParseError.Kind.SYNTAX_ERROR, "unexpected EOF while parsing", filename, line, 0, line, 0,
                        lineText(src, line, true));
    }

    // ------------------------------------------------------------------ scanning

    private int prevLineStart;

    private Token make(int type, String str, int start, int end) {
        if (start >= n && n > 0 && (type == Token.ENDMARKER || type == Token.DEDENT)) {
            // CPython places the end-of-file tokens at the end of the last line
            int nl = n - 1;
            if (nl > 0 && buf.charAt(nl) == '\n' && buf.charAt(nl - 1) == '\r') {
                nl--;
            }
            int col = nl - prevLineStart;
            return new Token(type, str, start + absBase, end + absBase, line - 1, col, line - 1, col, level);
        }
        return new Token(type, str, start + absBase, end + absBase, line, start - lineStart, line, end - lineStart, level);
    }

    private int lineEndIncl(int from) {
        int i = from;
        while (i < n && buf.charAt(i) != '\n' && buf.charAt(i) != '\r') {
            i++;
        }
        if (i < n) {
            i += (buf.charAt(i) == '\r' && i + 1 < n && buf.charAt(i + 1) == '\n') ? 2 : 1;
        }
        return i;
    }

    private void newlineAt(int i) {
        // consumes the newline at i
        prevLineStart = lineStart;
        if (buf.charAt(i) == '\r' && i + 1 < n && buf.charAt(i + 1) == '\n') {
            pos = i + 2;
        } else {
            pos = i + 1;
        }
        line++;
        lineStart = pos;
    }

    Token next() {
        for (;;) {
            if (finished) {
                return make(Token.ENDMARKER, "", n, n);
            }
            if (atbol) {
                atbol = false;
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                for (;;) {
                    int c = ch(pos);
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / 8 + 1) * 8;
                        altcol++;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        // indentation cannot be split by backslashes: the first one found decides
                        int c2 = ch(pos + 1);
                        if (c2 != '\n' && c2 != '\r') {
                            throw lineContError();
                        }
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        newlineAt(pos + 1);
                        if (pos >= n) {
                            throw eofError();
                        }
                        continue;
                    } else {
                        break;
                    }
                    pos++;
                }
                if (contLineCol != 0) {
                    col = contLineCol;
                    altcol = contLineCol;
                }
                int c = ch(pos);
                blankline = c == '#' || c == '\n' || c == '\r';
                if (!blankline && level == 0) {
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) {
                            throw tabError();
                        }
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            throw doneError(ParseError.Kind.INDENTATION_ERROR, "too many levels of indentation", 1, 0);
                        }
                        if (altcol <= altindstack[indent]) {
                            throw tabError();
                        }
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            int e = lineEndIncl(pos);
                            throw doneError(ParseError.Kind.INDENTATION_ERROR,
                                            "unindent does not match any outer indentation level", e - lineStart, -1);
                        }
                        if (altcol != altindstack[indent]) {
                            throw tabError();
                        }
                    }
                }
            }
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return make(Token.DEDENT, "", pos, pos);
                } else {
                    pendin--;
                    return make(Token.INDENT, "", pos, pos);
                }
            }
            int c = ch(pos);
            while (c == ' ' || c == '\t' || c == '\f') {
                c = ch(++pos);
            }
            if (c == '#') {
                while (c != -1 && c != '\n' && c != '\r') {
                    c = ch(++pos);
                }
            }
            if (c == -1) {
                if (level > 0) {
                    throw eofError();
                }
                finished = true;
                return make(Token.ENDMARKER, "", n, n);
            }
            int start = pos;
            if (c == '\n' || c == '\r') {
                int oldLineStart = lineStart;
                int oldLine = line;
                newlineAt(pos);
                atbol = true;
                if (blankline || level > 0) {
                    continue;
                }
                return new Token(Token.NEWLINE, "", start + absBase, start + absBase, oldLine, start - oldLineStart, oldLine,
                                start - oldLineStart, level);
            }
            if (c == '\\') {
                int c2 = ch(pos + 1);
                if (c2 != '\n' && c2 != '\r') {
                    throw lineContError();
                }
                newlineAt(pos + 1);
                if (pos >= n) {
                    if (level > 0) {
                        throw unclosedParenError();
                    }
                    lastErrorIsException = false;
                    lastErrorIsEofInParens = false;
                    // CPython reports the line of the backslash, at the end of that line
                    throw new ParseError(ParseError.Kind.SYNTAX_ERROR, "unexpected EOF while parsing", filename,
                                    line - 1, n - prevLineStart, line - 1, -1, lineText(src, line - 1, true));
                }
                continue;
            }
            if (isPotentialIdentifierStart(c)) {
                return nameOrString(start);
            }
            if (c >= '0' && c <= '9') {
                return number(start);
            }
            if (c == '.') {
                int c2 = ch(pos + 1);
                if (c2 >= '0' && c2 <= '9') {
                    return number(start);
                }
                if (c2 == '.' && ch(pos + 2) == '.') {
                    pos += 3;
                    return make(Token.OP, "...", start, pos);
                }
                pos++;
                return make(Token.OP, ".", start, pos);
            }
            if (c == '\'' || c == '"') {
                return string(start);
            }
            return operator(start, c);
        }
    }

    private ParseError tabError() {
        return doneError(ParseError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", 1, 0);
    }

    private ParseError lineContError() {
        // CPython 3.11 computes the column from the start of the whole buffer (sic).
        int off = pos + 2 - lineStart;
        lastErrorIsException = false;
        lastErrorIsEofInParens = false;
        return new ParseError(ParseError.Kind.SYNTAX_ERROR, "unexpected character after line continuation character",
                        filename, line, off, line, 0, lineText(src, line, true));
    }

    static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    private Token nameOrString(int start) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        int c = ch(pos);
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = ch(++pos);
            if (c == '"' || c == '\'') {
                return string(start);
            }
        }
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = ch(++pos);
        }
        String name = buf.substring(start, pos);
        if (nonascii) {
            name = verifyIdentifier(start, name);
        }
        return make(Token.NAME, name, start, pos);
    }

    private String verifyIdentifier(int start, String name) {
        int i = 0;
        int len = name.length();
        while (i < len) {
            int cp = name.codePointAt(i);
            boolean ok = i == 0 ? (cp == '_' || Character.isUnicodeIdentifierStart(cp))
                            : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
            if (!ok) {
                int cur = start + i + Character.charCount(cp);
                String hex = String.format("%04X", cp);
                if (isPrintable(cp)) {
                    throw syntaxError("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")",
                                    cur);
                }
                throw syntaxError("invalid non-printable character U+" + hex, cur);
            }
            i += Character.charCount(cp);
        }
        String norm = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return norm;
    }

    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
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

    // ------------------------------------------------------------------ numbers

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Reads digits and underscores starting at pos; returns the char after; pos is at it. */
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = ch(pos++);
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = ch(pos++);
            if (!isDigit(c)) {
                pos--;
                throw syntaxError("invalid decimal literal", pos);
            }
        }
        pos--;
        return c;
    }

    private boolean lookahead(String test) {
        int i = pos + 1;
        for (int k = 0; k < test.length(); k++) {
            if (ch(i + k) != test.charAt(k)) {
                return false;
            }
        }
        return !isPotentialIdentifierChar(ch(i + test.length()));
    }

    /** c is the char at pos; throws if it continues the literal like an identifier. */
    private void verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = ch(pos + 1);
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (!r && c < 128 && isPotentialIdentifierChar(c)) {
            throw syntaxError("invalid " + kind + " literal", pos);
        }
    }

    private Token number(int start) {
        int c = ch(pos);
        if (c == '.') {
            pos++;
            return fraction(start);
        }
        if (c == '0') {
            c = ch(++pos);
            if (c == 'x' || c == 'X') {
                c = ch(++pos);
                do {
                    if (c == '_') {
                        c = ch(++pos);
                    }
                    if (!isHex(c)) {
                        throw syntaxError("invalid hexadecimal literal", pos);
                    }
                    do {
                        c = ch(++pos);
                    } while (isHex(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = ch(++pos);
                do {
                    if (c == '_') {
                        c = ch(++pos);
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in octal literal", pos + 1);
                        }
                        throw syntaxError("invalid octal literal", pos);
                    }
                    do {
                        c = ch(++pos);
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in octal literal", pos + 1);
                }
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = ch(++pos);
                do {
                    if (c == '_') {
                        c = ch(++pos);
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in binary literal", pos + 1);
                        }
                        throw syntaxError("invalid binary literal", pos);
                    }
                    do {
                        c = ch(++pos);
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in binary literal", pos + 1);
                }
                verifyEndOfNumber(c, "binary");
            } else {
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = ch(++pos);
                        if (!isDigit(c)) {
                            throw syntaxError("invalid decimal literal", pos);
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = ch(++pos);
                }
                int zerosEnd = pos + 1;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    pos++;
                    return fraction(start);
                } else if (c == 'e' || c == 'E') {
                    return exponent(start);
                } else if (c == 'j' || c == 'J') {
                    return imaginary(start);
                } else if (nonzero) {
                    throw syntaxErrorRange(
                                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                    start + 1 - lineStart, zerosEnd - lineStart);
                }
                verifyEndOfNumber(c, "decimal");
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                pos++;
                return fraction(start);
            }
            if (c == 'e' || c == 'E') {
                return exponent(start);
            }
            if (c == 'j' || c == 'J') {
                return imaginary(start);
            }
            verifyEndOfNumber(c, "decimal");
        }
        return make(Token.NUMBER, buf.substring(start, pos), start, pos);
    }

    private Token fraction(int start) {
        int c = ch(pos);
        if (isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            return exponent(start);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(start);
        }
        verifyEndOfNumber(c, "decimal");
        return make(Token.NUMBER, buf.substring(start, pos), start, pos);
    }

    private Token exponent(int start) {
        int e = ch(pos);
        int epos = pos;
        int c = ch(++pos);
        if (c == '+' || c == '-') {
            c = ch(++pos);
            if (!isDigit(c)) {
                throw syntaxError("invalid decimal literal", pos);
            }
        } else if (!isDigit(c)) {
            pos = epos;
            verifyEndOfNumber(e, "decimal");
            return make(Token.NUMBER, buf.substring(start, pos), start, pos);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary(start);
        }
        verifyEndOfNumber(c, "decimal");
        return make(Token.NUMBER, buf.substring(start, pos), start, pos);
    }

    private Token imaginary(int start) {
        int c = ch(++pos);
        verifyEndOfNumber(c, "imaginary");
        return make(Token.NUMBER, buf.substring(start, pos), start, pos);
    }

    // ------------------------------------------------------------------ strings

    private Token string(int start) {
        int quote = ch(pos);
        int firstLine = line;
        int firstLineStart = lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = ch(++pos);
        if (c == quote) {
            c = ch(++pos);
            if (c == quote) {
                quoteSize = 3;
                pos++;
            } else {
                endQuoteSize = 1;
            }
        }
        while (endQuoteSize != quoteSize) {
            c = ch(pos);
            if (c == -1 || (quoteSize == 1 && (c == '\n' || c == '\r'))) {
                int detected = c == -1 ? line - 1 : line;
                line = firstLine;
                lineStart = firstLineStart;
                int cur = start + 1;
                // CPython points after the first char of the token (a prefix letter or the quote)
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line " + detected + ")",
                                    cur);
                }
                throw syntaxError("unterminated string literal (detected at line " + detected + ")", cur);
            }
            if (c == quote) {
                endQuoteSize++;
                pos++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    pos++;
                    c = ch(pos);
                    if (c == -1) {
                        continue;
                    }
                }
                if (c == '\n' || c == '\r') {
                    newlineAt(pos);
                } else {
                    pos++;
                }
            }
        }
        return new Token(Token.STRING, buf.substring(start, pos), start + absBase, pos + absBase, firstLine, start - firstLineStart, line,
                        pos - lineStart, level);
    }

    // ------------------------------------------------------------------ operators

    private Token op(String s, int start) {
        pos = start + s.length();
        return make(Token.OP, s, start, pos);
    }

    private Token operator(int start, int c) {
        int c2 = ch(pos + 1);
        int c3 = c2 == -1 ? -1 : ch(pos + 2);
        String s;
        switch (c) {
            case '(':
            case '[':
            case '{':
                if (level >= MAXLEVEL) {
                    pos++;
                    throw syntaxError("too many nested parentheses", pos);
                }
                parenStack[level] = (char) c;
                parenLine[level] = line;
                parenCol[level] = start - lineStart;
                level++;
                return op(c == '(' ? "(" : c == '[' ? "[" : "{", start);
            case ')':
            case ']':
            case '}': {
                pos++;
                if (level == 0) {
                    throw syntaxError("unmatched '" + (char) c + "'", pos);
                }
                level--;
                char opening = parenStack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    if (parenLine[level] != line) {
                        throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                        + opening + "' on line " + parenLine[level], pos);
                    }
                    throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                    + opening + "'", pos);
                }
                return op(c == ')' ? ")" : c == ']' ? "]" : "}", start);
            }
            case '+':
                s = c2 == '=' ? "+=" : "+";
                break;
            case '-':
                s = c2 == '=' ? "-=" : c2 == '>' ? "->" : "-";
                break;
            case '*':
                s = c2 == '*' ? (c3 == '=' ? "**=" : "**") : c2 == '=' ? "*=" : "*";
                break;
            case '/':
                s = c2 == '/' ? (c3 == '=' ? "//=" : "//") : c2 == '=' ? "/=" : "/";
                break;
            case '%':
                s = c2 == '=' ? "%=" : "%";
                break;
            case '@':
                s = c2 == '=' ? "@=" : "@";
                break;
            case '&':
                s = c2 == '=' ? "&=" : "&";
                break;
            case '|':
                s = c2 == '=' ? "|=" : "|";
                break;
            case '^':
                s = c2 == '=' ? "^=" : "^";
                break;
            case '~':
                s = "~";
                break;
            case '<':
                s = c2 == '<' ? (c3 == '=' ? "<<=" : "<<") : c2 == '=' ? "<=" : c2 == '>' ? "<>" : "<";
                break;
            case '>':
                s = c2 == '>' ? (c3 == '=' ? ">>=" : ">>") : c2 == '=' ? ">=" : ">";
                break;
            case '=':
                s = c2 == '=' ? "==" : "=";
                break;
            case '!':
                s = c2 == '=' ? "!=" : "!";
                break;
            case ':':
                s = c2 == '=' ? ":=" : ":";
                break;
            case ',':
                s = ",";
                break;
            case ';':
                s = ";";
                break;
            default:
                s = String.valueOf((char) c);
                break;
        }
        return op(s, start);
    }
}
