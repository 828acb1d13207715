package org.minipy.parser;

/** A token produced by {@link Tokenizer}. Positions as in {@link Ast.Pos}. */
final class Token {
    static final int NAME = 1;
    static final int NUMBER = 2;
    static final int STRING = 3;
    static final int OP = 4;
    static final int NEWLINE = 5;
    static final int INDENT = 6;
    static final int DEDENT = 7;
    static final int ENDMARKER = 8;

    final int type;
    /** Name, operator text, or the raw source text of a number or string literal. */
    final String str;
    final int start;
    final int end;
    final int line;
    final int col;
    final int endLine;
    final int endCol;
    /** Bracket nesting level after this token. */
    final int level;

    Token(int type, String str, int start, int end, int line, int col, int endLine, int endCol, int level) {
        this.level = level;
        this.type = type;
        this.str = str;
        this.start = start;
        this.end = end;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
    }

    boolean isOp(String s) {
        return type == OP && str.equals(s);
    }

    boolean isName(String s) {
        return type == NAME && str.equals(s);
    }

    Ast.Pos pos() {
        return new Ast.Pos(line, col, endLine, endCol, start, end);
    }

    @Override
    public String toString() {
        return type + ":" + str + "@" + line + ":" + col;
    }
}
