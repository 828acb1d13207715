package org.minipy.parser;

import java.math.BigInteger;
import java.util.List;

import org.minipy.parser.Ast.*;
import org.minipy.parser.Ast.Module;

/**
 * Prints an AST in exactly the format of CPython 3.11's {@code ast.dump(tree)} (default arguments),
 * including the expression contexts (Load/Store/Del), which are derived from the tree structure.
 */
public final class AstDump {
    private final StringBuilder sb = new StringBuilder();

    private AstDump() {
    }

    public static String dump(Node node) {
        AstDump d = new AstDump();
        d.node(node);
        return d.sb.toString();
    }

    /**
     * Like {@code ast.dump(tree, include_attributes=True)}, with columns counted in chars (CPython
     * counts UTF-8 bytes; convert before comparing non-ASCII sources).
     */
    public static String dumpWithPositions(Node node) {
        AstDump d = new AstDump();
        d.withPos = true;
        d.node(node);
        return d.sb.toString();
    }

    private boolean withPos;
    private Pos cur;

    private static final int LOAD = 0;
    private static final int STORE = 1;
    private static final int DEL = 2;

    // ------------------------------------------------------------------ helpers

    private AstDump open(String name) {
        sb.append(name).append('(');
        first = true;
        return this;
    }

    private boolean first;

    private void sep(String field) {
        if (!first) {
            sb.append(", ");
        }
        first = false;
        sb.append(field).append('=');
    }

    private void close() {
        if (withPos && cur != null) {
            if (!first) {
                sb.append(", ");
            }
            sb.append("lineno=").append(cur.line()).append(", col_offset=").append(cur.col()).append(", end_lineno=")
                            .append(cur.endLine()).append(", end_col_offset=").append(cur.endCol());
        }
        sb.append(')');
        first = false;
    }

    private void fStr(String field, String v) {
        if (v == null) {
            return;
        }
        sep(field);
        sb.append(reprStr(v));
    }

    private void fInt(String field, int v) {
        sep(field);
        sb.append(v);
    }

    private void fExpr(String field, Expr e) {
        fExpr(field, e, LOAD);
    }

    private void fExpr(String field, Expr e, int ctx) {
        if (e == null) {
            return;
        }
        sep(field);
        expr(e, ctx);
    }

    private void fExprs(String field, List<? extends Expr> l) {
        fExprs(field, l, LOAD);
    }

    private void fExprs(String field, List<? extends Expr> l, int ctx) {
        sep(field);
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Expr e = l.get(i);
            if (e == null) {
                sb.append("None");
            } else {
                expr(e, ctx);
            }
        }
        sb.append(']');
    }

    private void fNodes(String field, List<? extends Node> l) {
        sep(field);
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            node(l.get(i));
        }
        sb.append(']');
    }

    private void fNode(String field, Node n) {
        if (n == null) {
            return;
        }
        sep(field);
        node(n);
    }

    private void fStrs(String field, List<String> l) {
        sep(field);
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(reprStr(l.get(i)));
        }
        sb.append(']');
    }

    private void fRaw(String field, String raw) {
        sep(field);
        sb.append(raw);
    }

    private void ctx(int ctx) {
        fRaw("ctx", ctx == LOAD ? "Load()" : ctx == STORE ? "Store()" : "Del()");
    }

    // ------------------------------------------------------------------ nodes

    private void node(Node n) {
        boolean saved = first;
        Pos savedPos = cur;
        cur = (n instanceof Expr || n instanceof Stmt || n instanceof Pattern || n instanceof ExceptHandler
                        || n instanceof Arg || n instanceof Keyword || n instanceof Alias) ? n.pos() : null;
        nodeInner(n);
        cur = savedPos;
        first = saved;
        first = false;
    }

    private void nodeInner(Node n) {
        if (n instanceof Expr e) {
            expr(e, LOAD);
            return;
        }
        if (n instanceof Stmt s) {
            stmt(s);
            return;
        }
        if (n instanceof Pattern pt) {
            pattern(pt);
            return;
        }
        switch (n) {
            case Module m -> {
                open("Module");
                fNodes("body", m.body());
                fRaw("type_ignores", "[]");
                close();
            }
            case Expression m -> {
                open("Expression");
                fExpr("body", m.body());
                close();
            }
            case Interactive m -> {
                open("Interactive");
                fNodes("body", m.body());
                close();
            }
            case Comprehension c -> {
                open("comprehension");
                fExpr("target", c.target(), STORE);
                fExpr("iter", c.iter());
                fExprs("ifs", c.ifs());
                fInt("is_async", c.isAsync() ? 1 : 0);
                close();
            }
            case ExceptHandler h -> {
                open("ExceptHandler");
                fExpr("type", h.type());
                fStr("name", h.name());
                fNodes("body", h.body());
                close();
            }
            case Arguments a -> {
                open("arguments");
                fNodes("posonlyargs", a.posonlyargs());
                fNodes("args", a.args());
                fNode("vararg", a.vararg());
                fNodes("kwonlyargs", a.kwonlyargs());
                fExprs("kw_defaults", a.kwDefaults());
                fNode("kwarg", a.kwarg());
                fExprs("defaults", a.defaults());
                close();
            }
            case Arg a -> {
                open("arg");
                fStr("arg", a.arg());
                fExpr("annotation", a.annotation());
                close();
            }
            case Keyword k -> {
                open("keyword");
                fStr("arg", k.arg());
                fExpr("value", k.value());
                close();
            }
            case Alias a -> {
                open("alias");
                fStr("name", a.name());
                fStr("asname", a.asname());
                close();
            }
            case WithItem w -> {
                open("withitem");
                fExpr("context_expr", w.contextExpr());
                fExpr("optional_vars", w.optionalVars(), STORE);
                close();
            }
            case MatchCase c -> {
                open("match_case");
                fNode("pattern", c.pattern());
                fExpr("guard", c.guard());
                fNodes("body", c.body());
                close();
            }
            default -> throw new IllegalStateException(n.toString());
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case FunctionDef f -> {
                open(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef");
                fStr("name", f.name());
                fNode("args", f.args());
                fNodes("body", f.body());
                fExprs("decorator_list", f.decoratorList());
                fExpr("returns", f.returns());
                close();
            }
            case ClassDef c -> {
                open("ClassDef");
                fStr("name", c.name());
                fExprs("bases", c.bases());
                fNodes("keywords", c.keywords());
                fNodes("body", c.body());
                fExprs("decorator_list", c.decoratorList());
                close();
            }
            case Return r -> {
                open("Return");
                fExpr("value", r.value());
                close();
            }
            case Delete d -> {
                open("Delete");
                fExprs("targets", d.targets(), DEL);
                close();
            }
            case Assign a -> {
                open("Assign");
                fExprs("targets", a.targets(), STORE);
                fExpr("value", a.value());
                close();
            }
            case AugAssign a -> {
                open("AugAssign");
                fExpr("target", a.target(), STORE);
                fRaw("op", opName(a.op()));
                fExpr("value", a.value());
                close();
            }
            case AnnAssign a -> {
                open("AnnAssign");
                fExpr("target", a.target(), STORE);
                fExpr("annotation", a.annotation());
                fExpr("value", a.value());
                fInt("simple", a.simple() ? 1 : 0);
                close();
            }
            case For f -> {
                open(f.isAsync() ? "AsyncFor" : "For");
                fExpr("target", f.target(), STORE);
                fExpr("iter", f.iter());
                fNodes("body", f.body());
                fNodes("orelse", f.orelse());
                close();
            }
            case While w -> {
                open("While");
                fExpr("test", w.test());
                fNodes("body", w.body());
                fNodes("orelse", w.orelse());
                close();
            }
            case If i -> {
                open("If");
                fExpr("test", i.test());
                fNodes("body", i.body());
                fNodes("orelse", i.orelse());
                close();
            }
            case With w -> {
                open(w.isAsync() ? "AsyncWith" : "With");
                fNodes("items", w.items());
                fNodes("body", w.body());
                close();
            }
            case Match m -> {
                open("Match");
                fExpr("subject", m.subject());
                fNodes("cases", m.cases());
                close();
            }
            case Raise r -> {
                open("Raise");
                fExpr("exc", r.exc());
                fExpr("cause", r.cause());
                close();
            }
            case Try t -> {
                open("Try");
                fNodes("body", t.body());
                fNodes("handlers", t.handlers());
                fNodes("orelse", t.orelse());
                fNodes("finalbody", t.finalbody());
                close();
            }
            case TryStar t -> {
                open("TryStar");
                fNodes("body", t.body());
                fNodes("handlers", t.handlers());
                fNodes("orelse", t.orelse());
                fNodes("finalbody", t.finalbody());
                close();
            }
            case Assert a -> {
                open("Assert");
                fExpr("test", a.test());
                fExpr("msg", a.msg());
                close();
            }
            case Import i -> {
                open("Import");
                fNodes("names", i.names());
                close();
            }
            case ImportFrom i -> {
                open("ImportFrom");
                fStr("module", i.module());
                fNodes("names", i.names());
                fInt("level", i.level());
                close();
            }
            case Global g -> {
                open("Global");
                fStrs("names", g.names());
                close();
            }
            case Nonlocal g -> {
                open("Nonlocal");
                fStrs("names", g.names());
                close();
            }
            case ExprStmt e -> {
                open("Expr");
                fExpr("value", e.value());
                close();
            }
            case Pass x -> {
                open("Pass");
                close();
            }
            case Break x -> {
                open("Break");
                close();
            }
            case Continue x -> {
                open("Continue");
                close();
            }
        }
    }

    private void expr(Expr e, int ctx) {
        boolean saved = first;
        Pos savedPos = cur;
        cur = e.pos();
        exprInner(e, ctx);
        cur = savedPos;
        first = saved;
    }

    private void exprInner(Expr e, int ctx) {
        switch (e) {
            case BoolOp b -> {
                open("BoolOp");
                fRaw("op", b.op() == BoolOpKind.AND ? "And()" : "Or()");
                fExprs("values", b.values());
                close();
            }
            case NamedExpr n -> {
                open("NamedExpr");
                fExpr("target", n.target(), STORE);
                fExpr("value", n.value());
                close();
            }
            case BinOp b -> {
                open("BinOp");
                fExpr("left", b.left());
                fRaw("op", opName(b.op()));
                fExpr("right", b.right());
                close();
            }
            case UnaryOp u -> {
                open("UnaryOp");
                String op = switch (u.op()) {
                    case INVERT -> "Invert()";
                    case NOT -> "Not()";
                    case UADD -> "UAdd()";
                    case USUB -> "USub()";
                };
                fRaw("op", op);
                fExpr("operand", u.operand());
                close();
            }
            case Lambda l -> {
                open("Lambda");
                fNode("args", l.args());
                fExpr("body", l.body());
                close();
            }
            case IfExp i -> {
                open("IfExp");
                fExpr("test", i.test());
                fExpr("body", i.body());
                fExpr("orelse", i.orelse());
                close();
            }
            case Dict d -> {
                open("Dict");
                fExprs("keys", d.keys());
                fExprs("values", d.values());
                close();
            }
            case SetExpr s -> {
                open("Set");
                fExprs("elts", s.elts());
                close();
            }
            case ListComp c -> {
                open("ListComp");
                fExpr("elt", c.elt());
                fNodes("generators", c.generators());
                close();
            }
            case SetComp c -> {
                open("SetComp");
                fExpr("elt", c.elt());
                fNodes("generators", c.generators());
                close();
            }
            case DictComp c -> {
                open("DictComp");
                fExpr("key", c.key());
                fExpr("value", c.value());
                fNodes("generators", c.generators());
                close();
            }
            case GeneratorExp c -> {
                open("GeneratorExp");
                fExpr("elt", c.elt());
                fNodes("generators", c.generators());
                close();
            }
            case Await a -> {
                open("Await");
                fExpr("value", a.value());
                close();
            }
            case Yield y -> {
                open("Yield");
                fExpr("value", y.value());
                close();
            }
            case YieldFrom y -> {
                open("YieldFrom");
                fExpr("value", y.value());
                close();
            }
            case Compare c -> {
                open("Compare");
                fExpr("left", c.left());
                sep("ops");
                sb.append('[');
                for (int i = 0; i < c.ops().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(switch (c.ops().get(i)) {
                        case EQ -> "Eq()";
                        case NOT_EQ -> "NotEq()";
                        case LT -> "Lt()";
                        case LT_E -> "LtE()";
                        case GT -> "Gt()";
                        case GT_E -> "GtE()";
                        case IS -> "Is()";
                        case IS_NOT -> "IsNot()";
                        case IN -> "In()";
                        case NOT_IN -> "NotIn()";
                    });
                }
                sb.append(']');
                fExprs("comparators", c.comparators());
                close();
            }
            case Call c -> {
                open("Call");
                fExpr("func", c.func());
                fExprs("args", c.args());
                fNodes("keywords", c.keywords());
                close();
            }
            case FormattedValue f -> {
                open("FormattedValue");
                fExpr("value", f.value());
                fInt("conversion", f.conversion());
                fExpr("format_spec", f.formatSpec());
                close();
            }
            case JoinedStr j -> {
                open("JoinedStr");
                fExprs("values", j.values());
                close();
            }
            case Constant c -> {
                open("Constant");
                fRaw("value", reprConstant(c.value()));
                fStr("kind", c.kind());
                close();
            }
            case Attribute a -> {
                open("Attribute");
                fExpr("value", a.value());
                fStr("attr", a.attr());
                ctx(ctx);
                close();
            }
            case Subscript s -> {
                open("Subscript");
                fExpr("value", s.value());
                fExpr("slice", s.slice());
                ctx(ctx);
                close();
            }
            case Starred s -> {
                open("Starred");
                fExpr("value", s.value(), ctx);
                ctx(ctx);
                close();
            }
            case Name n -> {
                open("Name");
                fStr("id", n.id());
                ctx(ctx);
                close();
            }
            case ListExpr l -> {
                open("List");
                fExprs("elts", l.elts(), ctx);
                ctx(ctx);
                close();
            }
            case TupleExpr t -> {
                open("Tuple");
                fExprs("elts", t.elts(), ctx);
                ctx(ctx);
                close();
            }
            case Slice s -> {
                open("Slice");
                fExpr("lower", s.lower());
                fExpr("upper", s.upper());
                fExpr("step", s.step());
                close();
            }
        }
    }

    private void pattern(Pattern pt) {
        switch (pt) {
            case MatchValue m -> {
                open("MatchValue");
                fExpr("value", m.value());
                close();
            }
            case MatchSingleton m -> {
                open("MatchSingleton");
                fRaw("value", reprConstant(m.value()));
                close();
            }
            case MatchSequence m -> {
                open("MatchSequence");
                fNodes("patterns", m.patterns());
                close();
            }
            case MatchMapping m -> {
                open("MatchMapping");
                fExprs("keys", m.keys());
                fNodes("patterns", m.patterns());
                fStr("rest", m.rest());
                close();
            }
            case MatchClass m -> {
                open("MatchClass");
                fExpr("cls", m.cls());
                fNodes("patterns", m.patterns());
                fStrs("kwd_attrs", m.kwdAttrs());
                fNodes("kwd_patterns", m.kwdPatterns());
                close();
            }
            case MatchStar m -> {
                open("MatchStar");
                fStr("name", m.name());
                close();
            }
            case MatchAs m -> {
                open("MatchAs");
                fNode("pattern", m.pattern());
                fStr("name", m.name());
                close();
            }
            case MatchOr m -> {
                open("MatchOr");
                fNodes("patterns", m.patterns());
                close();
            }
        }
    }

    private static String opName(Operator op) {
        return switch (op) {
            case ADD -> "Add()";
            case SUB -> "Sub()";
            case MULT -> "Mult()";
            case MATMULT -> "MatMult()";
            case DIV -> "Div()";
            case MOD -> "Mod()";
            case POW -> "Pow()";
            case LSHIFT -> "LShift()";
            case RSHIFT -> "RShift()";
            case BITOR -> "BitOr()";
            case BITXOR -> "BitXor()";
            case BITAND -> "BitAnd()";
            case FLOORDIV -> "FloorDiv()";
        };
    }

    // ------------------------------------------------------------------ Python reprs

    public static String reprConstant(Object v) {
        if (v == Ast.NONE) {
            return "None";
        }
        if (v == Ast.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return reprFloat(d, true);
        }
        if (v instanceof ComplexLiteral c) {
            return reprFloat(c.imag(), false) + "j";
        }
        if (v instanceof String s) {
            return reprStr(s);
        }
        if (v instanceof byte[] b) {
            return reprBytes(b);
        }
        throw new IllegalArgumentException(String.valueOf(v));
    }

    /** Python's float repr ('r' format); addDot0 as for float (not complex) reprs. */
    public static String reprFloat(double d, boolean addDot0) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            String z = (1 / d < 0) ? "-0" : "0";
            return addDot0 ? z + ".0" : z;
        }
        String js = shortest(Math.abs(d));
        String mant = js;
        int exp = 0;
        int ei = js.indexOf('E');
        if (ei >= 0) {
            mant = js.substring(0, ei);
            exp = Integer.parseInt(js.substring(ei + 1));
        }
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        String digits = intPart + frac;
        int decpt = intPart.length() + exp;
        // strip leading zeros
        int lz = 0;
        while (lz < digits.length() - 1 && digits.charAt(lz) == '0') {
            lz++;
            decpt--;
        }
        digits = digits.substring(lz);
        // strip trailing zeros
        int tz = digits.length();
        while (tz > 1 && digits.charAt(tz - 1) == '0') {
            tz--;
        }
        digits = digits.substring(0, tz);
        StringBuilder out = new StringBuilder();
        if (d < 0) {
            out.append('-');
        }
        int n = digits.length();
        if (decpt <= -4 || decpt > 16) {
            out.append(digits.charAt(0));
            if (n > 1) {
                out.append('.').append(digits, 1, n);
            }
            int e = decpt - 1;
            out.append('e').append(e < 0 ? '-' : '+');
            int ae = Math.abs(e);
            if (ae < 10) {
                out.append('0');
            }
            out.append(ae);
        } else if (decpt <= 0) {
            out.append("0.");
            for (int i = 0; i < -decpt; i++) {
                out.append('0');
            }
            out.append(digits);
        } else if (decpt >= n) {
            out.append(digits);
            for (int i = n; i < decpt; i++) {
                out.append('0');
            }
            if (addDot0) {
                out.append(".0");
            }
        } else {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        }
        return out.toString();
    }

    /** Double.toString, but preferring a 1-digit result where one round-trips (as Python does). */
    private static String shortest(double a) {
        String js = Double.toString(a);
        int ei = js.indexOf('E');
        String mant = ei >= 0 ? js.substring(0, ei) : js;
        String digits = mant.replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
        if (digits.length() == 2 && ei >= 0) {
            int exp = Integer.parseInt(js.substring(ei + 1));
            int d1 = mant.charAt(0) - '0';
            String best = null;
            java.math.BigDecimal bestErr = null;
            for (int c = d1; c <= d1 + 1; c++) {
                String cand = c == 10 ? "1.0E" + (exp + 1) : c + ".0E" + exp;
                if (Double.parseDouble(cand) == a) {
                    java.math.BigDecimal err = new java.math.BigDecimal(cand).subtract(new java.math.BigDecimal(a)).abs();
                    if (best == null || err.compareTo(bestErr) < 0) {
                        best = cand;
                        bestErr = err;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return js;
    }

    public static String reprStr(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(quote);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                hex(out, "\\x", cp, 2);
            } else if (cp < 0x7f) {
                out.append((char) cp);
            } else if (Tokenizer.isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(out, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                hex(out, "\\u", cp, 4);
            } else {
                hex(out, "\\U", cp, 8);
            }
        }
        out.append(quote);
        return out.toString();
    }

    private static void hex(StringBuilder out, String prefix, int v, int width) {
        out.append(prefix);
        String h = Integer.toHexString(v);
        for (int i = h.length(); i < width; i++) {
            out.append('0');
        }
        out.append(h);
    }

    public static String reprBytes(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            if (x == '\'') {
                hasSingle = true;
            } else if (x == '"') {
                hasDouble = true;
            }
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(b.length + 3);
        out.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                hex(out, "\\x", c, 2);
            } else {
                out.append((char) c);
            }
        }
        out.append(quote);
        return out.toString();
    }
}
