package org.minipy.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.minipy.parser.Ast.*;
import org.minipy.parser.Ast.Module;

/**
 * Recursive-descent parser for Python 3.11, following CPython's PEG grammar. Like CPython, a
 * failed parse is re-run in an "error pass" in which the grammar's {@code invalid_*} rules are
 * active, to produce CPython's specialised error messages.
 */
public final class Parser {
    /** Internal, stackless signal of a generic parse failure. */
    static final class Fail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Fail() {
            super(null, null, false, false);
        }
    }

    static final Fail FAIL = new Fail();

    static final int FILE = 0;
    static final int EVAL = 1;
    static final int SINGLE = 2;
    static final int FSTRING = 3;

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
                    "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
                    "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
                    "try", "while", "with", "yield");

    private static final int TGT_STAR = 0;
    private static final int TGT_DEL = 1;
    private static final int TGT_FOR = 2;

    final String src;
    final String filename;
    private final Tokenizer tz;
    private final ArrayList<Token> toks = new ArrayList<>(256);
    private int p;
    boolean errorPass;
    private boolean tokErr;
    private final int mode;
    /** Error pass: positions where the legacy-print / missing-comma checks already ran. */
    private java.util.BitSet legacyDone;
    private java.util.BitSet commaDone;

    private Parser(String src, String filename, int mode, Tokenizer tz) {
        this.src = src;
        this.filename = filename;
        this.mode = mode;
        this.tz = tz;
    }

    // ================================================================== entry points

    /** Parses a module (exec mode). */
    public static Module parseModule(String source, String filename) {
        Tokenizer tz = new Tokenizer(source, filename);
        return (Module) new Parser(source, filename, FILE, tz).run();
    }

    /**
     * Parses in eval mode. Leading spaces and tabs are stripped first, as the builtin eval() does
     * (positions are relative to the stripped source).
     */
    public static Expression parseExpression(String source, String filename) {
        int i = 0;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        String src = source.substring(i);
        Tokenizer tz = new Tokenizer(src, filename);
        return (Expression) new Parser(src, filename, EVAL, tz).run();
    }

    /** Parses one interactive statement ('single' mode). */
    public static Interactive parseInteractive(String source, String filename) {
        Tokenizer tz = new Tokenizer(source, filename);
        return (Interactive) new Parser(source, filename, SINGLE, tz).run();
    }

    /** Parses the expression of an f-string replacement field, given as "(expr)". */
    static Expr parseFStringExpr(String text, String filename, int line, int col, int abs, boolean errorPass) {
        Tokenizer tz = new Tokenizer(text, filename, line, col, abs);
        Parser parser = new Parser(text, filename, FSTRING, tz);
        return ((Expression) parser.run()).body();
    }

    private Mod run() {
        try {
            return runPasses();
        } catch (StackOverflowError e) {
            // CPython raises RecursionError here; we report it as a SyntaxError with its message
            throw new ParseError(ParseError.Kind.SYNTAX_ERROR, "maximum recursion depth exceeded during compilation",
                            filename, 1, 0, 1, 0, null);
        }
    }

    private Mod runPasses() {
        try {
            return parseTop();
        } catch (Fail f) {
            // fall through to the error pass
        } catch (ParseError e) {
            throw finishError(e);
        }
        Token last = toks.get(toks.size() - 1);
        p = 0;
        errorPass = true;
        legacyDone = new java.util.BitSet();
        commaDone = new java.util.BitSet();
        memo = new java.util.HashMap<>();
        try {
            parseTop();
        } catch (Fail f) {
            // generic error below
        } catch (ParseError e) {
            throw finishError(e);
        }
        if (last.type == Token.INDENT || last.type == Token.DEDENT) {
            // CPython does not look for tokenizer errors further on in this case
            throw genericError(last);
        }
        throw finishError(genericError(last));
    }

    private ParseError finishError(ParseError e) {
        if (tokErr || mode == FSTRING) {
            return e;
        }
        int errLine = toks.isEmpty() ? 1 : toks.get(toks.size() - 1).line;
        try {
            for (;;) {
                Token t = tz.next();
                if (t.type == Token.ENDMARKER) {
                    break;
                }
            }
        } catch (ParseError te) {
            if (tz.lastErrorIsException) {
                return te;
            }
            if (tz.lastErrorIsEofInParens && errLine > te.lineno) {
                return te;
            }
        }
        return e;
    }

    private ParseError genericError(Token last) {
        if (last.type == Token.INDENT || last.type == Token.DEDENT) {
            return new ParseError(ParseError.Kind.INDENTATION_ERROR,
                            last.type == Token.INDENT ? "unexpected indent" : "unexpected unindent", filename, last.line,
                            last.col, last.line, -1, text(last.line));
        }
        return new ParseError(ParseError.Kind.SYNTAX_ERROR, "invalid syntax", filename, last.line, last.col + 1,
                        last.endLine, last.endCol + 1, text(last.line));
    }

    private Mod parseTop() {
        switch (mode) {
            case FILE: {
                List<Stmt> body = new ArrayList<>();
                while (tok().type != Token.ENDMARKER) {
                    statement(body);
                }
                return new Module(new Pos(1, 0, tok().line, tok().col, 0, src.length()), body);
            }
            case EVAL: {
                Expr e = expressions();
                while (tok().type == Token.NEWLINE) {
                    advance();
                }
                if (tok().type != Token.ENDMARKER) {
                    throw FAIL;
                }
                return new Expression(e.pos(), e);
            }
            case FSTRING: {
                Expr e = starExpressions();
                while (tok().type == Token.NEWLINE) {
                    advance();
                }
                if (tok().type != Token.ENDMARKER) {
                    throw FAIL;
                }
                return new Expression(e.pos(), e);
            }
            default: {
                // 'single' mode (CPython's statement_newline rule)
                List<Stmt> body = new ArrayList<>();
                Token t = tok();
                if (t.type == Token.ENDMARKER) {
                    throw new ParseError(ParseError.Kind.SYNTAX_ERROR, "invalid syntax", filename, src.isEmpty() ? 0 : t.line,
                                    0, src.isEmpty() ? 0 : t.line, 0, src.isEmpty() ? null : text(t.line));
                }
                if (t.type == Token.NEWLINE) {
                    advance();
                    body.add(new Pass(t.pos()));
                } else {
                    int before = p;
                    statement(body);
                    boolean compound = !(toks.get(p - 1).type == Token.NEWLINE && body.size() >= 1
                                    && isSimple(body.get(body.size() - 1)) && !endsWithBlock(toks, before, p));
                    if (compound) {
                        // a compound statement must be followed by NEWLINE (ENDMARKER counts as one)
                        if (tok().type == Token.NEWLINE) {
                            advance();
                        } else if (tok().type != Token.ENDMARKER) {
                            throw FAIL;
                        }
                    }
                }
                if (badSingleStatement()) {
                    throw errLast("multiple statements found while compiling a single statement");
                }
                return new Interactive(new Pos(1, 0, tok().line, tok().col, 0, src.length()), body);
            }
        }
    }

    private static boolean isSimple(Stmt s) {
        return !(s instanceof FunctionDef || s instanceof ClassDef || s instanceof If || s instanceof For
                        || s instanceof While || s instanceof With || s instanceof Try || s instanceof TryStar
                        || s instanceof Match);
    }

    private static boolean endsWithBlock(List<Token> toks, int from, int to) {
        return toks.get(to - 1).type == Token.DEDENT;
    }

    /** CPython's bad_single_statement: is there anything but blanks and comments after the statement? */
    private boolean badSingleStatement() {
        Token last = toks.get(p - 1);
        int i = last.type == Token.NEWLINE ? last.start + 1 : last.end;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    // ================================================================== tokens

    private Token tok() {
        if (p < toks.size()) {
            return toks.get(p);
        }
        return fill(p);
    }

    private Token fill(int i) {
        while (i >= toks.size()) {
            try {
                toks.add(tz.next());
            } catch (ParseError e) {
                tokErr = true;
                throw e;
            }
        }
        return toks.get(i);
    }

    private Token la(int k) {
        int i = p + k;
        if (i < toks.size()) {
            return toks.get(i);
        }
        return fill(i);
    }

    private Token advance() {
        Token t = tok();
        p++;
        return t;
    }

    private Token lastFetched() {
        return toks.get(toks.size() - 1);
    }

    /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER. */
    private Token prev() {
        for (int i = p - 1; i >= 0; i--) {
            Token t = toks.get(i);
            if (t.type < Token.NEWLINE) {
                return t;
            }
        }
        return toks.get(0);
    }

    private boolean at(String op) {
        Token t = tok();
        return t.type == Token.OP && t.str.equals(op);
    }

    private boolean atKw(String kw) {
        Token t = tok();
        return t.type == Token.NAME && t.str.equals(kw);
    }

    private Token expect(String op) {
        if (!at(op)) {
            throw FAIL;
        }
        return advance();
    }

    private void expectKw(String kw) {
        if (!atKw(kw)) {
            throw FAIL;
        }
        p++;
    }

    static boolean isKeyword(String s) {
        return KEYWORDS.contains(s);
    }

    private boolean atName() {
        Token t = tok();
        return t.type == Token.NAME && !KEYWORDS.contains(t.str);
    }

    private String name() {
        if (!atName()) {
            throw FAIL;
        }
        return advance().str;
    }

    private boolean canStartExpr(boolean star) {
        Token t = tok();
        switch (t.type) {
            case Token.NAME:
                if (!KEYWORDS.contains(t.str)) {
                    return true;
                }
                switch (t.str) {
                    case "not":
                    case "lambda":
                    case "await":
                    case "None":
                    case "True":
                    case "False":
                        return true;
                    default:
                        return false;
                }
            case Token.NUMBER:
            case Token.STRING:
                return true;
            case Token.OP:
                switch (t.str) {
                    case "(":
                    case "[":
                    case "{":
                    case "-":
                    case "+":
                    case "~":
                    case "...":
                        return true;
                    case "*":
                        return star;
                    default:
                        return false;
                }
            default:
                return false;
        }
    }

    // ================================================================== positions and errors

    Pos pos(Token s) {
        Token e = prev();
        return new Pos(s.line, s.col, e.endLine, e.endCol, s.start, e.end);
    }

    static Pos span(Pos a, Pos b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol(), a.start(), b.end());
    }

    private String text(int line) {
        return Tokenizer.lineText(src, line, true);
    }

    ParseError err(String msg, Pos pos) {
        return new ParseError(ParseError.Kind.SYNTAX_ERROR, msg, filename, pos.line(), pos.col() + 1, pos.endLine(),
                        pos.endCol() + 1, text(pos.line()));
    }

    private ParseError err(String msg, Node n) {
        return err(msg, n.pos());
    }

    ParseError errLast(String msg) {
        Token t = lastFetched();
        return new ParseError(ParseError.Kind.SYNTAX_ERROR, msg, filename, t.line, t.col + 1, t.endLine, t.endCol + 1,
                        text(t.line));
    }

    private ParseError errAt(String msg, Token t) {
        return err(msg, t.pos());
    }

    /** Raises a specific error in the error pass, or fails generically in the first pass. */
    private RuntimeException invalid(String msg, Pos pos) {
        if (errorPass) {
            return err(msg, pos);
        }
        return FAIL;
    }

    // ================================================================== statements

    private void statement(List<Stmt> out) {
        Token t = tok();
        if (t.type == Token.NAME) {
            switch (t.str) {
                case "def":
                    out.add(funcDef(t, List.of(), false));
                    return;
                case "if":
                    out.add(ifStmt("'if' statement"));
                    return;
                case "class":
                    out.add(classDef(List.of()));
                    return;
                case "with":
                    out.add(withStmt(t, false));
                    return;
                case "for":
                    out.add(forStmt(t, false));
                    return;
                case "try":
                    out.add(tryStmt());
                    return;
                case "while":
                    out.add(whileStmt());
                    return;
                case "async": {
                    Token n = la(1);
                    if (n.type == Token.NAME) {
                        switch (n.str) {
                            case "def":
                                advance();
                                out.add(funcDef(t, List.of(), true));
                                return;
                            case "with":
                                advance();
                                out.add(withStmt(t, true));
                                return;
                            case "for":
                                advance();
                                out.add(forStmt(t, true));
                                return;
                            default:
                                break;
                        }
                    }
                    break;
                }
                case "match": {
                    Stmt m = matchStmt();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                    break;
                }
                default:
                    break;
            }
        } else if (t.type == Token.OP && t.str.equals("@")) {
            out.add(decorated());
            return;
        }
        simpleStmts(out);
    }

    private List<Stmt> block(String what, Token kw) {
        if (tok().type == Token.NEWLINE) {
            advance();
            if (tok().type != Token.INDENT) {
                if (errorPass) {
                    Token t = lastFetched();
                    throw new ParseError(ParseError.Kind.INDENTATION_ERROR,
                                    "expected an indented block after " + what + " on line " + kw.line, filename, t.line,
                                    t.col + 1, t.endLine, t.endCol + 1, text(t.line));
                }
                throw FAIL;
            }
            advance();
            List<Stmt> body = new ArrayList<>();
            do {
                statement(body);
            } while (tok().type != Token.DEDENT);
            advance();
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        simpleStmts(body);
        return body;
    }

    private void colon() {
        if (at(":")) {
            advance();
            return;
        }
        if (errorPass && tok().type == Token.NEWLINE) {
            throw errLast("expected ':'");
        }
        throw FAIL;
    }

    private void forcedColon() {
        if (at(":")) {
            advance();
            return;
        }
        throw errAt("expected ':'", tok());
    }

    private Stmt decorated() {
        List<Expr> decos = new ArrayList<>();
        while (at("@")) {
            advance();
            decos.add(namedExpression());
            if (tok().type != Token.NEWLINE) {
                throw FAIL;
            }
            advance();
        }
        Token t = tok();
        if (t.isName("def")) {
            return funcDef(t, decos, false);
        }
        if (t.isName("async") && la(1).isName("def")) {
            advance();
            return funcDef(t, decos, true);
        }
        if (t.isName("class")) {
            return classDef(decos);
        }
        throw FAIL;
    }

    private Stmt funcDef(Token start, List<Expr> decos, boolean isAsync) {
        Token def = advance();
        String name = name();
        if (!at("(")) {
            throw errAt("expected '('", tok());
        }
        advance();
        Arguments args = params(false);
        expect(")");
        Expr returns = null;
        if (at("->")) {
            int save = p;
            advance();
            try {
                returns = expression();
            } catch (Fail f) {
                p = save;
            }
        }
        forcedColon();
        List<Stmt> body = block("function definition", def);
        return new FunctionDef(pos(start), name, args, body, decos, returns, isAsync);
    }

    private Arg param(boolean lambda, boolean starAnnotation) {
        Token s = tok();
        String n = name();
        Expr ann = null;
        if (!lambda && at(":")) {
            advance();
            ann = starAnnotation ? starExpression() : expression();
        }
        return new Arg(pos(s), n, ann);
    }

    private Arguments params(boolean lambda) {
        String close = lambda ? ":" : ")";
        Token start = tok();
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean seenSlash = false;
        boolean seenStar = false;
        boolean seenDefault = false;
        boolean any = false;
        while (!at(close)) {
            any = true;
            Token t = tok();
            if (at("/")) {
                if (seenStar) {
                    throw invalid("/ must be ahead of *", t.pos());
                }
                if (seenSlash) {
                    throw invalid("/ may appear only once", t.pos());
                }
                if (args.isEmpty()) {
                    if (errorPass && la(1).isOp(",")) {
                        throw invalid("at least one argument must precede /", t.pos());
                    }
                    throw FAIL;
                }
                advance();
                seenSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (at("*")) {
                if (seenStar) {
                    throw invalid("* argument may appear only once", t.pos());
                }
                advance();
                seenStar = true;
                if (at(",")) {
                    Token n = la(1);
                    if (n.isOp(close) || n.isOp("**")) {
                        throw invalid("named arguments must follow bare *", t.pos());
                    }
                } else if (at(close)) {
                    throw invalid("named arguments must follow bare *", t.pos());
                } else {
                    vararg = param(lambda, true);
                    if (at("=")) {
                        throw invalid("var-positional argument cannot have default value", tok().pos());
                    }
                }
            } else if (at("**")) {
                advance();
                kwarg = param(lambda, false);
                if (at("=")) {
                    throw invalid("var-keyword argument cannot have default value", tok().pos());
                }
                if (at(",")) {
                    advance();
                    if (!at(close)) {
                        throw invalid("arguments cannot follow var-keyword argument", tok().pos());
                    }
                }
                break;
            } else if (at("(")) {
                if (errorPass && !seenDefault && !seenStar && !seenSlash) {
                    int save = p;
                    Token lp = advance();
                    try {
                        name();
                        while (at(",")) {
                            advance();
                            if (at(")")) {
                                break;
                            }
                            name();
                        }
                        Token rp = expect(")");
                        throw err(lambda ? "Lambda expression parameters cannot be parenthesized"
                                        : "Function parameters cannot be parenthesized", span(lp.pos(), rp.pos()));
                    } catch (Fail f) {
                        p = save;
                    }
                }
                throw FAIL;
            } else {
                Arg a = param(lambda, false);
                Expr def = null;
                if (at("=")) {
                    Token eq = advance();
                    if (at(",") || at(")")) {
                        throw invalid("expected default value expression", eq.pos());
                    }
                    def = expression();
                }
                if (seenStar) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    args.add(a);
                    if (def != null) {
                        defaults.add(def);
                        seenDefault = true;
                    } else if (seenDefault) {
                        if (errorPass && (at(",") || at(close))) {
                            throw err("non-default argument follows default argument", a.pos());
                        }
                        throw FAIL;
                    }
                }
            }
            if (!at(close)) {
                expect(",");
            }
        }
        Pos ps = any ? pos(start) : new Pos(start.line, start.col, start.line, start.col, start.start, start.start);
        return new Arguments(ps, posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Stmt ifStmt(String what) {
        Token s = advance();
        Expr test = namedExpression();
        colon();
        List<Stmt> body = block(what, s);
        List<Stmt> orelse;
        if (atKw("elif")) {
            orelse = List.of(ifStmt("'elif' statement"));
        } else {
            orelse = elseBlock();
        }
        return new If(pos(s), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        if (atKw("else")) {
            Token e = advance();
            forcedColon();
            return block("'else' statement", e);
        }
        return List.of();
    }

    private Stmt whileStmt() {
        Token s = advance();
        Expr test = namedExpression();
        colon();
        List<Stmt> body = block("'while' statement", s);
        List<Stmt> orelse = elseBlock();
        return new While(pos(s), test, body, orelse);
    }

    private Stmt forStmt(Token s, boolean isAsync) {
        Token forTok = advance();
        int mark = p;
        Expr target;
        try {
            target = starTargets();
            expectKw("in");
        } catch (Fail f) {
            if (errorPass) {
                p = mark;
                Expr a = starExpressions();
                Expr inv = invalidTarget(a, TGT_FOR);
                if (inv != null) {
                    throw err("cannot assign to " + exprName(inv), inv);
                }
            }
            throw f;
        }
        Expr iter = starExpressions();
        colon();
        List<Stmt> body = block("'for' statement", forTok);
        List<Stmt> orelse = elseBlock();
        return new For(pos(s), target, iter, body, orelse, isAsync);
    }

    private Stmt withStmt(Token s, boolean isAsync) {
        Token w = advance();
        List<WithItem> items = null;
        if (at("(")) {
            int mark = p;
            try {
                advance();
                items = new ArrayList<>();
                for (;;) {
                    items.add(withItem());
                    if (!at(",")) {
                        break;
                    }
                    advance();
                    if (at(")")) {
                        break;
                    }
                }
                expect(")");
                if (!at(":")) {
                    throw FAIL;
                }
            } catch (Fail f) {
                p = mark;
                items = null;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            for (;;) {
                items.add(withItem());
                if (!at(",")) {
                    break;
                }
                advance();
            }
        }
        colon();
        List<Stmt> body = block("'with' statement", w);
        return new With(pos(s), items, body, isAsync);
    }

    private WithItem withItem() {
        Token s = tok();
        Expr e = expression();
        if (atKw("as")) {
            advance();
            int mark = p;
            try {
                Expr t = starTarget();
                if (invalidTarget(t, TGT_STAR) != null || !(at(",") || at(")") || at(":"))) {
                    throw FAIL;
                }
                return new WithItem(pos(s), e, t);
            } catch (Fail f) {
                if (errorPass) {
                    p = mark;
                    Expr a = expression();
                    if (at(",") || at(")") || at(":")) {
                        Expr inv = invalidTarget(a, TGT_STAR);
                        if (inv != null) {
                            throw err("cannot assign to " + exprName(inv), inv);
                        }
                    }
                }
                throw f;
            }
        }
        return new WithItem(pos(s), e, null);
    }

    private Stmt tryStmt() {
        Token s = advance();
        forcedColon();
        List<Stmt> body = block("'try' statement", s);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (atKw("except")) {
            Token e = advance();
            boolean isStar = false;
            if (at("*")) {
                advance();
                isStar = true;
            }
            if (star != null && star != isStar) {
                throw invalid("cannot have both 'except' and 'except*' on the same 'try'", e.pos());
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!at(":")) {
                if (isStar || tok().type != Token.NEWLINE) {
                    type = expression();
                    if (at(",") && errorPass) {
                        int save = p;
                        advance();
                        try {
                            expressions();
                            if (atKw("as")) {
                                advance();
                                name();
                            }
                            if (at(":")) {
                                throw new ParseError(ParseError.Kind.SYNTAX_ERROR,
                                                "multiple exception types must be parenthesized", filename,
                                                type.pos().line(), type.pos().col() + 1, prev().endLine, prev().endCol + 1,
                                                text(type.pos().line()));
                            }
                        } catch (Fail f) {
                            // not this rule
                        }
                        p = save;
                    }
                    if (atKw("as")) {
                        advance();
                        name = name();
                    }
                }
            } else if (isStar) {
                throw invalid("expected one or more exception types", tok().pos());
            }
            colon();
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", e);
            handlers.add(new ExceptHandler(pos(e), type, name, hbody));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty()) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (atKw("finally")) {
            Token f = advance();
            forcedColon();
            finalbody = block("'finally' statement", f);
        } else if (handlers.isEmpty()) {
            if (errorPass) {
                throw errLast("expected 'except' or 'finally' block");
            }
            throw FAIL;
        }
        if (star != null && star) {
            return new TryStar(pos(s), body, handlers, orelse, finalbody);
        }
        return new Try(pos(s), body, handlers, orelse, finalbody);
    }

    private Stmt classDef(List<Expr> decos) {
        Token s = advance();
        String name = name();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at("(")) {
            advance();
            bases = new ArrayList<>();
            keywords = new ArrayList<>();
            arguments(bases, keywords);
        }
        colon();
        List<Stmt> body = block("class definition", s);
        return new ClassDef(pos(s), name, bases, keywords, body, decos);
    }

    // ------------------------------------------------------------------ match

    private Stmt matchStmt() {
        Token s = tok();
        int mark = p;
        advance();
        if (!canStartExpr(true)) {
            p = mark;
            return null;
        }
        Expr subject;
        try {
            Token ss = tok();
            Expr first = starNamedExpression();
            if (at(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (at(",")) {
                    advance();
                    if (!canStartExpr(true)) {
                        break;
                    }
                    elts.add(starNamedExpression());
                }
                subject = new TupleExpr(pos(ss), elts, false);
            } else {
                if (first instanceof Starred) {
                    throw FAIL;
                }
                subject = first;
            }
        } catch (Fail f) {
            p = mark;
            return null;
        }
        if (!at(":")) {
            if (errorPass && tok().type == Token.NEWLINE) {
                throw errLast("expected ':'");
            }
            p = mark;
            return null;
        }
        advance();
        if (tok().type != Token.NEWLINE) {
            p = mark;
            return null;
        }
        advance();
        if (tok().type != Token.INDENT) {
            if (errorPass) {
                Token t = lastFetched();
                throw new ParseError(ParseError.Kind.INDENTATION_ERROR,
                                "expected an indented block after 'match' statement on line " + s.line, filename, t.line,
                                t.col + 1, t.endLine, t.endCol + 1, text(t.line));
            }
            throw FAIL;
        }
        advance();
        List<MatchCase> cases = new ArrayList<>();
        while (atKw("case")) {
            cases.add(caseBlock());
        }
        if (cases.isEmpty() || tok().type != Token.DEDENT) {
            throw FAIL;
        }
        advance();
        return new Match(pos(s), subject, cases);
    }

    private MatchCase caseBlock() {
        Token s = advance();
        Pattern pat = patterns();
        Expr guard = null;
        if (atKw("if")) {
            advance();
            guard = namedExpression();
        }
        colon();
        List<Stmt> body = block("'case' statement", s);
        return new MatchCase(pos(s), pat, guard, body);
    }

    private Pattern patterns() {
        Token s = tok();
        Pattern first = maybeStarPattern();
        if (at(",")) {
            List<Pattern> pats = new ArrayList<>();
            pats.add(first);
            while (at(",")) {
                advance();
                if (at(":") || atKw("if")) {
                    break;
                }
                pats.add(maybeStarPattern());
            }
            return new MatchSequence(pos(s), pats);
        }
        if (first instanceof MatchStar) {
            throw FAIL;
        }
        return first;
    }

    private Pattern maybeStarPattern() {
        if (at("*")) {
            Token s = advance();
            String n = name();
            return new MatchStar(pos(s), n.equals("_") ? null : n);
        }
        return pattern();
    }

    private Pattern pattern() {
        Token s = tok();
        Pattern pt = orPattern();
        if (atKw("as")) {
            advance();
            Token n = tok();
            if (n.isName("_")) {
                throw invalid("cannot use '_' as a target", n.pos());
            }
            if (!atName()) {
                if (errorPass && canStartExpr(false)) {
                    Expr e = expression();
                    throw err("invalid pattern target", e);
                }
                throw FAIL;
            }
            advance();
            return new MatchAs(pos(s), pt, n.str);
        }
        return pt;
    }

    private Pattern orPattern() {
        Token s = tok();
        Pattern a = closedPattern();
        if (!at("|")) {
            return a;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(a);
        while (at("|")) {
            advance();
            alts.add(closedPattern());
        }
        return new MatchOr(pos(s), alts);
    }

    private Expr signedNumberOrComplex() {
        Token s = tok();
        Expr real;
        if (at("-")) {
            advance();
            Token n = tok();
            if (n.type != Token.NUMBER) {
                throw FAIL;
            }
            advance();
            real = new UnaryOp(pos(s), UnaryOpKind.USUB, new Constant(n.pos(), parseNumber(n), null));
        } else {
            Token n = tok();
            if (n.type != Token.NUMBER) {
                throw FAIL;
            }
            advance();
            real = new Constant(n.pos(), parseNumber(n), null);
        }
        if (at("+") || at("-")) {
            Operator op = at("+") ? Operator.ADD : Operator.SUB;
            Expr realPart = real instanceof UnaryOp u ? u.operand() : real;
            if (((Constant) realPart).value() instanceof ComplexLiteral) {
                throw invalid("real number required in complex literal", real.pos());
            }
            advance();
            Token n = tok();
            if (n.type != Token.NUMBER) {
                throw FAIL;
            }
            advance();
            Object v = parseNumber(n);
            if (!(v instanceof ComplexLiteral)) {
                throw invalid("imaginary number required in complex literal", n.pos());
            }
            return new BinOp(pos(s), real, op, new Constant(n.pos(), v, null));
        }
        return real;
    }

    private Expr nameOrAttr() {
        Token s = tok();
        Expr e = new Name(s.pos(), name());
        while (at(".")) {
            advance();
            String nm = name();
                    e = new Attribute(pos(s), e, nm);
        }
        return e;
    }

    private Pattern closedPattern() {
        Token t = tok();
        switch (t.type) {
            case Token.NUMBER: {
                Expr e = signedNumberOrComplex();
                return new MatchValue(e.pos(), e);
            }
            case Token.STRING: {
                Expr e = strings();
                return new MatchValue(e.pos(), e);
            }
            case Token.NAME: {
                switch (t.str) {
                    case "None":
                        advance();
                        return new MatchSingleton(t.pos(), Ast.NONE);
                    case "True":
                        advance();
                        return new MatchSingleton(t.pos(), Boolean.TRUE);
                    case "False":
                        advance();
                        return new MatchSingleton(t.pos(), Boolean.FALSE);
                    default:
                        break;
                }
                Expr e = nameOrAttr();
                if (at("(")) {
                    return classPattern(t, e);
                }
                if (e instanceof Name n) {
                    if (at("=")) {
                        throw FAIL;
                    }
                    if (n.id().equals("_")) {
                        return new MatchAs(t.pos(), null, null);
                    }
                    return new MatchAs(t.pos(), null, n.id());
                }
                return new MatchValue(e.pos(), e);
            }
            case Token.OP:
                switch (t.str) {
                    case "-": {
                        Expr e = signedNumberOrComplex();
                        return new MatchValue(e.pos(), e);
                    }
                    case "(": {
                        advance();
                        if (at(")")) {
                            advance();
                            return new MatchSequence(pos(t), List.of());
                        }
                        Pattern first = maybeStarPattern();
                        if (at(")") && !(first instanceof MatchStar)) {
                            advance();
                            return first;
                        }
                        List<Pattern> pats = new ArrayList<>();
                        pats.add(first);
                        expect(",");
                        while (!at(")")) {
                            pats.add(maybeStarPattern());
                            if (!at(")")) {
                                expect(",");
                            }
                        }
                        advance();
                        return new MatchSequence(pos(t), pats);
                    }
                    case "[": {
                        advance();
                        List<Pattern> pats = new ArrayList<>();
                        while (!at("]")) {
                            pats.add(maybeStarPattern());
                            if (!at("]")) {
                                expect(",");
                            }
                        }
                        advance();
                        return new MatchSequence(pos(t), pats);
                    }
                    case "{":
                        return mappingPattern();
                    default:
                        break;
                }
                break;
            default:
                break;
        }
        throw FAIL;
    }

    private Pattern mappingPattern() {
        Token s = advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> pats = new ArrayList<>();
        String rest = null;
        while (!at("}")) {
            if (at("**")) {
                advance();
                rest = name();
                if (at(",")) {
                    advance();
                }
                break;
            }
            Token k = tok();
            Expr key;
            if (k.type == Token.NUMBER || k.isOp("-")) {
                key = signedNumberOrComplex();
            } else if (k.type == Token.STRING) {
                key = strings();
            } else if (k.isName("None")) {
                advance();
                key = new Constant(k.pos(), Ast.NONE, null);
            } else if (k.isName("True") || k.isName("False")) {
                advance();
                key = new Constant(k.pos(), k.str.equals("True"), null);
            } else {
                key = nameOrAttr();
                if (!(key instanceof Attribute)) {
                    throw FAIL;
                }
            }
            expect(":");
            keys.add(key);
            pats.add(pattern());
            if (!at(",")) {
                break;
            }
            advance();
        }
        expect("}");
        return new MatchMapping(pos(s), keys, pats, rest);
    }

    private Pattern classPattern(Token s, Expr cls) {
        advance();
        List<Pattern> pats = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPats = new ArrayList<>();
        while (!at(")")) {
            if (atName() && la(1).isOp("=")) {
                kwdAttrs.add(name());
                advance();
                kwdPats.add(pattern());
            } else {
                Pattern pt = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw invalid("positional patterns follow keyword patterns", pt.pos());
                }
                pats.add(pt);
            }
            if (!at(")")) {
                expect(",");
            }
        }
        advance();
        return new MatchClass(pos(s), cls, pats, kwdAttrs, kwdPats);
    }

    // ------------------------------------------------------------------ simple statements

    private void simpleStmts(List<Stmt> out) {
        for (;;) {
            out.add(simpleStmt());
            if (!at(";")) {
                break;
            }
            advance();
            if (tok().type == Token.NEWLINE) {
                break;
            }
        }
        if (tok().type != Token.NEWLINE) {
            throw FAIL;
        }
        advance();
    }

    private Stmt simpleStmt() {
        Token t = tok();
        if (t.type == Token.NAME) {
            switch (t.str) {
                case "return": {
                    advance();
                    Expr v = canStartExpr(true) ? starExpressions() : null;
                    return new Return(pos(t), v);
                }
                case "import":
                    return importName();
                case "from":
                    return importFrom();
                case "raise": {
                    advance();
                    if (!canStartExpr(false)) {
                        return new Raise(pos(t), null, null);
                    }
                    Expr exc = expression();
                    Expr cause = null;
                    if (atKw("from")) {
                        advance();
                        cause = expression();
                    }
                    return new Raise(pos(t), exc, cause);
                }
                case "pass":
                    advance();
                    return new Pass(pos(t));
                case "break":
                    advance();
                    return new Break(pos(t));
                case "continue":
                    advance();
                    return new Continue(pos(t));
                case "del":
                    return delStmt();
                case "assert": {
                    advance();
                    Expr test = expression();
                    Expr msg = null;
                    if (at(",")) {
                        advance();
                        msg = expression();
                    }
                    return new Assert(pos(t), test, msg);
                }
                case "global":
                case "nonlocal": {
                    advance();
                    List<String> names = new ArrayList<>();
                    names.add(name());
                    while (at(",")) {
                        advance();
                        names.add(name());
                    }
                    return t.str.equals("global") ? new Global(pos(t), names) : new Nonlocal(pos(t), names);
                }
                default:
                    break;
            }
        }
        return exprStatement();
    }

    private Stmt importName() {
        Token s = advance();
        List<Alias> names = new ArrayList<>();
        for (;;) {
            Token a = tok();
            String n = dottedName();
            String as = null;
            if (atKw("as")) {
                advance();
                as = name();
            }
            names.add(new Alias(pos(a), n, as));
            if (!at(",")) {
                break;
            }
            advance();
        }
        return new Import(pos(s), names);
    }

    private String dottedName() {
        String n = name();
        if (!at(".")) {
            return n;
        }
        StringBuilder sb = new StringBuilder(n);
        while (at(".")) {
            advance();
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token s = advance();
        int level = 0;
        for (;;) {
            if (at(".")) {
                level++;
            } else if (at("...")) {
                level += 3;
            } else {
                break;
            }
            advance();
        }
        String module = null;
        if (level == 0 || !atKw("import")) {
            module = dottedName();
        }
        expectKw("import");
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token st = advance();
            names.add(new Alias(st.pos(), "*", null));
        } else {
            boolean paren = at("(");
            if (paren) {
                advance();
            }
            for (;;) {
                Token a = tok();
                String n = name();
                String as = null;
                if (atKw("as")) {
                    advance();
                    as = name();
                }
                names.add(new Alias(pos(a), n, as));
                if (!at(",")) {
                    break;
                }
                advance();
                if (paren && at(")")) {
                    break;
                }
                if (!paren && tok().type == Token.NEWLINE) {
                    throw invalid("trailing comma not allowed without surrounding parentheses", lastFetched().pos());
                }
            }
            if (paren) {
                expect(")");
            }
        }
        return new ImportFrom(pos(s), module, names, level);
    }

    private Stmt delStmt() {
        Token s = advance();
        int mark = p;
        try {
            List<Expr> targets = new ArrayList<>();
            for (;;) {
                Expr t = bitwiseOr();
                if (invalidTarget(t, TGT_DEL) != null) {
                    throw FAIL;
                }
                targets.add(t);
                if (!at(",")) {
                    break;
                }
                advance();
                if (at(";") || tok().type == Token.NEWLINE) {
                    break;
                }
            }
            if (!(at(";") || tok().type == Token.NEWLINE)) {
                throw FAIL;
            }
            return new Delete(pos(s), targets);
        } catch (Fail f) {
            if (errorPass) {
                p = mark;
                Expr a = starExpressions();
                Expr inv = invalidTarget(a, TGT_DEL);
                if (inv != null) {
                    throw err("cannot delete " + exprName(inv), inv);
                }
            }
            throw f;
        }
    }

    private static Operator augOp(Token t) {
        if (t.type != Token.OP || t.str.length() < 2 || t.str.charAt(t.str.length() - 1) != '=') {
            return null;
        }
        switch (t.str) {
            case "+=":
                return Operator.ADD;
            case "-=":
                return Operator.SUB;
            case "*=":
                return Operator.MULT;
            case "@=":
                return Operator.MATMULT;
            case "/=":
                return Operator.DIV;
            case "%=":
                return Operator.MOD;
            case "&=":
                return Operator.BITAND;
            case "|=":
                return Operator.BITOR;
            case "^=":
                return Operator.BITXOR;
            case "<<=":
                return Operator.LSHIFT;
            case ">>=":
                return Operator.RSHIFT;
            case "**=":
                return Operator.POW;
            case "//=":
                return Operator.FLOORDIV;
            default:
                return null;
        }
    }

    private Stmt exprStatement() {
        if (!errorPass) {
            return exprStatementValid();
        }
        int mark = p;
        try {
            Stmt st = exprStatementValid();
            if (st instanceof ExprStmt) {
                // CPython's assignment rule failed here: its invalid_assignment alternative runs
                int end = p;
                invalidAssignment(mark);
                p = end;
            }
            return st;
        } catch (Fail f) {
            invalidAssignment(mark);
            p = mark;
            throw f;
        }
    }

    private Expr rhs() {
        return atKw("yield") ? yieldExpr() : starExpressions();
    }

    private Stmt exprStatementValid() {
        Token s = tok();
        Expr e = rhs();
        Token t = tok();
        if (t.type != Token.OP) {
            return new ExprStmt(pos(s), e);
        }
        if (t.str.equals("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = e;
            while (at("=")) {
                if (invalidTarget(value, TGT_STAR) != null || value instanceof Yield || value instanceof YieldFrom) {
                    throw FAIL;
                }
                targets.add(value);
                advance();
                value = rhs();
            }
            return new Assign(pos(s), targets, value);
        }
        if (t.str.equals(":")) {
            boolean simple;
            if (e instanceof Name) {
                simple = e.pos().start() == s.start;
            } else if (e instanceof Attribute || e instanceof Subscript) {
                simple = false;
            } else {
                throw FAIL;
            }
            advance();
            Expr ann = expression();
            Expr v = null;
            if (at("=")) {
                advance();
                v = rhs();
            }
            return new AnnAssign(pos(s), e, ann, v, simple);
        }
        Operator op = augOp(t);
        if (op != null) {
            if (!(e instanceof Name || e instanceof Attribute || e instanceof Subscript)) {
                throw FAIL;
            }
            advance();
            Expr v = rhs();
            return new AugAssign(pos(s), e, op, v);
        }
        return new ExprStmt(pos(s), e);
    }

    private void skipStarTargetsEq() {
        for (;;) {
            int q = p;
            try {
                Expr t = starTargets();
                if (invalidTarget(t, TGT_STAR) != null) {
                    throw FAIL;
                }
                expect("=");
            } catch (Fail f) {
                p = q;
                return;
            }
        }
    }

    private void invalidAssignment(int mark) {
        // invalid_ann_assign_target ':' expression
        p = mark;
        try {
            if (at("(") || at("[")) {
                Expr a = atom();
                if ((a instanceof ListExpr || a instanceof TupleExpr) && at(":")) {
                    advance();
                    expression();
                    throw err("only single target (not " + (a instanceof ListExpr ? "list" : "tuple") + ") can be annotated",
                                    a);
                }
            }
        } catch (Fail f) {
            // next alternative
        }
        p = mark;
        try {
            Expr a = starNamedExpression();
            if (at(",")) {
                advance();
                // star_named_expressions*: comma-separated lists, back to back
                while (canStartExpr(true)) {
                    int q = p;
                    try {
                        starNamedExpression();
                    } catch (Fail f) {
                        p = q;
                        break;
                    }
                    if (at(",")) {
                        advance();
                    }
                }
                if (at(":")) {
                    advance();
                    expression();
                    throw err("only single target (not tuple) can be annotated", a);
                }
            }
        } catch (Fail f) {
            // next alternative
        }
        p = mark;
        try {
            Expr a = expression();
            if (at(":")) {
                advance();
                expression();
                throw err("illegal target for annotation", a);
            }
        } catch (Fail f) {
            // next alternative
        }
        p = mark;
        try {
            skipStarTargetsEq();
            Expr a = starExpressions();
            if (at("=")) {
                Expr inv = invalidTarget(a, TGT_STAR);
                if (inv != null) {
                    throw err("cannot assign to " + exprName(inv), inv);
                }
            }
        } catch (Fail f) {
            // next alternative
        }
        p = mark;
        try {
            skipStarTargetsEq();
            if (atKw("yield")) {
                Expr a = yieldExpr();
                if (at("=")) {
                    throw err("assignment to yield expression not possible", a);
                }
            }
        } catch (Fail f) {
            // next alternative
        }
        p = mark;
        try {
            Expr a = starExpressions();
            if (augOp(tok()) != null) {
                advance();
                rhs();
                throw err("'" + exprName(a) + "' is an illegal expression for augmented assignment", a);
            }
        } catch (Fail f) {
            // none
        }
        p = mark;
    }

    // ------------------------------------------------------------------ targets

    private Expr starTargets() {
        Token s = tok();
        Expr first = starTarget();
        if (!at(",")) {
            if (invalidTarget(first, TGT_STAR) != null) {
                throw FAIL;
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(",")) {
            advance();
            if (!canStartExpr(true)) {
                break;
            }
            elts.add(starTarget());
        }
        Expr t = new TupleExpr(pos(s), elts, false);
        if (invalidTarget(t, TGT_STAR) != null) {
            throw FAIL;
        }
        return t;
    }

    private Expr starTarget() {
        if (at("*")) {
            Token s = advance();
            if (at("*")) {
                throw FAIL;
            }
            Expr t = starTarget();
            return new Starred(pos(s), t);
        }
        return bitwiseOr();
    }

    /** CPython's _PyPegen_get_invalid_target. */
    private static Expr invalidTarget(Expr e, int type) {
        if (e instanceof ListExpr l) {
            for (Expr x : l.elts()) {
                Expr c = invalidTarget(x, type);
                if (c != null) {
                    return c;
                }
            }
            return null;
        }
        if (e instanceof TupleExpr t) {
            for (Expr x : t.elts()) {
                Expr c = invalidTarget(x, type);
                if (c != null) {
                    return c;
                }
            }
            return null;
        }
        if (e instanceof Starred s) {
            if (type == TGT_DEL) {
                return e;
            }
            return invalidTarget(s.value(), type);
        }
        if (e instanceof Compare c) {
            if (type == TGT_FOR) {
                if (c.ops().get(0) == CmpOp.IN) {
                    return invalidTarget(c.left(), type);
                }
                return null;
            }
            return e;
        }
        if (e instanceof Name || e instanceof Subscript || e instanceof Attribute) {
            return null;
        }
        return e;
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        if (e instanceof Attribute) {
            return "attribute";
        } else if (e instanceof Subscript) {
            return "subscript";
        } else if (e instanceof Starred) {
            return "starred";
        } else if (e instanceof Name) {
            return "name";
        } else if (e instanceof ListExpr) {
            return "list";
        } else if (e instanceof TupleExpr) {
            return "tuple";
        } else if (e instanceof Lambda) {
            return "lambda";
        } else if (e instanceof Call) {
            return "function call";
        } else if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) {
            return "expression";
        } else if (e instanceof GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Yield || e instanceof YieldFrom) {
            return "yield expression";
        } else if (e instanceof Await) {
            return "await expression";
        } else if (e instanceof ListComp) {
            return "list comprehension";
        } else if (e instanceof SetComp) {
            return "set comprehension";
        } else if (e instanceof DictComp) {
            return "dict comprehension";
        } else if (e instanceof Dict) {
            return "dict literal";
        } else if (e instanceof SetExpr) {
            return "set display";
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Constant c) {
            Object v = c.value();
            if (v == Ast.NONE) {
                return "None";
            } else if (Boolean.FALSE.equals(v)) {
                return "False";
            } else if (Boolean.TRUE.equals(v)) {
                return "True";
            } else if (v == Ast.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Compare) {
            return "comparison";
        } else if (e instanceof IfExp) {
            return "conditional expression";
        } else if (e instanceof NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    // ================================================================== expressions

    private Expr expressions() {
        Token s = tok();
        Expr e = expression();
        if (!at(",")) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (at(",")) {
            advance();
            if (!canStartExpr(false)) {
                break;
            }
            int save = p;
            try {
                elts.add(expression());
            } catch (Fail f) {
                p = save;
                break;
            }
        }
        return new TupleExpr(pos(s), elts, false);
    }

    Expr starExpressions() {
        Token s = tok();
        Expr e = starExpression();
        if (!at(",")) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (at(",")) {
            advance();
            if (!canStartExpr(true)) {
                break;
            }
            int save = p;
            try {
                elts.add(starExpression());
            } catch (Fail f) {
                p = save;
                break;
            }
        }
        return new TupleExpr(pos(s), elts, false);
    }

    private Expr starExpression() {
        if (at("*")) {
            Token s = advance();
            Expr v = bitwiseOr();
            return new Starred(pos(s), v);
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (at("*")) {
            Token s = advance();
            Expr v = bitwiseOr();
            return new Starred(pos(s), v);
        }
        return namedExpression();
    }

    private Expr namedExpression() {
        Token s = tok();
        if (s.type == Token.NAME && !KEYWORDS.contains(s.str) && la(1).isOp(":=")) {
            advance();
            advance();
            Expr v = expression();
            return new NamedExpr(pos(s), new Name(s.pos(), s.str), v);
        }
        int mark = p;
        Expr e = expression();
        if (errorPass) {
            if (at(":=")) {
                throw err("cannot use assignment expressions with " + exprName(e), e);
            }
            if (at("=")) {
                invalidNamedExpressionEq(mark, e);
            }
        }
        if (at(":=")) {
            throw FAIL;
        }
        return e;
    }

    private void invalidNamedExpressionEq(int mark, Expr e) {
        int save = p;
        Token first = toks.get(mark);
        if (first.type == Token.NAME && !KEYWORDS.contains(first.str) && p == mark + 1) {
            advance();
            try {
                Expr b = bitwiseOr();
                if (!at("=") && !at(":=")) {
                    throw err("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(first.pos(), b.pos()));
                }
            } catch (Fail f) {
                // no match
            }
            p = save;
        }
        if (!startsWithExcludedAtom(mark)) {
            p = mark;
            try {
                Expr a = bitwiseOr();
                if (at("=")) {
                    advance();
                    bitwiseOr();
                    if (!at("=") && !at(":=")) {
                        throw err("cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?", a);
                    }
                }
            } catch (Fail f) {
                // no match
            }
        }
        p = save;
    }

    private boolean startsWithExcludedAtom(int mark) {
        Token t = toks.get(mark);
        if (t.type == Token.NAME) {
            return t.str.equals("True") || t.str.equals("False") || t.str.equals("None");
        }
        if (!t.isOp("(") && !t.isOp("[")) {
            return false;
        }
        int save = p;
        p = mark;
        try {
            Expr a = atom();
            return a instanceof ListExpr || a instanceof TupleExpr || a instanceof GeneratorExp;
        } catch (Fail f) {
            return false;
        } finally {
            p = save;
        }
    }

    /** Memo for expression/disjunction during the error pass (as CPython's (memo) rules). */
    private java.util.HashMap<Long, Object[]> memo;
    private static final Object[] MEMO_FAIL = new Object[0];

    Expr expression() {
        if (memo == null) {
            return expressionImpl();
        }
        long key = ((long) p << 2) | 1;
        Object[] m = memo.get(key);
        if (m != null) {
            if (m == MEMO_FAIL) {
                throw FAIL;
            }
            p = (Integer) m[1];
            return (Expr) m[0];
        }
        try {
            Expr e = expressionImpl();
            memo.put(key, new Object[]{e, p});
            return e;
        } catch (Fail f) {
            memo.put(key, MEMO_FAIL);
            throw f;
        }
    }

    private Expr expressionImpl() {
        Token s = tok();
        if (s.type == Token.NAME && s.str.equals("lambda")) {
            return lambdef();
        }
        int mark = p;
        Expr a = disjunction();
        if (errorPass) {
            int afterA = p;
            // invalid_expression: a missing comma, then an 'if' without 'else'
            if (canStartExpr(false)) {
                invalidExpression(mark, a);
                p = afterA;
            }
            if (atKw("if")) {
                advance();
                try {
                    Expr b = disjunction();
                    if (!atKw("else") && !at(":")) {
                        throw err("expected 'else' after 'if' expression", span(a.pos(), b.pos()));
                    }
                } catch (Fail f) {
                    // no match
                }
                p = afterA;
            }
            // invalid_legacy_expression
            if (s.type == Token.NAME && !KEYWORDS.contains(s.str) && !legacyDone.get(mark)) {
                legacyDone.set(mark);
                p = mark;
                invalidLegacy(s);
                p = afterA;
            }
        }
        if (atKw("if")) {
            int save = p;
            try {
                advance();
                Expr b = disjunction();
                expectKw("else");
                Expr c = expression();
                return new IfExp(pos(s), b, a, c);
            } catch (Fail f) {
                p = save;
            }
        }
        return a;
    }

    /** CPython's expression_without_invalid: an expression parsed with the invalid rules off. */
    private Expr expressionWithoutInvalid() {
        boolean ep = errorPass;
        errorPass = false;
        try {
            return expression();
        } finally {
            errorPass = ep;
        }
    }

    /**
     * CPython's invalid_legacy_expression (NAME !'(' star_expressions). Note that it parses what
     * follows any name with the invalid rules active, which is how CPython finds e.g. a missing
     * comma in "d {a b}".
     */
    private void invalidLegacy(Token s) {
        int save = p;
        advance();
        if (!at("(") && canStartExpr(true)) {
            try {
                Expr b = starExpressions();
                if (!s.str.equals("print") && !s.str.equals("exec")) {
                    throw FAIL;
                }
                throw err("Missing parentheses in call to '" + s.str + "'. Did you mean " + s.str + "(...)?",
                                span(s.pos(), b.pos()));
            } catch (Fail f) {
                // no match
            }
        }
        p = save;
    }

    private void invalidExpression(int mark, Expr a) {
        if (commaDone.get(mark)) {
            return;
        }
        commaDone.set(mark);
        Token t1 = toks.get(mark);
        if (t1.type == Token.NAME) {
            if (t1.str.equals("match") || t1.str.equals("case") || t1.str.equals("_")) {
                return;
            }
            if (fill(mark + 1).type == Token.STRING) {
                return;
            }
        }
        int save = p;
        Expr b = null;
        try {
            b = expressionWithoutInvalid();
        } catch (Fail f) {
            // no match
        }
        if (b != null) {
            boolean legacy = a instanceof Name n && (n.id().equals("print") || n.id().equals("exec"));
            if (!legacy && toks.get(p - 1).level != 0) {
                throw err("invalid syntax. Perhaps you forgot a comma?", span(a.pos(), b.pos()));
            }
        }
        p = save;
    }

    private Expr lambdef() {
        Token s = advance();
        Arguments args = params(true);
        expect(":");
        Expr body = expression();
        return new Lambda(pos(s), args, body);
    }

    private Expr disjunction() {
        if (memo == null) {
            return disjunctionImpl();
        }
        long key = ((long) p << 2) | 2;
        Object[] m = memo.get(key);
        if (m != null) {
            if (m == MEMO_FAIL) {
                throw FAIL;
            }
            p = (Integer) m[1];
            return (Expr) m[0];
        }
        try {
            Expr e = disjunctionImpl();
            memo.put(key, new Object[]{e, p});
            return e;
        } catch (Fail f) {
            memo.put(key, MEMO_FAIL);
            throw f;
        }
    }

    private Expr disjunctionImpl() {
        Token s = tok();
        Expr a = conjunction();
        if (!atKw("or")) {
            return a;
        }
        List<Expr> vals = new ArrayList<>();
        vals.add(a);
        while (atKw("or")) {
            int save = p;
            advance();
            try {
                vals.add(conjunction());
            } catch (Fail f) {
                p = save;
                break;
            }
        }
        return vals.size() == 1 ? a : new BoolOp(pos(s), BoolOpKind.OR, vals);
    }

    private Expr conjunction() {
        Token s = tok();
        Expr a = inversion();
        if (!atKw("and")) {
            return a;
        }
        List<Expr> vals = new ArrayList<>();
        vals.add(a);
        while (atKw("and")) {
            int save = p;
            advance();
            try {
                vals.add(inversion());
            } catch (Fail f) {
                p = save;
                break;
            }
        }
        return vals.size() == 1 ? a : new BoolOp(pos(s), BoolOpKind.AND, vals);
    }

    private Expr inversion() {
        Token s = tok();
        if (s.type == Token.NAME && s.str.equals("not")) {
            advance();
            Expr e = inversion();
            return new UnaryOp(pos(s), UnaryOpKind.NOT, e);
        }
        return comparison();
    }

    private CmpOp cmpOp() {
        Token t = tok();
        if (t.type == Token.OP) {
            switch (t.str) {
                case "==":
                    p++;
                    return CmpOp.EQ;
                case "!=":
                    p++;
                    return CmpOp.NOT_EQ;
                case "<":
                    p++;
                    return CmpOp.LT;
                case "<=":
                    p++;
                    return CmpOp.LT_E;
                case ">":
                    p++;
                    return CmpOp.GT;
                case ">=":
                    p++;
                    return CmpOp.GT_E;
                default:
                    return null;
            }
        }
        if (t.type == Token.NAME) {
            switch (t.str) {
                case "in":
                    p++;
                    return CmpOp.IN;
                case "is":
                    p++;
                    if (atKw("not")) {
                        p++;
                        return CmpOp.IS_NOT;
                    }
                    return CmpOp.IS;
                case "not":
                    if (la(1).isName("in")) {
                        p += 2;
                        return CmpOp.NOT_IN;
                    }
                    return null;
                default:
                    return null;
            }
        }
        return null;
    }

    private Expr comparison() {
        Token s = tok();
        Expr a = bitwiseOr();
        int save = p;
        CmpOp op = cmpOp();
        if (op == null) {
            return a;
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comps = new ArrayList<>();
        while (op != null) {
            try {
                comps.add(bitwiseOr());
            } catch (Fail f) {
                p = save;
                break;
            }
            ops.add(op);
            save = p;
            op = cmpOp();
        }
        if (ops.isEmpty()) {
            return a;
        }
        return new Compare(pos(s), a, ops, comps);
    }

    Expr bitwiseOr() {
        Token s = tok();
        Expr a = bitwiseXor();
        while (at("|")) {
            int save = p;
            advance();
            Expr b;
            try {
                b = bitwiseXor();
            } catch (Fail f) {
                p = save;
                return a;
            }
            a = new BinOp(pos(s), a, Operator.BITOR, b);
        }
        return a;
    }

    private Expr bitwiseXor() {
        Token s = tok();
        Expr a = bitwiseAnd();
        while (at("^")) {
            int save = p;
            advance();
            Expr b;
            try {
                b = bitwiseAnd();
            } catch (Fail f) {
                p = save;
                return a;
            }
            a = new BinOp(pos(s), a, Operator.BITXOR, b);
        }
        return a;
    }

    private Expr bitwiseAnd() {
        Token s = tok();
        Expr a = shiftExpr();
        while (at("&")) {
            int save = p;
            advance();
            Expr b;
            try {
                b = shiftExpr();
            } catch (Fail f) {
                p = save;
                return a;
            }
            a = new BinOp(pos(s), a, Operator.BITAND, b);
        }
        return a;
    }

    private Expr shiftExpr() {
        Token s = tok();
        Expr a = sum();
        for (;;) {
            Operator op;
            if (at("<<")) {
                op = Operator.LSHIFT;
            } else if (at(">>")) {
                op = Operator.RSHIFT;
            } else {
                return a;
            }
            int save = p;
            advance();
            Expr b;
            try {
                b = sum();
            } catch (Fail f) {
                p = save;
                return a;
            }
            a = new BinOp(pos(s), a, op, b);
        }
    }

    private Expr sum() {
        Token s = tok();
        Expr a = term();
        for (;;) {
            Operator op;
            if (at("+")) {
                op = Operator.ADD;
            } else if (at("-")) {
                op = Operator.SUB;
            } else {
                return a;
            }
            int save = p;
            advance();
            Expr b;
            try {
                b = term();
            } catch (Fail f) {
                p = save;
                return a;
            }
            a = new BinOp(pos(s), a, op, b);
        }
    }

    private Expr term() {
        Token s = tok();
        Expr a = factor();
        for (;;) {
            Token t = tok();
            if (t.type != Token.OP) {
                return a;
            }
            Operator op;
            switch (t.str) {
                case "*":
                    op = Operator.MULT;
                    break;
                case "/":
                    op = Operator.DIV;
                    break;
                case "//":
                    op = Operator.FLOORDIV;
                    break;
                case "%":
                    op = Operator.MOD;
                    break;
                case "@":
                    op = Operator.MATMULT;
                    break;
                default:
                    return a;
            }
            int save = p;
            advance();
            Expr b;
            try {
                b = factor();
            } catch (Fail f) {
                p = save;
                return a;
            }
            a = new BinOp(pos(s), a, op, b);
        }
    }

    private Expr factor() {
        Token s = tok();
        if (s.type == Token.OP) {
            UnaryOpKind k;
            switch (s.str) {
                case "+":
                    k = UnaryOpKind.UADD;
                    break;
                case "-":
                    k = UnaryOpKind.USUB;
                    break;
                case "~":
                    k = UnaryOpKind.INVERT;
                    break;
                default:
                    k = null;
                    break;
            }
            if (k != null) {
                advance();
                Expr e = factor();
                return new UnaryOp(pos(s), k, e);
            }
        }
        return power();
    }

    private Expr power() {
        Token s = tok();
        Expr a;
        if (s.type == Token.NAME && s.str.equals("await")) {
            advance();
            Expr e = primary();
            a = new Await(pos(s), e);
        } else {
            a = primary();
        }
        if (at("**")) {
            int save = p;
            advance();
            try {
                Expr b = factor();
                return new BinOp(pos(s), a, Operator.POW, b);
            } catch (Fail f) {
                p = save;
            }
        }
        return a;
    }

    private Expr primary() {
        Token s = tok();
        Expr e = atom();
        for (;;) {
            Token t = tok();
            if (t.type != Token.OP) {
                return e;
            }
            int save = p;
            try {
                switch (t.str) {
                    case ".":
                        advance();
                        String nm = name();
                        e = new Attribute(pos(s), e, nm);
                        break;
                    case "(":
                        e = call(s, e);
                        break;
                    case "[": {
                        advance();
                        Expr sl = slices();
                        expect("]");
                        e = new Subscript(pos(s), e, sl);
                        break;
                    }
                    default:
                        return e;
                }
            } catch (Fail f) {
                p = save;
                return e;
            }
        }
    }

    private Expr call(Token s, Expr func) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> kws = new ArrayList<>();
        Token lp = tok();
        advance();
        if (at(")")) {
            advance();
            return new Call(pos(s), func, args, kws);
        }
        // generator expression as sole argument
        if (!at("*") && !at("**") && !(kwargName(tok()) && la(1).isOp("="))) {
            int mark = p;
            Expr e = argExpression();
            if (atKw("for") || (atKw("async") && la(1).isName("for"))) {
                List<Comprehension> gens = forIfClauses();
                if (at(")")) {
                    advance();
                    args.add(new GeneratorExp(pos(lp), e, gens));
                    return new Call(pos(s), func, args, kws);
                }
                if (at(",")) {
                    Comprehension last = gens.get(gens.size() - 1);
                    Expr lastItem = last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
                    throw invalid("Generator expression must be parenthesized", span(e.pos(), lastItem.pos()));
                }
                throw FAIL;
            }
            p = mark;
        }
        arguments(args, kws);
        return new Call(pos(s), func, args, kws);
    }

    private Expr argExpression() {
        Token t = tok();
        if (t.type == Token.NAME && !KEYWORDS.contains(t.str) && la(1).isOp(":=")) {
            return namedExpression();
        }
        Expr e = expression();
        if (at(":=")) {
            throw FAIL;
        }
        if (at("=")) {
            if (errorPass) {
                Token eq = tok();
                throw err("expression cannot contain assignment, perhaps you meant \"==\"?", span(e.pos(), eq.pos()));
            }
            throw FAIL;
        }
        return e;
    }

    /** A NAME that may start a keyword argument (True/False/None too, for the error message). */
    private boolean kwargName(Token t) {
        if (t.type != Token.NAME) {
            return false;
        }
        if (!KEYWORDS.contains(t.str)) {
            return true;
        }
        return errorPass && (t.str.equals("True") || t.str.equals("False") || t.str.equals("None"));
    }

    /** Parses call arguments after '(' up to and including ')'. */
    private void arguments(List<Expr> args, List<Keyword> kws) {
        boolean seenKw = false;
        boolean seenDoubleStar = false;
        while (!at(")")) {
            Token t = tok();
            if (at("*")) {
                advance();
                Expr v = expression();
                if (seenDoubleStar) {
                    throw invalid("iterable argument unpacking follows keyword argument unpacking", t.pos());
                }
                args.add(new Starred(pos(t), v));
            } else if (at("**")) {
                advance();
                Expr v = expression();
                kws.add(new Keyword(pos(t), null, v));
                seenKw = true;
                seenDoubleStar = true;
            } else if (kwargName(t) && la(1).isOp("=")) {
                if (t.str.equals("True") || t.str.equals("False") || t.str.equals("None")) {
                    throw invalid("cannot assign to " + t.str, span(t.pos(), la(1).pos()));
                }
                if (KEYWORDS.contains(t.str)) {
                    throw FAIL;
                }
                advance();
                Token eq = advance();
                Expr v = expression();
                if (errorPass && atFor()) {
                    int save = p;
                    try {
                        forIfClauses();
                        throw err("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(t.pos(), eq.pos()));
                    } catch (Fail f) {
                        p = save;
                    }
                }
                kws.add(new Keyword(pos(t), t.str, v));
                seenKw = true;
            } else {
                Expr e = argExpression();
                if (atKw("for") || atKw("async")) {
                    if (errorPass) {
                        List<Comprehension> gens = forIfClauses();
                        Comprehension last = gens.get(gens.size() - 1);
                        Expr lastItem = last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
                        if (at(",") || !args.isEmpty()) {
                            throw err("Generator expression must be parenthesized", span(e.pos(), lastItem.pos()));
                        }
                    }
                    throw FAIL;
                }
                if (seenKw) {
                    if (errorPass) {
                        throw errLast(seenDoubleStar ? "positional argument follows keyword argument unpacking"
                                        : "positional argument follows keyword argument");
                    }
                    throw FAIL;
                }
                args.add(e);
            }
            if (!at(")")) {
                expect(",");
            }
        }
        advance();
    }

    private Expr slices() {
        Token s = tok();
        Expr first = slice();
        if (!at(",") && !(first instanceof Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(",")) {
            advance();
            if (at("]")) {
                break;
            }
            elts.add(slice());
        }
        return new TupleExpr(pos(s), elts, false);
    }

    private Expr slice() {
        Token s = tok();
        if (at("*")) {
            advance();
            Expr v = expression();
            return new Starred(pos(s), v);
        }
        Expr lower = null;
        if (!at(":")) {
            lower = namedExpression();
            if (!at(":")) {
                return lower;
            }
        }
        advance();
        Expr upper = null;
        if (!at(":") && !at("]") && !at(",")) {
            upper = expression();
        }
        Expr step = null;
        if (at(":")) {
            advance();
            if (!at("]") && !at(",")) {
                step = expression();
            }
        }
        return new Slice(pos(s), lower, upper, step);
    }

    private Expr atom() {
        Token t = tok();
        switch (t.type) {
            case Token.NAME:
                switch (t.str) {
                    case "True":
                        advance();
                        return new Constant(t.pos(), Boolean.TRUE, null);
                    case "False":
                        advance();
                        return new Constant(t.pos(), Boolean.FALSE, null);
                    case "None":
                        advance();
                        return new Constant(t.pos(), Ast.NONE, null);
                    default:
                        if (KEYWORDS.contains(t.str)) {
                            throw FAIL;
                        }
                        advance();
                        return new Name(t.pos(), t.str);
                }
            case Token.NUMBER:
                advance();
                return new Constant(t.pos(), parseNumber(t), null);
            case Token.STRING:
                return strings();
            case Token.OP:
                switch (t.str) {
                    case "(":
                        return parenAtom();
                    case "[":
                        return listAtom();
                    case "{":
                        return braceAtom();
                    case "...":
                        advance();
                        return new Constant(t.pos(), Ast.ELLIPSIS, null);
                    default:
                        throw FAIL;
                }
            default:
                throw FAIL;
        }
    }

    private boolean atFor() {
        return atKw("for") || (atKw("async") && la(1).isName("for"));
    }

    private void checkComprehensionElt(Expr first, String close) {
        if (!errorPass) {
            throw FAIL;
        }
        if (first instanceof Starred) {
            throw err("iterable unpacking cannot be used in comprehension", first);
        }
    }

    private Expr parenAtom() {
        Token s = advance();
        if (at(")")) {
            advance();
            return new TupleExpr(pos(s), List.of(), true);
        }
        if (atKw("yield")) {
            Expr y = yieldExpr();
            expect(")");
            return y;
        }
        Expr first = starNamedExpression();
        if (atFor()) {
            if (first instanceof Starred) {
                checkComprehensionElt(first, ")");
            }
            List<Comprehension> gens = forIfClauses();
            expect(")");
            return new GeneratorExp(pos(s), first, gens);
        }
        if (at(")")) {
            if (first instanceof Starred) {
                throw invalid("cannot use starred expression here", first.pos());
            }
            advance();
            return first;
        }
        if (!at(",")) {
            throw FAIL;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(",")) {
            advance();
            if (at(")")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        if (errorPass && atFor()) {
            throw err("did you forget parentheses around the comprehension target?",
                            span(first.pos(), elts.get(elts.size() - 1).pos()));
        }
        expect(")");
        return new TupleExpr(pos(s), elts, true);
    }

    private Expr listAtom() {
        Token s = advance();
        if (at("]")) {
            advance();
            return new ListExpr(pos(s), List.of());
        }
        Expr first = starNamedExpression();
        if (atFor()) {
            if (first instanceof Starred) {
                checkComprehensionElt(first, "]");
            }
            List<Comprehension> gens = forIfClauses();
            expect("]");
            return new ListComp(pos(s), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(",")) {
            advance();
            if (at("]")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        if (errorPass && atFor()) {
            throw err("did you forget parentheses around the comprehension target?",
                            span(first.pos(), elts.get(elts.size() - 1).pos()));
        }
        expect("]");
        return new ListExpr(pos(s), elts);
    }

    private Expr braceAtom() {
        Token s = advance();
        if (at("}")) {
            advance();
            return new Dict(pos(s), new ArrayList<>(), new ArrayList<>());
        }
        Expr first = null;
        if (!at("**")) {
            first = starNamedExpression();
            if (!at(":") || first instanceof Starred) {
                // set display or comprehension
                if (atFor()) {
                    if (first instanceof Starred) {
                        checkComprehensionElt(first, "}");
                    }
                    List<Comprehension> gens = forIfClauses();
                    expect("}");
                    return new SetComp(pos(s), first, gens);
                }
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (at(",")) {
                    advance();
                    if (at("}")) {
                        break;
                    }
                    elts.add(starNamedExpression());
                }
                expect("}");
                return new SetExpr(pos(s), elts);
            }
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean firstPair = true;
        for (;;) {
            if (first == null && at("**")) {
                Token st = advance();
                Expr v = bitwiseOr();
                if (firstPair && atFor()) {
                    throw invalid("dict unpacking cannot be used in dict comprehension", pos(st));
                }
                keys.add(null);
                values.add(v);
            } else {
                Expr k = first != null ? first : expression();
                first = null;
                if (!at(":")) {
                    if (errorPass && !firstPair) {
                        throw new ParseError(ParseError.Kind.SYNTAX_ERROR, "':' expected after dictionary key", filename,
                                        k.pos().line(), k.pos().endCol(), k.pos().endLine(), 0, text(k.pos().line()));
                    }
                    throw FAIL;
                }
                Token colon = advance();
                if (errorPass && (at("}") || at(","))) {
                    throw errAt("expression expected after dictionary key and ':'", colon);
                }
                if (errorPass && at("*")) {
                    Token st = advance();
                    bitwiseOr();
                    throw err("cannot use a starred expression in a dictionary value", pos(st));
                }
                Expr v = expression();
                if (firstPair && atFor()) {
                    List<Comprehension> gens = forIfClauses();
                    expect("}");
                    return new DictComp(pos(s), k, v, gens);
                }
                keys.add(k);
                values.add(v);
            }
            firstPair = false;
            if (!at(",")) {
                break;
            }
            advance();
            if (at("}")) {
                break;
            }
        }
        expect("}");
        return new Dict(pos(s), keys, values);
    }

    private List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atFor()) {
            Token s = tok();
            boolean isAsync = false;
            if (atKw("async")) {
                advance();
                isAsync = true;
            }
            advance();
            int mark = p;
            Expr target;
            try {
                target = starTargets();
                expectKw("in");
            } catch (Fail f) {
                if (errorPass) {
                    p = mark;
                    Expr a = starExpressions();
                    Expr inv = invalidTarget(a, TGT_FOR);
                    if (inv != null) {
                        throw err("cannot assign to " + exprName(inv), inv);
                    }
                }
                throw f;
            }
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKw("if")) {
                advance();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(pos(s), target, iter, ifs, isAsync));
        }
        return gens;
    }

    private Expr yieldExpr() {
        Token s = advance();
        if (atKw("from")) {
            advance();
            Expr e = expression();
            return new YieldFrom(pos(s), e);
        }
        if (canStartExpr(true)) {
            Expr v = starExpressions();
            return new Yield(pos(s), v);
        }
        return new Yield(pos(s), null);
    }

    private Expr strings() {
        int first = p;
        while (tok().type == Token.STRING) {
            p++;
        }
        return StringParser.concatenate(this, toks.subList(first, p));
    }

    // ================================================================== numbers

    static Object parseNumber(Token t) {
        String s = t.str;
        if (s.indexOf('_') >= 0) {
            s = s.replace("_", "");
        }
        int len = s.length();
        char last = s.charAt(len - 1);
        if (last == 'j' || last == 'J') {
            return new ComplexLiteral(Double.parseDouble(s.substring(0, len - 1)));
        }
        if (len > 1 && s.charAt(0) == '0') {
            char c1 = s.charAt(1);
            int radix = 0;
            if (c1 == 'x' || c1 == 'X') {
                radix = 16;
            } else if (c1 == 'o' || c1 == 'O') {
                radix = 8;
            } else if (c1 == 'b' || c1 == 'B') {
                radix = 2;
            }
            if (radix != 0) {
                return integer(s.substring(2), radix);
            }
        }
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }
}
