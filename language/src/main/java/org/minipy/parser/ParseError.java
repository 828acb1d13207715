package org.minipy.parser;

/**
 * A syntax error found by the tokenizer, the parser or the scope analyzer, carrying the same
 * information as CPython's {@code SyntaxError} (msg, lineno, offset, end_lineno, end_offset, text,
 * filename). {@code offset}/{@code endOffset} are 1-based columns as in CPython.
 */
public final class ParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        SYNTAX_ERROR("SyntaxError"),
        INDENTATION_ERROR("IndentationError"),
        TAB_ERROR("TabError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    public final Kind kind;
    public final String msg;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    public final String text;
    public final String filename;

    public ParseError(Kind kind, String msg, String filename, int lineno, int offset, int endLineno, int endOffset,
                    String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    @Override
    public String getMessage() {
        return kind.pythonName + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
