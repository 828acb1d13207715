package org.minipy.parser;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minipy.parser.Ast.*;
import org.minipy.parser.Ast.Module;

/**
 * Walks the tree in CPython's compilation order to build co_varnames (fast locals in the order in
 * which the compiler first meets them) and to report the SyntaxErrors that CPython raises in the
 * compiler (after the symtable): 'return'/'yield'/'await' outside function, 'break' outside loop,
 * keyword argument repeated, misplaced starred expressions, misplaced __future__ imports, ...
 */
final class CompilePass {
    private static final int LOAD = 0;
    private static final int STORE = 1;
    private static final int DEL = 2;

    private static final Set<String> FUTURES = Set.of("nested_scopes", "generators", "division", "absolute_import",
                    "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
                    "annotations");

    private final ScopeAnalyzer an;
    private Scope scope;
    private int loops;
    private boolean futureAnnotations;
    private Set<String> seen = new HashSet<>();
    /** CPython's frame-block stack: LOOP markers and the bodies of enclosing finally clauses. */
    private java.util.ArrayList<Object> fblocks = new java.util.ArrayList<>();
    private static final Object LOOP = new Object();

    /** Compiles the finally bodies that a return (toLoop false) or break/continue unwinds. */
    private void unwind(boolean toLoop) {
        int n = fblocks.size();
        if (n == 0) {
            return;
        }
        Object top = fblocks.remove(n - 1);
        try {
            if (top == LOOP) {
                if (toLoop) {
                    return;
                }
            } else {
                @SuppressWarnings("unchecked")
                List<Stmt> fin = (List<Stmt>) top;
                stmts(fin);
            }
            unwind(toLoop);
        } finally {
            fblocks.add(top);
        }
    }

    CompilePass(ScopeAnalyzer an) {
        this.an = an;
    }

    void run(Scope module) {
        scope = module;
        switch ((Mod) module.node) {
            case Module m -> {
                checkFuture(m.body());
                stmts(m.body());
            }
            case Interactive m -> stmts(m.body());
            case Expression m -> expr(m.body(), LOAD);
        }
    }

    /** Line of the last valid leading __future__ import (CPython's ff_lineno). */
    private int ffLineno;

    /** CPython's future.c: validates the leading __future__ imports. */
    private void checkFuture(List<Stmt> body) {
        boolean done = false;
        int prevLine = 0;
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c
                        && c.value() instanceof String) {
            i = 1;
        }
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.pos().line() > prevLine) {
                return;
            }
            if (s instanceof ImportFrom f && "__future__".equals(f.module())) {
                if (done) {
                    Pos p = s.pos();
                    // future.c reports this one with a 0-based column
                    throw an.error("from __future__ imports must occur at the beginning of the file",
                                    new Pos(p.line(), p.col() - 1, p.endLine(), p.endCol(), p.start(), p.end()));
                }
                for (Alias a : f.names()) {
                    if (a.name().equals("braces")) {
                        throw an.error("not a chance", s.pos());
                    }
                    if (!FUTURES.contains(a.name())) {
                        throw an.error("future feature " + a.name() + " is not defined", s.pos());
                    }
                    if (a.name().equals("annotations")) {
                        futureAnnotations = true;
                    }
                }
                ffLineno = s.pos().line();
                prevLine = s.pos().line();
            } else {
                done = true;
            }
        }
    }

    private void nameOp(String id, int ctx, Pos pos) {
        if (ctx != LOAD && id.equals("__debug__")) {
            throw an.error(ctx == STORE ? "cannot assign to __debug__" : "cannot delete __debug__", pos);
        }
        if (scope.isFunctionLike()) {
            String m = scope.mangle(id);
            Integer sc = scope.scopes.get(m);
            if (sc != null && sc == Scope.SC_LOCAL && seen.add(m)) {
                scope.varnames.add(m);
            }
        }
    }

    private void enterScope(Node node, Runnable body) {
        Scope saved = scope;
        int savedLoops = loops;
        Set<String> savedSeen = seen;
        java.util.ArrayList<Object> savedBlocks = fblocks;
        scope = an.scopeOf(node);
        loops = 0;
        seen = new HashSet<>(scope.varnames);
        fblocks = new java.util.ArrayList<>();
        body.run();
        scope = saved;
        loops = savedLoops;
        seen = savedSeen;
        fblocks = savedBlocks;
    }

    private void stmts(List<Stmt> l) {
        for (Stmt s : l) {
            stmt(s);
        }
    }

    private void exprs(List<? extends Expr> l) {
        for (Expr e : l) {
            if (e != null) {
                expr(e, LOAD);
            }
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg a : args) {
            if (a.annotation() != null) {
                expr(a.annotation(), LOAD);
            }
        }
    }

    private void checkArgNames(Arguments a) {
        for (List<Arg> l : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg x : l) {
                if (x.arg().equals("__debug__")) {
                    throw an.error("cannot assign to __debug__", x.pos());
                }
            }
        }
        if (a.vararg() != null && a.vararg().arg().equals("__debug__")) {
            throw an.error("cannot assign to __debug__", a.vararg().pos());
        }
        if (a.kwarg() != null && a.kwarg().arg().equals("__debug__")) {
            throw an.error("cannot assign to __debug__", a.kwarg().pos());
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case FunctionDef f -> {
                checkArgNames(f.args());
                exprs(f.decoratorList());
                exprs(f.args().defaults());
                exprs(f.args().kwDefaults());
                if (!futureAnnotations) {
                    Arguments a = f.args();
                    argAnnotations(a.args());
                    argAnnotations(a.posonlyargs());
                    if (a.vararg() != null && a.vararg().annotation() != null) {
                        Expr ann = a.vararg().annotation();
                        expr(ann instanceof Starred st ? st.value() : ann, LOAD);
                    }
                    argAnnotations(a.kwonlyargs());
                    if (a.kwarg() != null && a.kwarg().annotation() != null) {
                        expr(a.kwarg().annotation(), LOAD);
                    }
                    if (f.returns() != null) {
                        expr(f.returns(), LOAD);
                    }
                }
                enterScope(f, () -> stmts(f.body()));
                nameOp(f.name(), STORE, f.pos());
            }
            case ClassDef c -> {
                exprs(c.decoratorList());
                enterScope(c, () -> stmts(c.body()));
                validateKeywords(c.keywords());
                elements(null, c.bases(), LOAD);
                for (Keyword k : c.keywords()) {
                    expr(k.value(), LOAD);
                }
                nameOp(c.name(), STORE, c.pos());
            }
            case Return r -> {
                if (!scope.isFunctionLike()) {
                    throw an.error("'return' outside function", s.pos());
                }
                if (r.value() != null && scope.isCoroutine && scope.isGenerator) {
                    throw an.error("'return' with value in async generator", s.pos());
                }
                if (r.value() != null) {
                    expr(r.value(), LOAD);
                }
                unwind(false);
            }
            case Delete d -> {
                for (Expr t : d.targets()) {
                    expr(t, DEL);
                }
            }
            case Assign a -> {
                expr(a.value(), LOAD);
                for (Expr t : a.targets()) {
                    expr(t, STORE);
                }
            }
            case AugAssign a -> {
                Expr t = a.target();
                if (t instanceof Name n) {
                    nameOp(n.id(), LOAD, n.pos());
                } else if (t instanceof Attribute at) {
                    expr(at.value(), LOAD);
                } else if (t instanceof Subscript sb) {
                    expr(sb.value(), LOAD);
                    expr(sb.slice(), LOAD);
                }
                expr(a.value(), LOAD);
                if (t instanceof Name n) {
                    nameOp(n.id(), STORE, n.pos());
                }
            }
            case AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value(), LOAD);
                    expr(a.target(), STORE);
                } else if (a.target() instanceof Attribute at) {
                    expr(at.value(), LOAD);
                } else if (a.target() instanceof Subscript sb) {
                    expr(sb.value(), LOAD);
                    expr(sb.slice(), LOAD);
                }
                if (a.target() instanceof Name n && n.id().equals("__debug__")) {
                    throw an.error("cannot assign to __debug__", n.pos());
                }
                if (!futureAnnotations && (scope.kind == Scope.Kind.MODULE || scope.kind == Scope.Kind.CLASS)) {
                    expr(a.annotation(), LOAD);
                }
            }
            case For f -> {
                if (f.isAsync() && !scope.isAsyncDef) {
                    throw an.error("'async for' outside async function", s.pos());
                }
                expr(f.iter(), LOAD);
                expr(f.target(), STORE);
                loops++;
                fblocks.add(LOOP);
                stmts(f.body());
                fblocks.remove(fblocks.size() - 1);
                loops--;
                stmts(f.orelse());
            }
            case While w -> {
                expr(w.test(), LOAD);
                loops++;
                fblocks.add(LOOP);
                stmts(w.body());
                fblocks.remove(fblocks.size() - 1);
                loops--;
                stmts(w.orelse());
            }
            case If i -> {
                expr(i.test(), LOAD);
                stmts(i.body());
                stmts(i.orelse());
            }
            case With w -> {
                if (w.isAsync() && !scope.isAsyncDef) {
                    throw an.error("'async with' outside async function", s.pos());
                }
                for (WithItem it : w.items()) {
                    expr(it.contextExpr(), LOAD);
                    if (it.optionalVars() != null) {
                        expr(it.optionalVars(), STORE);
                    }
                }
                stmts(w.body());
            }
            case Match m -> {
                expr(m.subject(), LOAD);
                int n = m.cases().size();
                MatchCase lastCase = m.cases().get(n - 1);
                boolean hasDefault = n > 1 && lastCase.pattern() instanceof MatchAs ma && ma.pattern() == null
                                && ma.name() == null;
                for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
                    MatchCase c = m.cases().get(i);
                    stores = new java.util.ArrayList<>();
                    allowIrrefutable = c.guard() != null || i == n - 1;
                    pattern(c.pattern());
                    for (String name : stores) {
                        nameOp(name, STORE, c.pattern().pos());
                    }
                    if (c.guard() != null) {
                        expr(c.guard(), LOAD);
                    }
                    stmts(c.body());
                }
                if (hasDefault) {
                    if (lastCase.guard() != null) {
                        expr(lastCase.guard(), LOAD);
                    }
                    stmts(lastCase.body());
                }
            }
            case Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc(), LOAD);
                }
                if (r.cause() != null) {
                    expr(r.cause(), LOAD);
                }
            }
            case Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Assert a -> {
                expr(a.test(), LOAD);
                if (a.msg() != null) {
                    expr(a.msg(), LOAD);
                }
            }
            case Import i -> {
                for (Alias a : i.names()) {
                    String store = a.asname() != null ? a.asname() : a.name();
                    int dot = store.indexOf('.');
                    nameOp(dot >= 0 ? store.substring(0, dot) : store, STORE, a.pos());
                }
            }
            case ImportFrom i -> {
                if ("__future__".equals(i.module()) && i.pos().line() > ffLineno) {
                    throw an.error("from __future__ imports must occur at the beginning of the file", s.pos());
                }
                for (Alias a : i.names()) {
                    if (!a.name().equals("*")) {
                        nameOp(a.asname() != null ? a.asname() : a.name(), STORE, a.pos());
                    }
                }
            }
            case Global g -> {
            }
            case Nonlocal g -> {
            }
            case ExprStmt e -> expr(e.value(), LOAD);
            case Pass p -> {
            }
            case Break b -> {
                if (loops == 0) {
                    throw an.error("'break' outside loop", s.pos());
                }
                unwind(true);
            }
            case Continue c -> {
                if (loops == 0) {
                    throw an.error("'continue' not properly in loop", s.pos());
                }
                unwind(true);
            }
        }
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        if (!finalbody.isEmpty()) {
            fblocks.add(finalbody);
        }
        stmts(body);
        stmts(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                expr(h.type(), LOAD);
            }
            if (h.name() != null) {
                nameOp(h.name(), STORE, h.pos());
            }
            stmts(h.body());
        }
        if (!finalbody.isEmpty()) {
            fblocks.remove(fblocks.size() - 1);
        }
        stmts(finalbody);
    }

    // ------------------------------------------------------------------ patterns (compiler_pattern)

    private List<String> stores;
    private boolean allowIrrefutable;
    private Pos patLoc;

    private void capture(String name) {
        if (name == null) {
            return;
        }
        if (stores.contains(name)) {
            throw an.error("multiple assignments to name '" + name + "' in pattern", patLoc);
        }
        stores.add(name);
    }

    private void subpattern(Pattern p) {
        boolean saved = allowIrrefutable;
        allowIrrefutable = true;
        pattern(p);
        allowIrrefutable = saved;
    }

    /** The value of a constant expression after CPython's AST constant folding, or null. */
    private static Object folded(Expr e) {
        if (e instanceof Constant c) {
            return c.value();
        }
        if (e instanceof UnaryOp u && u.op() == UnaryOpKind.USUB && u.operand() instanceof Constant c) {
            Object v = c.value();
            if (v instanceof Long l) {
                return l == Long.MIN_VALUE ? java.math.BigInteger.valueOf(l).negate() : -l;
            }
            if (v instanceof java.math.BigInteger b) {
                return b.negate();
            }
            if (v instanceof Double d) {
                return -d;
            }
            if (v instanceof ComplexLiteral x) {
                return new double[]{-0.0, -x.imag()};
            }
            return null;
        }
        if (e instanceof BinOp b && (b.op() == Operator.ADD || b.op() == Operator.SUB)) {
            Object l = folded(b.left());
            Object r = folded(b.right());
            if (r instanceof ComplexLiteral x && l != null && !(l instanceof double[])) {
                double re = l instanceof Number num ? num.doubleValue() : 0;
                return new double[]{re, b.op() == Operator.ADD ? x.imag() : -x.imag()};
            }
        }
        return null;
    }

    /** A key with Python's hash-equality for the duplicate-key check. */
    private static Object equalityKey(Object v) {
        if (v instanceof Boolean b) {
            return java.math.BigInteger.valueOf(b ? 1 : 0);
        }
        if (v instanceof Long l) {
            return java.math.BigInteger.valueOf(l);
        }
        if (v instanceof Double d) {
            if (!d.isInfinite() && !d.isNaN() && d == Math.rint(d)) {
                return new java.math.BigDecimal(d).toBigInteger();
            }
            return d;
        }
        if (v instanceof ComplexLiteral x) {
            return x.imag() == 0 ? java.math.BigInteger.ZERO : List.of(0.0, x.imag());
        }
        if (v instanceof double[] c) {
            return c[1] == 0 ? equalityKey(c[0]) : List.of(c[0], c[1]);
        }
        if (v instanceof byte[] b) {
            return "b:" + java.util.Arrays.toString(b);
        }
        if (v instanceof String str) {
            return "s:" + str;
        }
        return v;
    }

    private static String reprKey(Object v) {
        if (v instanceof double[] c) {
            return "(" + AstDump.reprFloat(c[0], false) + (c[1] < 0 ? "-" : "+") + AstDump.reprFloat(Math.abs(c[1]), false)
                            + "j)";
        }
        return AstDump.reprConstant(v);
    }

    private void pattern(Pattern p) {
        patLoc = p.pos();
        switch (p) {
            case MatchValue m -> {
                if (!(folded(m.value()) != null || m.value() instanceof Attribute)) {
                    throw an.error("patterns may only match literals and attribute lookups", patLoc);
                }
                expr(m.value(), LOAD);
            }
            case MatchSingleton m -> {
            }
            case MatchSequence m -> {
                int stars = 0;
                for (Pattern x : m.patterns()) {
                    if (x instanceof MatchStar) {
                        stars++;
                    }
                }
                if (stars > 1) {
                    throw an.error("multiple starred names in sequence pattern", patLoc);
                }
                for (Pattern x : m.patterns()) {
                    subpattern(x);
                }
            }
            case MatchStar m -> capture(m.name());
            case MatchMapping m -> {
                Set<Object> seenKeys = new HashSet<>();
                for (Expr k : m.keys()) {
                    Object v = folded(k);
                    if (v != null) {
                        if (!seenKeys.add(equalityKey(v))) {
                            throw an.error("mapping pattern checks duplicate key (" + reprKey(v) + ")", patLoc);
                        }
                    } else if (!(k instanceof Attribute)) {
                        throw an.error("mapping pattern keys may only match literals and attribute lookups", patLoc);
                    }
                    expr(k, LOAD);
                }
                for (Pattern x : m.patterns()) {
                    subpattern(x);
                }
                capture(m.rest());
            }
            case MatchClass m -> {
                List<String> attrs = m.kwdAttrs();
                for (int i = 0; i < attrs.size(); i++) {
                    for (int j = i + 1; j < attrs.size(); j++) {
                        if (attrs.get(i).equals(attrs.get(j))) {
                            throw an.error("attribute name repeated in class pattern: " + attrs.get(i),
                                            m.kwdPatterns().get(j).pos());
                        }
                    }
                }
                expr(m.cls(), LOAD);
                for (Pattern x : m.patterns()) {
                    subpattern(x);
                }
                for (Pattern x : m.kwdPatterns()) {
                    subpattern(x);
                }
            }
            case MatchAs m -> {
                if (m.pattern() == null) {
                    if (!allowIrrefutable) {
                        if (m.name() != null) {
                            throw an.error("name capture '" + m.name() + "' makes remaining patterns unreachable", patLoc);
                        }
                        throw an.error("wildcard makes remaining patterns unreachable", patLoc);
                    }
                    capture(m.name());
                } else {
                    pattern(m.pattern());
                    capture(m.name());
                }
            }
            case MatchOr m -> {
                List<String> outer = stores;
                boolean oldAllow = allowIrrefutable;
                List<String> control = null;
                int size = m.patterns().size();
                for (int i = 0; i < size; i++) {
                    Pattern alt = m.patterns().get(i);
                    patLoc = alt.pos();
                    stores = new java.util.ArrayList<>();
                    allowIrrefutable = (i == size - 1) && oldAllow;
                    pattern(alt);
                    if (i == 0) {
                        control = stores;
                    } else if (stores.size() != control.size() || !stores.containsAll(control)) {
                        throw an.error("alternative patterns bind different names", patLoc);
                    }
                }
                stores = outer;
                allowIrrefutable = oldAllow;
                for (String name : control) {
                    capture(name);
                }
            }
        }
    }

    private void validateKeywords(List<Keyword> kws) {
        for (int i = 0; i < kws.size(); i++) {
            Keyword k = kws.get(i);
            if (k.arg() == null) {
                continue;
            }
            if (k.arg().equals("__debug__")) {
                throw an.error("cannot assign to __debug__", k.pos());
            }
            for (int j = i + 1; j < kws.size(); j++) {
                Keyword o = kws.get(j);
                if (o.arg() != null && o.arg().equals(k.arg())) {
                    throw an.error("keyword argument repeated: " + k.arg(), o.pos());
                }
            }
        }
    }

    private void elements(Expr container, List<Expr> elts, int ctx) {
        if (ctx == STORE) {
            boolean seenStar = false;
            for (Expr e : elts) {
                if (e instanceof Starred s) {
                    if (seenStar) {
                        throw an.error("multiple starred expressions in assignment", container.pos());
                    }
                    seenStar = true;
                }
            }
        }
        for (Expr e : elts) {
            if (e instanceof Starred s && ctx != DEL) {
                expr(s.value(), ctx);
            } else {
                expr(e, ctx);
            }
        }
    }

    private void comprehension(Expr e, List<Comprehension> gens, Expr elt, Expr value, boolean genexp) {
        Scope outer = scope;
        enterScope(e, () -> {
            Scope cs = scope;
            if (cs.isCoroutine && !genexp && !outer.isAsyncDef && outer.kind != Scope.Kind.COMPREHENSION) {
                throw an.error("asynchronous comprehension outside of an asynchronous function", e.pos());
            }
            for (int i = 0; i < gens.size(); i++) {
                Comprehension g = gens.get(i);
                if (i > 0) {
                    expr(g.iter(), LOAD);
                }
                expr(g.target(), STORE);
                exprs(g.ifs());
            }
            if (value != null) {
                expr(elt, LOAD);
                expr(value, LOAD);
            } else {
                expr(elt, LOAD);
            }
        });
        expr(gens.get(0).iter(), LOAD);
    }

    private void expr(Expr e, int ctx) {
        switch (e) {
            case BoolOp b -> exprs(b.values());
            case NamedExpr n -> {
                expr(n.value(), LOAD);
                expr(n.target(), STORE);
            }
            case BinOp b -> {
                expr(b.left(), LOAD);
                expr(b.right(), LOAD);
            }
            case UnaryOp u -> expr(u.operand(), LOAD);
            case Lambda l -> {
                checkArgNames(l.args());
                exprs(l.args().defaults());
                exprs(l.args().kwDefaults());
                enterScope(l, () -> expr(l.body(), LOAD));
            }
            case IfExp i -> {
                expr(i.test(), LOAD);
                expr(i.body(), LOAD);
                expr(i.orelse(), LOAD);
            }
            case Dict d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    if (d.keys().get(i) != null) {
                        expr(d.keys().get(i), LOAD);
                    }
                    expr(d.values().get(i), LOAD);
                }
            }
            case SetExpr s -> elements(s, s.elts(), LOAD);
            case ListComp c -> comprehension(c, c.generators(), c.elt(), null, false);
            case SetComp c -> comprehension(c, c.generators(), c.elt(), null, false);
            case DictComp c -> comprehension(c, c.generators(), c.key(), c.value(), false);
            case GeneratorExp c -> comprehension(c, c.generators(), c.elt(), null, true);
            case Await a -> {
                if (!scope.isFunctionLike()) {
                    throw an.error("'await' outside function", e.pos());
                }
                if (!scope.isAsyncDef && scope.kind != Scope.Kind.COMPREHENSION) {
                    throw an.error("'await' outside async function", e.pos());
                }
                expr(a.value(), LOAD);
            }
            case Yield y -> {
                if (!scope.isFunctionLike()) {
                    throw an.error("'yield' outside function", e.pos());
                }
                if (y.value() != null) {
                    expr(y.value(), LOAD);
                }
            }
            case YieldFrom y -> {
                if (!scope.isFunctionLike()) {
                    throw an.error("'yield' outside function", e.pos());
                }
                if (scope.isAsyncDef) {
                    throw an.error("'yield from' inside async function", e.pos());
                }
                expr(y.value(), LOAD);
            }
            case Compare c -> {
                expr(c.left(), LOAD);
                exprs(c.comparators());
            }
            case Call c -> {
                expr(c.func(), LOAD);
                validateKeywords(c.keywords());
                elements(c, c.args(), LOAD);
                for (Keyword k : c.keywords()) {
                    expr(k.value(), LOAD);
                }
            }
            case FormattedValue f -> {
                expr(f.value(), LOAD);
                if (f.formatSpec() != null) {
                    expr(f.formatSpec(), LOAD);
                }
            }
            case JoinedStr j -> exprs(j.values());
            case Constant c -> {
            }
            case Attribute a -> expr(a.value(), LOAD);
            case Subscript s -> {
                expr(s.value(), LOAD);
                expr(s.slice(), LOAD);
            }
            case Starred s -> {
                if (ctx == STORE) {
                    throw an.error("starred assignment target must be in a list or tuple", e.pos());
                }
                throw an.error("can't use starred expression here", e.pos());
            }
            case Name n -> nameOp(n.id(), ctx, n.pos());
            case ListExpr l -> elements(l, l.elts(), ctx);
            case TupleExpr t -> elements(t, t.elts(), ctx);
            case Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), LOAD);
                }
                if (s.upper() != null) {
                    expr(s.upper(), LOAD);
                }
                if (s.step() != null) {
                    expr(s.step(), LOAD);
                }
            }
        }
    }
}
