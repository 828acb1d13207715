package org.minipy.parser;

import static org.minipy.parser.Scope.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.minipy.parser.Ast.*;
import org.minipy.parser.Ast.Module;

/**
 * Scope analysis equivalent to CPython 3.11's symtable.c (plus the parts of compile.c that derive
 * co_varnames/co_cellvars/co_freevars/co_qualname and report compile-time SyntaxErrors such as
 * "'return' outside function").
 */
public final class ScopeAnalyzer {
    /** The result of an analysis: a scope per scope-creating node. */
    public static final class Result {
        private final Scope module;
        private final Map<Node, Scope> byNode;

        Result(Scope module, Map<Node, Scope> byNode) {
            this.module = module;
            this.byNode = byNode;
        }

        /** The scope of the Mod. */
        public Scope module() {
            return module;
        }

        /**
         * The scope created by a Mod, FunctionDef, ClassDef, Lambda, ListComp, SetComp, DictComp or
         * GeneratorExp node (looked up by identity), or null.
         */
        public Scope scopeOf(Node node) {
            return byNode.get(node);
        }

        /** All scopes in the order CPython's symtable creates them (depth first). */
        public List<Scope> allScopes() {
            List<Scope> out = new ArrayList<>();
            collect(module, out);
            return out;
        }

        private static void collect(Scope s, List<Scope> out) {
            out.add(s);
            for (Scope c : s.childList) {
                collect(c, out);
            }
        }
    }

    private static final int LOAD = 0;
    private static final int STORE = 1;
    private static final int DEL = 2;

    private final String filename;
    private final String source;
    private final Map<Node, Scope> byNode = new IdentityHashMap<>();
    private Scope cur;
    private Scope top;
    private String priv;
    private boolean futureAnnotations;

    private ScopeAnalyzer(String filename, String source) {
        this.filename = filename;
        this.source = source;
    }

    public static Result analyze(Mod mod, String filename) {
        return analyze(mod, filename, null);
    }

    /** As {@link #analyze(Mod, String)}; the source is used for the text of SyntaxErrors. */
    public static Result analyze(Mod mod, String filename, String source) {
        ScopeAnalyzer a = new ScopeAnalyzer(filename, source);
        try {
            Scope m = a.build(mod);
            a.analyzeBlock(m, null, new HashSet<>(), new HashSet<>());
            a.finish(m);
            new CompilePass(a).run(m);
            return new Result(m, a.byNode);
        } catch (StackOverflowError e) {
            throw new ParseError(ParseError.Kind.SYNTAX_ERROR, "maximum recursion depth exceeded during compilation",
                            filename, 1, 0, 1, 0, null);
        }
    }

    // ================================================================== errors

    ParseError error(String msg, Pos pos) {
        String text = source == null ? null : Tokenizer.lineText(source, pos.line(), true);
        return new ParseError(ParseError.Kind.SYNTAX_ERROR, msg, filename, pos.line(), pos.col() + 1, pos.endLine(),
                        pos.endCol() + 1, text);
    }

    // ================================================================== pass 1: symbols

    private Scope enter(Kind kind, ComprehensionKind ck, String name, Node node, int firstLine) {
        Scope s = new Scope(kind, ck, name, node, cur, priv);
        s.firstLineno = firstLine;
        byNode.put(node, s);
        cur = s;
        return s;
    }

    private void exit() {
        cur = cur.parent;
    }

    private Scope build(Mod mod) {
        cur = null;
        top = enter(Kind.MODULE, null, "<module>", mod, 1);
        top.qualname = "<module>";
        switch (mod) {
            case Module m -> {
                futureAnnotations = hasFutureAnnotations(m.body());
                stmts(m.body());
            }
            case Interactive m -> stmts(m.body());
            case Expression m -> expr(m.body(), LOAD);
        }
        return top;
    }

    private static boolean hasFutureAnnotations(List<Stmt> body) {
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c
                        && c.value() instanceof String) {
            i = 1;
        }
        for (; i < body.size(); i++) {
            if (body.get(i) instanceof ImportFrom f && "__future__".equals(f.module())) {
                for (Alias a : f.names()) {
                    if (a.name().equals("annotations")) {
                        return true;
                    }
                }
            } else {
                break;
            }
        }
        return false;
    }

    private int lookupCur(String name) {
        Integer f = cur.symbols.get(Scope.mangle(priv, name));
        return f == null ? 0 : f;
    }

    private void addDef(String name, int flag, Pos pos) {
        addDefHelper(name, flag, cur, pos);
    }

    private void addDefHelper(String name, int flag, Scope ste, Pos pos) {
        String mangled = Scope.mangle(priv, name);
        Integer o = ste.symbols.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", pos);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", pos);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.params.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            Integer g = top.symbols.get(mangled);
            top.symbols.put(mangled, g == null ? flag : (g | flag));
        }
    }

    private void recordDirective(String name, Pos pos) {
        cur.directives.putIfAbsent(Scope.mangle(priv, name), pos);
    }

    private void stmts(List<Stmt> l) {
        for (Stmt s : l) {
            stmt(s);
        }
    }

    private void exprs(List<? extends Expr> l, int ctx) {
        for (Expr e : l) {
            if (e != null) {
                expr(e, ctx);
            }
        }
    }

    private static int firstLine(int line, List<Expr> decos) {
        return decos.isEmpty() ? line : decos.get(0).pos().line();
    }

    private void stmt(Stmt s) {
        switch (s) {
            case FunctionDef f -> {
                addDef(f.name(), DEF_LOCAL, f.pos());
                exprs(f.args().defaults(), LOAD);
                exprs(f.args().kwDefaults(), LOAD);
                annotations(f.args(), f.returns());
                exprs(f.decoratorList(), LOAD);
                Scope fs = enter(Kind.FUNCTION, null, f.name(), f, firstLine(f.pos().line(), f.decoratorList()));
                if (f.isAsync()) {
                    fs.isCoroutine = true;
                    fs.isAsyncDef = true;
                }
                arguments(f.args());
                stmts(f.body());
                exit();
            }
            case ClassDef c -> {
                addDef(c.name(), DEF_LOCAL, c.pos());
                exprs(c.bases(), LOAD);
                for (Keyword k : c.keywords()) {
                    expr(k.value(), LOAD);
                }
                exprs(c.decoratorList(), LOAD);
                String tmp = priv;
                priv = c.name();
                // the class scope itself records the private name
                enter(Kind.CLASS, null, c.name(), c, firstLine(c.pos().line(), c.decoratorList()));
                stmts(c.body());
                priv = tmp;
                exit();
            }
            case Return r -> {
                if (r.value() != null) {
                    expr(r.value(), LOAD);
                    cur.returnsValue = true;
                }
            }
            case Delete d -> exprs(d.targets(), DEL);
            case Assign a -> {
                exprs(a.targets(), STORE);
                expr(a.value(), LOAD);
            }
            case AnnAssign a -> {
                if (a.target() instanceof Name n) {
                    int curFlags = lookupCur(n.id());
                    if ((curFlags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && a.simple()) {
                        throw error(((curFlags & DEF_GLOBAL) != 0 ? "annotated name '" + n.id() + "' can't be global"
                                        : "annotated name '" + n.id() + "' can't be nonlocal"), a.pos());
                    }
                    if (a.simple()) {
                        addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.pos());
                    } else if (a.value() != null) {
                        addDef(n.id(), DEF_LOCAL, n.pos());
                    }
                } else {
                    expr(a.target(), STORE);
                }
                annotation(a.annotation());
                if (a.value() != null) {
                    expr(a.value(), LOAD);
                }
            }
            case AugAssign a -> {
                expr(a.target(), STORE);
                expr(a.value(), LOAD);
            }
            case For f -> {
                expr(f.target(), STORE);
                expr(f.iter(), LOAD);
                stmts(f.body());
                stmts(f.orelse());
            }
            case While w -> {
                expr(w.test(), LOAD);
                stmts(w.body());
                stmts(w.orelse());
            }
            case If i -> {
                expr(i.test(), LOAD);
                stmts(i.body());
                stmts(i.orelse());
            }
            case Match m -> {
                expr(m.subject(), LOAD);
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) {
                        expr(c.guard(), LOAD);
                    }
                    stmts(c.body());
                }
            }
            case Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc(), LOAD);
                    if (r.cause() != null) {
                        expr(r.cause(), LOAD);
                    }
                }
            }
            case Try t -> {
                stmts(t.body());
                stmts(t.orelse());
                handlers(t.handlers());
                stmts(t.finalbody());
            }
            case TryStar t -> {
                stmts(t.body());
                stmts(t.orelse());
                handlers(t.handlers());
                stmts(t.finalbody());
            }
            case Assert a -> {
                expr(a.test(), LOAD);
                if (a.msg() != null) {
                    expr(a.msg(), LOAD);
                }
            }
            case Import i -> {
                for (Alias a : i.names()) {
                    alias(a);
                }
            }
            case ImportFrom i -> {
                for (Alias a : i.names()) {
                    alias(a);
                }
            }
            case Global g -> {
                for (String name : g.names()) {
                    int f = lookupCur(name);
                    if ((f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                        String msg;
                        if ((f & DEF_PARAM) != 0) {
                            msg = "name '" + name + "' is parameter and global";
                        } else if ((f & USE) != 0) {
                            msg = "name '" + name + "' is used prior to global declaration";
                        } else if ((f & DEF_ANNOT) != 0) {
                            msg = "annotated name '" + name + "' can't be global";
                        } else {
                            msg = "name '" + name + "' is assigned to before global declaration";
                        }
                        throw error(msg, g.pos());
                    }
                    addDef(name, DEF_GLOBAL, g.pos());
                    recordDirective(name, g.pos());
                }
            }
            case Nonlocal g -> {
                for (String name : g.names()) {
                    int f = lookupCur(name);
                    if ((f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                        String msg;
                        if ((f & DEF_PARAM) != 0) {
                            msg = "name '" + name + "' is parameter and nonlocal";
                        } else if ((f & USE) != 0) {
                            msg = "name '" + name + "' is used prior to nonlocal declaration";
                        } else if ((f & DEF_ANNOT) != 0) {
                            msg = "annotated name '" + name + "' can't be nonlocal";
                        } else {
                            msg = "name '" + name + "' is assigned to before nonlocal declaration";
                        }
                        throw error(msg, g.pos());
                    }
                    addDef(name, DEF_NONLOCAL, g.pos());
                    recordDirective(name, g.pos());
                }
            }
            case ExprStmt e -> expr(e.value(), LOAD);
            case Pass p -> {
            }
            case Break b -> {
            }
            case Continue c -> {
            }
            case With w -> {
                for (WithItem it : w.items()) {
                    expr(it.contextExpr(), LOAD);
                    if (it.optionalVars() != null) {
                        expr(it.optionalVars(), STORE);
                    }
                }
                stmts(w.body());
            }
        }
    }

    private void handlers(List<ExceptHandler> hs) {
        for (ExceptHandler h : hs) {
            if (h.type() != null) {
                expr(h.type(), LOAD);
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h.pos());
            }
            stmts(h.body());
        }
    }

    private void alias(Alias a) {
        String storeName = a.asname() != null ? a.asname() : a.name();
        int dot = storeName.indexOf('.');
        if (dot >= 0) {
            storeName = storeName.substring(0, dot);
        }
        if (!storeName.equals("*")) {
            addDef(storeName, DEF_IMPORT, a.pos());
        } else {
            if (cur.kind != Kind.MODULE) {
                throw error("import * only allowed at module level", a.pos());
            }
            cur.hasImportStar = true;
        }
    }

    private void annotation(Expr e) {
        if (futureAnnotations) {
            return;
        }
        expr(e, LOAD);
    }

    private void annotations(Arguments a, Expr returns) {
        if (!futureAnnotations) {
            argAnnotations(a.posonlyargs());
            argAnnotations(a.args());
            if (a.vararg() != null && a.vararg().annotation() != null) {
                expr(a.vararg().annotation(), LOAD);
            }
            if (a.kwarg() != null && a.kwarg().annotation() != null) {
                expr(a.kwarg().annotation(), LOAD);
            }
            argAnnotations(a.kwonlyargs());
        }
        if (returns != null) {
            annotation(returns);
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg a : args) {
            if (a.annotation() != null) {
                expr(a.annotation(), LOAD);
            }
        }
    }

    private void arguments(Arguments a) {
        for (Arg x : a.posonlyargs()) {
            addDef(x.arg(), DEF_PARAM, x.pos());
        }
        for (Arg x : a.args()) {
            addDef(x.arg(), DEF_PARAM, x.pos());
        }
        for (Arg x : a.kwonlyargs()) {
            addDef(x.arg(), DEF_PARAM, x.pos());
        }
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg().pos());
            cur.hasVarargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg().pos());
            cur.hasVarkeywords = true;
        }
        cur.posonlyargcount = a.posonlyargs().size();
        cur.argcount = a.posonlyargs().size() + a.args().size();
        cur.kwonlyargcount = a.kwonlyargs().size();
    }

    private void pattern(Pattern p) {
        switch (p) {
            case MatchValue m -> expr(m.value(), LOAD);
            case MatchSingleton m -> {
            }
            case MatchSequence m -> {
                for (Pattern x : m.patterns()) {
                    pattern(x);
                }
            }
            case MatchStar m -> {
                if (m.name() != null) {
                    addDef(m.name(), DEF_LOCAL, m.pos());
                }
            }
            case MatchMapping m -> {
                exprs(m.keys(), LOAD);
                for (Pattern x : m.patterns()) {
                    pattern(x);
                }
                if (m.rest() != null) {
                    addDef(m.rest(), DEF_LOCAL, m.pos());
                }
            }
            case MatchClass m -> {
                expr(m.cls(), LOAD);
                for (Pattern x : m.patterns()) {
                    pattern(x);
                }
                for (Pattern x : m.kwdPatterns()) {
                    pattern(x);
                }
            }
            case MatchAs m -> {
                if (m.pattern() != null) {
                    pattern(m.pattern());
                }
                if (m.name() != null) {
                    addDef(m.name(), DEF_LOCAL, m.pos());
                }
            }
            case MatchOr m -> {
                for (Pattern x : m.patterns()) {
                    pattern(x);
                }
            }
        }
    }

    private void yieldCheck(Expr e) {
        if (cur.comprehensionKind != null) {
            String what = switch (cur.comprehensionKind) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                case GENERATOR -> "generator expression";
            };
            throw error("'yield' inside " + what, e.pos());
        }
    }

    private void expr(Expr e, int ctx) {
        switch (e) {
            case NamedExpr n -> {
                if (cur.compIterExpr > 0) {
                    throw error("assignment expression cannot be used in a comprehension iterable expression", e.pos());
                }
                if (cur.comprehensionKind != null) {
                    extendNamedExprScope((Name) n.target());
                }
                expr(n.value(), LOAD);
                expr(n.target(), STORE);
            }
            case BoolOp b -> exprs(b.values(), LOAD);
            case BinOp b -> {
                expr(b.left(), LOAD);
                expr(b.right(), LOAD);
            }
            case UnaryOp u -> expr(u.operand(), LOAD);
            case Lambda l -> {
                exprs(l.args().defaults(), LOAD);
                exprs(l.args().kwDefaults(), LOAD);
                enter(Kind.LAMBDA, null, "<lambda>", l, l.pos().line());
                arguments(l.args());
                expr(l.body(), LOAD);
                exit();
            }
            case IfExp i -> {
                expr(i.test(), LOAD);
                expr(i.body(), LOAD);
                expr(i.orelse(), LOAD);
            }
            case Dict d -> {
                exprs(d.keys(), LOAD);
                exprs(d.values(), LOAD);
            }
            case SetExpr s -> exprs(s.elts(), LOAD);
            case GeneratorExp g -> comprehension(g, ComprehensionKind.GENERATOR, g.generators(), g.elt(), null);
            case ListComp g -> comprehension(g, ComprehensionKind.LIST, g.generators(), g.elt(), null);
            case SetComp g -> comprehension(g, ComprehensionKind.SET, g.generators(), g.elt(), null);
            case DictComp g -> comprehension(g, ComprehensionKind.DICT, g.generators(), g.key(), g.value());
            case Yield y -> {
                if (y.value() != null) {
                    expr(y.value(), LOAD);
                }
                cur.isGenerator = true;
                yieldCheck(e);
            }
            case YieldFrom y -> {
                expr(y.value(), LOAD);
                cur.isGenerator = true;
                yieldCheck(e);
            }
            case Await a -> {
                expr(a.value(), LOAD);
                cur.isCoroutine = true;
            }
            case Compare c -> {
                expr(c.left(), LOAD);
                exprs(c.comparators(), LOAD);
            }
            case Call c -> {
                expr(c.func(), LOAD);
                exprs(c.args(), LOAD);
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
            case JoinedStr j -> exprs(j.values(), LOAD);
            case Constant c -> {
            }
            case Attribute a -> expr(a.value(), LOAD);
            case Subscript s -> {
                expr(s.value(), LOAD);
                expr(s.slice(), LOAD);
            }
            case Starred s -> expr(s.value(), ctx);
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
            case Name n -> {
                addDef(n.id(), ctx == LOAD ? USE : DEF_LOCAL, n.pos());
                if (ctx == LOAD && cur.isFunctionLike() && n.id().equals("super")) {
                    addDef("__class__", USE, n.pos());
                }
            }
            case ListExpr l -> exprs(l.elts(), ctx);
            case TupleExpr t -> exprs(t.elts(), ctx);
        }
    }

    private void extendNamedExprScope(Name target) {
        String name = target.id();
        for (Scope ste = cur; ste != null; ste = ste.parent) {
            if (ste.comprehensionKind != null) {
                Integer f = ste.symbols.get(Scope.mangle(priv, name));
                if (f != null && (f & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'",
                                    target.pos());
                }
                continue;
            }
            if (ste.isFunctionLike()) {
                Integer f = ste.symbols.get(Scope.mangle(priv, name));
                if (f != null && (f & DEF_GLOBAL) != 0) {
                    addDef(name, DEF_GLOBAL, target.pos());
                } else {
                    addDef(name, DEF_NONLOCAL, target.pos());
                }
                recordDirective(name, target.pos());
                addDefHelper(name, DEF_LOCAL, ste, target.pos());
                return;
            }
            if (ste.kind == Kind.MODULE) {
                addDef(name, DEF_GLOBAL, target.pos());
                recordDirective(name, target.pos());
                addDefHelper(name, DEF_GLOBAL, ste, target.pos());
                return;
            }
            if (ste.kind == Kind.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", target.pos());
            }
        }
    }

    private void comprehension(Expr e, ComprehensionKind ck, List<Comprehension> gens, Expr elt, Expr value) {
        boolean isGenerator = ck == ComprehensionKind.GENERATOR;
        Comprehension outermost = gens.get(0);
        cur.compIterExpr++;
        expr(outermost.iter(), LOAD);
        cur.compIterExpr--;
        Scope cs = enter(Kind.COMPREHENSION, ck, ck.scopeName, e, e.pos().line());
        if (outermost.isAsync()) {
            cs.isCoroutine = true;
        }
        // the outermost iterator is received as the implicit argument ".0"
        addDef(".0", DEF_PARAM, e.pos());
        cs.argcount = 1;
        cs.compIterTarget = true;
        expr(outermost.target(), STORE);
        cs.compIterTarget = false;
        exprs(outermost.ifs(), LOAD);
        for (int i = 1; i < gens.size(); i++) {
            Comprehension lc = gens.get(i);
            cs.compIterTarget = true;
            expr(lc.target(), STORE);
            cs.compIterTarget = false;
            cs.compIterExpr++;
            expr(lc.iter(), LOAD);
            cs.compIterExpr--;
            exprs(lc.ifs(), LOAD);
            if (lc.isAsync()) {
                cs.isCoroutine = true;
            }
        }
        if (value != null) {
            expr(value, LOAD);
        }
        expr(elt, LOAD);
        cs.isGenerator = cs.isGenerator || isGenerator;
        boolean isAsync = cs.isCoroutine && !isGenerator;
        exit();
        if (isAsync) {
            cur.isCoroutine = true;
        }
    }

    // ================================================================== pass 2: analysis

    private ParseError errorAtDirective(Scope ste, String name, String msg) {
        Pos p = ste.directives.get(name);
        return error(msg, p != null ? p : ((Node) ste.node).pos());
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                    Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, SC_GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, SC_FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, SC_LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, SC_FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, SC_GLOBAL_IMPLICIT);
            return;
        }
        if (ste.isNested) {
            ste.hasFree = true;
        }
        scopes.put(name, SC_GLOBAL_IMPLICIT);
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new java.util.HashMap<>();
        Set<String> newglobal = new HashSet<>();
        Set<String> newfree = new HashSet<>();
        Set<String> newbound = new HashSet<>();
        if (ste.kind == Kind.CLASS) {
            newglobal.addAll(global);
            if (bound != null) {
                newbound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> en : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, en.getKey(), en.getValue(), bound, local, free, global);
        }
        if (ste.kind != Kind.CLASS) {
            if (ste.isFunctionLike()) {
                newbound.addAll(local);
            }
            if (bound != null) {
                newbound.addAll(bound);
            }
            newglobal.addAll(global);
        } else {
            newbound.add("__class__");
        }
        Set<String> allfree = new HashSet<>();
        for (Scope c : ste.childList) {
            Set<String> tempBound = new HashSet<>(newbound);
            Set<String> tempFree = new HashSet<>(newfree);
            Set<String> tempGlobal = new HashSet<>(newglobal);
            analyzeBlock(c, tempBound, tempFree, tempGlobal);
            allfree.addAll(tempFree);
            if (c.hasFree || c.childFree) {
                ste.childFree = true;
            }
        }
        newfree.addAll(allfree);
        if (ste.isFunctionLike()) {
            for (Map.Entry<String, Integer> en : scopes.entrySet()) {
                if (en.getValue() == SC_LOCAL && newfree.contains(en.getKey())) {
                    en.setValue(SC_CELL);
                    newfree.remove(en.getKey());
                }
            }
        } else if (ste.kind == Kind.CLASS) {
            if (newfree.remove("__class__")) {
                ste.needsClassCell = true;
            }
        }
        // update_symbols
        for (String name : ste.symbols.keySet()) {
            ste.scopes.put(name, scopes.get(name));
        }
        for (String name : newfree) {
            Integer v = ste.symbols.get(name);
            if (v != null) {
                if (ste.kind == Kind.CLASS && (v & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, 0);
            ste.scopes.put(name, SC_FREE);
        }
        free.addAll(newfree);
    }

    // ================================================================== finishing: qualnames, cells

    private void finish(Scope s) {
        if (s.parent != null) {
            Scope parent = s.parent;
            boolean forceGlobal = false;
            if (s.kind == Kind.FUNCTION || s.kind == Kind.CLASS) {
                Integer sc = parent.scopes.get(Scope.mangle(parent.privateName, s.name));
                if (sc != null && sc == SC_GLOBAL_EXPLICIT) {
                    forceGlobal = true;
                }
            }
            if (parent.kind == Kind.MODULE || forceGlobal) {
                s.qualname = s.name;
            } else if (parent.kind == Kind.FUNCTION || parent.kind == Kind.LAMBDA) {
                s.qualname = parent.qualname + ".<locals>." + s.name;
            } else {
                s.qualname = parent.qualname + "." + s.name;
            }
        }
        TreeSet<String> cells = new TreeSet<>(java.util.Comparator.naturalOrder());
        TreeSet<String> frees = new TreeSet<>();
        for (Map.Entry<String, Integer> en : s.scopes.entrySet()) {
            int sc = en.getValue();
            if (sc == SC_CELL) {
                cells.add(en.getKey());
            }
            if (sc == SC_FREE || (s.symbols.get(en.getKey()) & DEF_FREE_CLASS) != 0) {
                frees.add(en.getKey());
            }
        }
        // as co_cellvars in 3.11: cells that are parameters first (in parameter order), then the others sorted
        List<String> cellList = new ArrayList<>();
        for (String prm : s.params) {
            if (cells.remove(prm)) {
                cellList.add(prm);
            }
        }
        cellList.addAll(sortPy(cells));
        if (s.needsClassCell) {
            cellList.add(0, "__class__");
        }
        s.cellvars = List.copyOf(cellList);
        s.freevars = List.copyOf(sortPy(frees));
        if (s.isFunctionLike()) {
            s.varnames.addAll(s.params);
        }
        for (Scope c : s.childList) {
            finish(c);
        }
    }

    /** Sorted by code point, as Python sorts str. */
    private static List<String> sortPy(Set<String> names) {
        List<String> l = new ArrayList<>(names);
        l.sort((a, b) -> {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                int ca = a.codePointAt(i);
                int cb = b.codePointAt(j);
                if (ca != cb) {
                    return Integer.compare(ca, cb);
                }
                i += Character.charCount(ca);
                j += Character.charCount(cb);
            }
            return Integer.compare(a.length() - i, b.length() - j);
        });
        return l;
    }

    Scope scopeOf(Node n) {
        return byNode.get(n);
    }
}
