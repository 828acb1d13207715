package org.minipy.lowering;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.language.MiniPyLanguage;
import org.minipy.nodes.ExprNode;
import org.minipy.nodes.FunctionRootNode;
import org.minipy.nodes.PrologueNode;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.call.CallNodes;
import org.minipy.nodes.control.BlockNode;
import org.minipy.nodes.control.ExceptionNodes;
import org.minipy.nodes.control.ForNode;
import org.minipy.nodes.control.GeneratorSupport;
import org.minipy.nodes.control.IfNode;
import org.minipy.nodes.control.SimpleStatements;
import org.minipy.nodes.control.WhileNode;
import org.minipy.nodes.expression.AddNodeGen;
import org.minipy.nodes.expression.BitAndNodeGen;
import org.minipy.nodes.expression.BitOrNodeGen;
import org.minipy.nodes.expression.BitXorNodeGen;
import org.minipy.nodes.expression.CollectionNodes;
import org.minipy.nodes.expression.ComprehensionNodes;
import org.minipy.nodes.expression.ConditionNode;
import org.minipy.nodes.expression.ConstantNodes;
import org.minipy.nodes.expression.EqNodeGen;
import org.minipy.nodes.expression.FloorDivNodeGen;
import org.minipy.nodes.expression.FunctionNodes;
import org.minipy.nodes.expression.GeNodeGen;
import org.minipy.nodes.expression.GtNodeGen;
import org.minipy.nodes.expression.ImportNodes;
import org.minipy.nodes.expression.LShiftNodeGen;
import org.minipy.nodes.expression.LeNodeGen;
import org.minipy.nodes.expression.LogicalNodes;
import org.minipy.nodes.expression.LtNodeGen;
import org.minipy.nodes.expression.MatMulNodeGen;
import org.minipy.nodes.expression.ModNodeGen;
import org.minipy.nodes.expression.MulNodeGen;
import org.minipy.nodes.expression.NeNodeGen;
import org.minipy.nodes.expression.OtherCompareNodesFactory;
import org.minipy.nodes.expression.PowNodeGen;
import org.minipy.nodes.expression.RShiftNodeGen;
import org.minipy.nodes.expression.StringNodes;
import org.minipy.nodes.expression.SubNodeGen;
import org.minipy.nodes.expression.SpecialNodes;
import org.minipy.nodes.expression.TrueDivNodeGen;
import org.minipy.nodes.expression.UnaryNodesFactory;
import org.minipy.nodes.generator.GeneratorRootNodes;
import org.minipy.nodes.generator.YieldNodes;
import org.minipy.nodes.local.AssignNodes;
import org.minipy.nodes.local.CellNodes;
import org.minipy.nodes.local.GlobalWriteNodes;
import org.minipy.nodes.local.ReadGlobalNode;
import org.minipy.nodes.local.ReadLocalNode;
import org.minipy.nodes.local.WriteLocalNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.AttributeNodes;
import org.minipy.nodes.object.SubscriptNodes;
import org.minipy.nodes.object.SubscriptNodesFactory;
import org.minipy.parser.Ast;
import org.minipy.parser.Ast.Expr;
import org.minipy.parser.Ast.Stmt;
import org.minipy.parser.Scope;
import org.minipy.parser.ScopeAnalyzer;
import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.PyBytes;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyComplex;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.Signature;

/**
 * Lowers the AST of a module to Truffle nodes: one {@link PyCode} per code block, each with a root
 * node whose frame has one slot per local, cell and free variable (plus temporaries). Function bodies
 * are lowered lazily, on their first call.
 */
public final class Translator {
    private final MiniPyLanguage language;
    private final Source source;
    private final ScopeAnalyzer.Result scopes;
    private final String filename;

    public Translator(MiniPyLanguage language, Source source, ScopeAnalyzer.Result scopes) {
        this.language = language;
        this.source = source;
        this.scopes = scopes;
        this.filename = source.getName();
    }

    // =====================================================================================
    // code units

    /** The state of lowering one code block. */
    private final class Unit {
        final Scope scope;
        final PyCode code;
        final FrameDescriptor.Builder fd = FrameDescriptor.newBuilder();
        final Map<String, Integer> slots = new HashMap<>();
        final boolean generator;
        int temps;
        /** Slots holding the exception of enclosing except handlers (innermost last). */
        final ArrayDeque<Integer> handlerSlots = new ArrayDeque<>();
        /** The result container slot of a comprehension. */
        int resultSlot = -1;
        /** co_consts: literals and nested code objects in order of first use. */
        final List<Object> consts = new ArrayList<>();

        void addConst(Object v) {
            for (Object c : consts) {
                if (c == v || (c != null && c.getClass() == v.getClass() && c.equals(v) && !(v instanceof Double d && d == 0.0))) {
                    return;
                }
            }
            consts.add(v);
        }

        /** co_names: global, attribute and imported names in order of first use. */
        final List<String> names = new ArrayList<>();

        void addName(String n) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }

        /** Slot for tail-position return values (allocated on first use), or -1. */
        int returnSlot = -1;

        int returnSlot() {
            if (returnSlot < 0) {
                returnSlot = temp();
            }
            return returnSlot;
        }

        Unit(Scope scope, PyCode code) {
            this.scope = scope;
            this.code = code;
            this.generator = scope != null && (scope.isGenerator() || scope.isCoroutine());
            if (scope != null && scope.isFunctionLike() || scope != null && scope.kind == Scope.Kind.CLASS) {
                if (scope.isFunctionLike()) {
                    for (String v : scope.varnames()) {
                        slot(v);
                    }
                }
                for (String v : scope.cellvars()) {
                    slot(v);
                }
                for (String v : scope.freevars()) {
                    slot(v);
                }
            }
        }

        int slot(String name) {
            Integer s = slots.get(name);
            if (s == null) {
                s = fd.addSlot(FrameSlotKind.Illegal, name, null);
                slots.put(name, s);
            }
            return s;
        }

        int temp() {
            return fd.addSlot(FrameSlotKind.Illegal, "<tmp" + (temps++) + ">", null);
        }

        int genSlot() {
            return generator ? temp() : -1;
        }
    }

    private Unit unit;

    // =====================================================================================
    // entry points

    /** Lowers a module ('exec'), an expression ('eval') or interactive input ('single'). */
    public PyCode translate(Ast.Mod mod, boolean returnLastExpression) {
        Scope scope = scopes.module();
        PyCode code = new PyCode();
        code.name = "<module>";
        code.qualname = "<module>";
        code.filename = filename;
        code.firstlineno = 1;
        code.varnames = new String[0];
        code.cellvars = new String[0];
        code.freevars = new String[0];
        code.names = new String[0];
        code.consts = new Object[0];
        code.source = source;
        code.signature = new Signature("<module>", new String[0], 0, new String[0], null, null);
        Unit saved = unit;
        unit = new Unit(scope, code);
        try {
            StmtNode body;
            if (mod instanceof Ast.Module m) {
                List<Stmt> stmts = m.body();
                code.doc = docstring(stmts);
                List<StmtNode> nodes = new ArrayList<>();
                if (hasAnnotations(stmts)) {
                    nodes.add(new SpecialNodes.SetupAnnotationsNode());
                }
                for (int i = 0; i < stmts.size(); i++) {
                    Stmt s = stmts.get(i);
                    if (returnLastExpression && i == stmts.size() - 1 && s instanceof Ast.ExprStmt es) {
                        nodes.add(withPos(new SimpleStatements.ReturnNode(expr(es.value())), s.pos()));
                    } else {
                        nodes.add(stmt(s));
                    }
                }
                body = block(nodes);
            } else if (mod instanceof Ast.Expression e) {
                body = withPos(new SimpleStatements.ReturnNode(expr(e.body())), e.body().pos());
            } else {
                Ast.Interactive in = (Ast.Interactive) mod;
                List<StmtNode> nodes = new ArrayList<>();
                for (Stmt s : in.body()) {
                    if (s instanceof Ast.ExprStmt es) {
                        nodes.add(withPos(new SpecialNodes.PrintExprNode(expr(es.value())), s.pos()));
                    } else {
                        nodes.add(stmt(s));
                    }
                }
                body = block(nodes);
            }
            List<Object> consts = new ArrayList<>(unit.consts);
            consts.add(PyNone.NONE);
            code.consts = consts.toArray();
            code.names = unit.names.toArray(new String[0]);
        code.names = unit.names.toArray(new String[0]);
            FunctionRootNode root = new FunctionRootNode(language, unit.fd.build(), code, source.createSection(0, source.getLength()), null, body);
            code.setTargets(root.getCallTarget(), null);
            return code;
        } finally {
            unit = saved;
        }
    }

    // =====================================================================================
    // helpers

    private static String intern(String s) {
        return s == null ? null : s.intern();
    }

    private <T extends StmtNode> T withPos(T node, Ast.Pos pos) {
        if (pos != null && pos.end() >= pos.start() && pos.end() <= source.getLength()) {
            node.setSourceRange(pos.start(), pos.end() - pos.start());
        }
        return node;
    }

    private SourceSection section(Ast.Pos pos) {
        if (pos != null && pos.end() >= pos.start() && pos.end() <= source.getLength()) {
            return source.createSection(pos.start(), pos.end() - pos.start());
        }
        return source.createUnavailableSection();
    }

    private StmtNode block(List<StmtNode> nodes) {
        return new BlockNode(nodes.toArray(new StmtNode[0]), unit.genSlot());
    }

    /**
     * A state slot for a compound statement of generator code whose parts can suspend; -1 (run as
     * ordinary code) when none of them contains a yield, yield from or await.
     */
    private int suspendSlot(com.oracle.truffle.api.nodes.Node... parts) {
        if (!unit.generator || !GeneratorSupport.containsSuspension(parts)) {
            return -1;
        }
        return unit.genSlot();
    }

    private StmtNode body(List<Stmt> stmts) {
        List<StmtNode> nodes = new ArrayList<>(stmts.size());
        for (Stmt s : stmts) {
            nodes.add(stmt(s));
        }
        if (nodes.isEmpty()) {
            return new SimpleStatements.PassNode();
        }
        return block(nodes);
    }

    private static Object docstring(List<Stmt> stmts) {
        if (!stmts.isEmpty() && stmts.get(0) instanceof Ast.ExprStmt es && es.value() instanceof Ast.Constant c && c.value() instanceof String s) {
            return s;
        }
        return PyNone.NONE;
    }

    private static boolean hasAnnotations(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (s instanceof Ast.AnnAssign a && a.simple()) {
                return true;
            }
            if (s instanceof Ast.If i && (hasAnnotations(i.body()) || hasAnnotations(i.orelse()))) {
                return true;
            }
        }
        return false;
    }

    private ConditionNode cond(Expr e) {
        return new ConditionNode(expr(e));
    }

    private boolean inFunction() {
        return unit.scope != null && unit.scope.isFunctionLike();
    }

    // =====================================================================================
    // names

    private ExprNode readName(String rawName, Ast.Pos pos) {
        Scope scope = unit.scope;
        String name = intern(scope.mangle(rawName));
        Scope.SymbolKind kind = scope.lookup(rawName);
        ExprNode n;
        if (kind == null || kind == Scope.SymbolKind.GLOBAL_EXPLICIT || kind == Scope.SymbolKind.GLOBAL_IMPLICIT || scope.kind != Scope.Kind.FUNCTION && scope.kind != Scope.Kind.LAMBDA &&
                        scope.kind != Scope.Kind.COMPREHENSION && kind != Scope.SymbolKind.CELL && kind != Scope.SymbolKind.FREE) {
            unit.addName(name);
        }
        if (scope.kind == Scope.Kind.MODULE) {
            n = ReadGlobalNode.create(name, true);
        } else if (scope.kind == Scope.Kind.CLASS) {
            if (kind == Scope.SymbolKind.CLASS_FREE) {
                n = new GlobalWriteNodes.ReadClassDerefNode(name, new CellNodes.ReadCellNode(unit.slot(name), name, true));
            } else if (kind == Scope.SymbolKind.GLOBAL_EXPLICIT) {
                n = ReadGlobalNode.create(name, false);
            } else if (kind == Scope.SymbolKind.CELL) {
                n = new CellNodes.ReadCellNode(unit.slot(name), name, false);
            } else {
                n = ReadGlobalNode.create(name, true);
            }
        } else {
            if (kind == null) {
                kind = Scope.SymbolKind.GLOBAL_IMPLICIT;
            }
            switch (kind) {
                case LOCAL:
                    n = ReadLocalNode.create(unit.slot(name), name);
                    break;
                case CELL:
                    n = new CellNodes.ReadCellNode(unit.slot(name), name, false);
                    break;
                case FREE:
                case CLASS_FREE:
                    n = new CellNodes.ReadCellNode(unit.slot(name), name, true);
                    break;
                default:
                    n = ReadGlobalNode.create(name, false);
                    break;
            }
        }
        return withPos(n, pos);
    }

    private WriteTargetNode writeName(String rawName) {
        Scope scope = unit.scope;
        String name = intern(scope.mangle(rawName));
        Scope.SymbolKind kind = scope.lookup(rawName);
        if (scope.kind == Scope.Kind.MODULE || kind == Scope.SymbolKind.GLOBAL_EXPLICIT || kind == Scope.SymbolKind.GLOBAL_IMPLICIT ||
                        scope.kind == Scope.Kind.CLASS && kind != Scope.SymbolKind.CELL && kind != Scope.SymbolKind.CLASS_FREE) {
            unit.addName(name);
        }
        if (scope.kind == Scope.Kind.MODULE) {
            return GlobalWriteNodes.WriteGlobalNode.create(name, true);
        }
        if (scope.kind == Scope.Kind.CLASS) {
            if (kind == Scope.SymbolKind.GLOBAL_EXPLICIT) {
                return GlobalWriteNodes.WriteGlobalNode.create(name, false);
            }
            if (kind == Scope.SymbolKind.CELL) {
                return new CellNodes.WriteCellNode(unit.slot(name));
            }
            if (kind == Scope.SymbolKind.CLASS_FREE && scope.isDeclaredNonlocal(rawName)) {
                return new CellNodes.WriteCellNode(unit.slot(name));
            }
            return GlobalWriteNodes.WriteGlobalNode.create(name, true);
        }
        if (kind == null) {
            kind = Scope.SymbolKind.LOCAL;
        }
        switch (kind) {
            case LOCAL:
                return WriteLocalNode.create(unit.slot(name));
            case CELL:
            case FREE:
            case CLASS_FREE:
                return new CellNodes.WriteCellNode(unit.slot(name));
            default:
                return GlobalWriteNodes.WriteGlobalNode.create(name, false);
        }
    }

    private StmtNode deleteName(String rawName, boolean silent) {
        Scope scope = unit.scope;
        String name = intern(scope.mangle(rawName));
        Scope.SymbolKind kind = scope.lookup(rawName);
        if (scope.kind == Scope.Kind.MODULE || (scope.kind == Scope.Kind.CLASS && kind != Scope.SymbolKind.GLOBAL_EXPLICIT && kind != Scope.SymbolKind.CELL)) {
            return silent ? new CellNodes.ClearNameNode(-1, false, name) : new GlobalWriteNodes.DeleteGlobalNode(name, true);
        }
        if (kind == null) {
            kind = Scope.SymbolKind.LOCAL;
        }
        switch (kind) {
            case LOCAL:
                return silent ? new CellNodes.ClearNameNode(unit.slot(name), false, null) : new CellNodes.DeleteLocalNode(unit.slot(name), name);
            case CELL:
            case FREE:
            case CLASS_FREE:
                return silent ? new CellNodes.ClearNameNode(unit.slot(name), true, null) : new CellNodes.DeleteCellNode(unit.slot(name), name, kind != Scope.SymbolKind.CELL);
            default:
                return silent ? new CellNodes.ClearNameNode(-1, false, name) : new GlobalWriteNodes.DeleteGlobalNode(name, false);
        }
    }

    // =====================================================================================
    // statements

    private StmtNode stmt(Stmt s) {
        StmtNode n = stmtInner(s);
        return withPos(n, s.pos());
    }

    private StmtNode stmtInner(Stmt s) {
        if (s instanceof Ast.ExprStmt e) {
            return new SimpleStatements.ExprStatementNode(expr(e.value()));
        } else if (s instanceof Ast.Assign a) {
            WriteTargetNode[] targets = new WriteTargetNode[a.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(a.targets().get(i));
            }
            ExprNode value = expr(a.value());
            if (targets.length == 1 && !unit.generator) {
                return new SpecialNodes.SingleAssignNode(value, targets[0]);
            }
            return new AssignNodes.AssignNode(value, targets);
        } else if (s instanceof Ast.AugAssign a) {
            return augAssign(a);
        } else if (s instanceof Ast.AnnAssign a) {
            return annAssign(a);
        } else if (s instanceof Ast.If i) {
            ConditionNode c = cond(i.test());
            StmtNode thenPart = body(i.body());
            StmtNode elsePart = i.orelse().isEmpty() ? null : body(i.orelse());
            return new IfNode(c, thenPart, elsePart, suspendSlot(c, thenPart, elsePart));
        } else if (s instanceof Ast.While w) {
            ConditionNode c = cond(w.test());
            StmtNode loopBody = body(w.body());
            StmtNode orelse = w.orelse().isEmpty() ? null : body(w.orelse());
            return new WhileNode(c, loopBody, orelse, suspendSlot(c, loopBody, orelse));
        } else if (s instanceof Ast.For f) {
            return forStmt(f);
        } else if (s instanceof Ast.Return r) {
            return new SimpleStatements.ReturnNode(r.value() == null ? null : expr(r.value()));
        } else if (s instanceof Ast.Pass) {
            return new SimpleStatements.PassNode();
        } else if (s instanceof Ast.Break) {
            return new SimpleStatements.BreakNode();
        } else if (s instanceof Ast.Continue) {
            return new SimpleStatements.ContinueNode();
        } else if (s instanceof Ast.FunctionDef f) {
            return new SpecialNodes.SingleAssignNode(functionDef(f), writeName(f.name()));
        } else if (s instanceof Ast.ClassDef c) {
            return new SpecialNodes.SingleAssignNode(classDef(c), writeName(c.name()));
        } else if (s instanceof Ast.Raise r) {
            int hs = unit.handlerSlots.isEmpty() ? -1 : unit.handlerSlots.peekLast();
            return new ExceptionNodes.RaiseNode(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()), hs);
        } else if (s instanceof Ast.Try t) {
            return tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Ast.TryStar t) {
            return tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Ast.With w) {
            return withStmt(w.items(), 0, w.body(), w.isAsync());
        } else if (s instanceof Ast.Assert a) {
            return new ExceptionNodes.AssertNode(cond(a.test()), a.msg() == null ? null : expr(a.msg()));
        } else if (s instanceof Ast.Delete d) {
            List<StmtNode> nodes = new ArrayList<>();
            for (Expr t : d.targets()) {
                delete(t, nodes);
            }
            return nodes.size() == 1 ? nodes.get(0) : new BlockNode(nodes.toArray(new StmtNode[0]), -1);
        } else if (s instanceof Ast.Global || s instanceof Ast.Nonlocal) {
            return new SimpleStatements.PassNode();
        } else if (s instanceof Ast.Import imp) {
            List<StmtNode> nodes = new ArrayList<>();
            for (Ast.Alias a : imp.names()) {
                if (a.asname() != null) {
                    nodes.add(withPos(new SpecialNodes.SingleAssignNode(withPos(new ImportNodes.ImportNameNode(a.name(), true, 0), a.pos()), writeName(a.asname())), a.pos()));
                } else {
                    String top = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
                    nodes.add(withPos(new SpecialNodes.SingleAssignNode(withPos(new ImportNodes.ImportNameNode(a.name(), false, 0), a.pos()), writeName(top)), a.pos()));
                }
            }
            return nodes.size() == 1 ? nodes.get(0) : new BlockNode(nodes.toArray(new StmtNode[0]), -1);
        } else if (s instanceof Ast.ImportFrom imp) {
            return importFrom(imp);
        } else if (s instanceof Ast.Match m) {
            return new MatchLowering(this).lower(m);
        }
        throw new IllegalStateException("statement not supported: " + s.getClass().getSimpleName());
    }

    private StmtNode augAssign(Ast.AugAssign a) {
        BinaryOp op = binaryOp(a.op());
        Expr t = a.target();
        if (t instanceof Ast.Name n) {
            return new AssignNodes.AugAssignNameNode(readName(n.id(), n.pos()), expr(a.value()), op, writeName(n.id()));
        } else if (t instanceof Ast.Attribute at) {
            return new AssignNodes.AugAssignAttrNode(expr(at.value()), intern(unit.scope.mangle(at.attr())), expr(a.value()), op);
        } else if (t instanceof Ast.Subscript sub) {
            return new AssignNodes.AugAssignItemNode(expr(sub.value()), expr(sub.slice()), expr(a.value()), op);
        }
        throw new IllegalStateException("bad augmented assignment target");
    }

    private StmtNode annAssign(Ast.AnnAssign a) {
        List<StmtNode> nodes = new ArrayList<>();
        if (a.value() != null) {
            nodes.add(new SpecialNodes.SingleAssignNode(expr(a.value()), target(a.target())));
        }
        boolean moduleOrClass = unit.scope.kind == Scope.Kind.MODULE || unit.scope.kind == Scope.Kind.CLASS;
        if (a.simple() && moduleOrClass && a.target() instanceof Ast.Name n) {
            nodes.add(new SpecialNodes.StoreAnnotationNode(intern(unit.scope.mangle(n.id())), expr(a.annotation())));
        } else if (moduleOrClass && !(a.target() instanceof Ast.Name)) {
            // the target's subexpressions are evaluated but nothing is stored
            nodes.add(new SimpleStatements.ExprStatementNode(expr(a.annotation())));
        }
        if (nodes.isEmpty()) {
            return new SimpleStatements.PassNode();
        }
        return nodes.size() == 1 ? nodes.get(0) : new BlockNode(nodes.toArray(new StmtNode[0]), unit.genSlot());
    }

    private StmtNode forStmt(Ast.For f) {
        ExprNode iterable = expr(f.iter());
        WriteTargetNode target = target(f.target());
        StmtNode bodyNode = body(f.body());
        StmtNode orelse = f.orelse().isEmpty() ? null : body(f.orelse());
        if (f.isAsync()) {
            return new SpecialNodes.AsyncForNode(iterable, target, bodyNode, orelse, unit.temp(), unit.temp(), unit.genSlot());
        }
        int genSlot = suspendSlot(iterable, target, bodyNode, orelse);
        if (genSlot >= 0) {
            return new ForNode(iterable, target, bodyNode, orelse, unit.temp(), genSlot);
        }
        return new ForNode(iterable, target, bodyNode, orelse, unit.temp(), genSlot, unit.temp(), unit.temp());
    }

    private StmtNode tryStmt(List<Stmt> tryBody, List<Ast.ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        StmtNode result;
        int genSlotFinally = -1;
        int pendingSlot = -1;
        if (!finalbody.isEmpty() && unit.generator) {
            genSlotFinally = unit.temp();
            pendingSlot = unit.temp();
        }
        if (!handlers.isEmpty()) {
            StmtNode b = body(tryBody);
            int excSlot = unit.temp();
            ExceptionNodes.ExceptHandlerNode[] hs = new ExceptionNodes.ExceptHandlerNode[handlers.size()];
            unit.handlerSlots.addLast(excSlot);
            try {
                for (int i = 0; i < hs.length; i++) {
                    Ast.ExceptHandler h = handlers.get(i);
                    ExprNode type = h.type() == null ? null : expr(h.type());
                    WriteTargetNode target = h.name() == null ? null : writeName(h.name());
                    StmtNode del = h.name() == null ? null : deleteName(h.name(), true);
                    hs[i] = new ExceptionNodes.ExceptHandlerNode(type, target, del, body(h.body()));
                }
            } finally {
                unit.handlerSlots.removeLast();
            }
            StmtNode els = orelse.isEmpty() ? null : body(orelse);
            result = new ExceptionNodes.TryExceptNode(b, hs, els, excSlot, unit.genSlot());
        } else {
            result = body(tryBody);
        }
        if (!finalbody.isEmpty()) {
            result = new ExceptionNodes.TryFinallyNode(result, body(finalbody), genSlotFinally, pendingSlot);
        }
        return result;
    }

    private StmtNode withStmt(List<Ast.WithItem> items, int index, List<Stmt> bodyStmts, boolean async) {
        Ast.WithItem item = items.get(index);
        ExprNode ctx = expr(item.contextExpr());
        WriteTargetNode target = item.optionalVars() == null ? null : target(item.optionalVars());
        StmtNode inner = index + 1 < items.size() ? withPos(withStmt(items, index + 1, bodyStmts, async), items.get(index + 1).pos()) : body(bodyStmts);
        int mgrSlot = unit.temp();
        if (async) {
            return new SpecialNodes.AsyncWithNode(ctx, target, inner, mgrSlot, unit.temp(), unit.genSlot());
        }
        return new ExceptionNodes.WithNode(ctx, target, inner, mgrSlot, unit.genSlot(), false);
    }

    private void delete(Expr t, List<StmtNode> out) {
        if (t instanceof Ast.Name n) {
            out.add(withPos(deleteName(n.id(), false), t.pos()));
        } else if (t instanceof Ast.Attribute a) {
            out.add(withPos(new AttributeNodes.DelAttributeNode(expr(a.value()), intern(unit.scope.mangle(a.attr()))), t.pos()));
        } else if (t instanceof Ast.Subscript s) {
            out.add(withPos(new SubscriptNodes.DelItemNode(expr(s.value()), expr(s.slice())), t.pos()));
        } else if (t instanceof Ast.TupleExpr tu) {
            for (Expr e : tu.elts()) {
                delete(e, out);
            }
        } else if (t instanceof Ast.ListExpr l) {
            for (Expr e : l.elts()) {
                delete(e, out);
            }
        } else {
            throw new IllegalStateException("bad delete target");
        }
    }

    private StmtNode importFrom(Ast.ImportFrom imp) {
        String module = imp.module() == null ? "" : imp.module();
        ExprNode mod = withPos(new ImportNodes.ImportNameNode(module, true, imp.level()), imp.pos());
        if (imp.names().size() == 1 && imp.names().get(0).name().equals("*")) {
            return new ImportNodes.ImportStarNode(mod);
        }
        int tmp = unit.temp();
        List<StmtNode> nodes = new ArrayList<>();
        nodes.add(new SpecialNodes.SingleAssignNode(mod, WriteLocalNode.create(tmp)));
        for (Ast.Alias a : imp.names()) {
            ExprNode value = withPos(new ImportNodes.ImportFromNode(new LogicalNodes.ReadTempNode(tmp), a.name()), a.pos());
            nodes.add(withPos(new SpecialNodes.SingleAssignNode(value, writeName(a.asname() != null ? a.asname() : a.name())), a.pos()));
        }
        nodes.add(new CellNodes.ClearNameNode(tmp, false, null));
        return new BlockNode(nodes.toArray(new StmtNode[0]), -1);
    }

    // =====================================================================================
    // assignment targets

    WriteTargetNode target(Expr t) {
        WriteTargetNode n;
        if (t instanceof Ast.Name name) {
            n = writeName(name.id());
        } else if (t instanceof Ast.Attribute a) {
            n = new AttributeNodes.SetAttributeTargetNode(expr(a.value()), intern(unit.scope.mangle(a.attr())));
        } else if (t instanceof Ast.Subscript s) {
            n = new SubscriptNodes.SetItemTargetNode(expr(s.value()), expr(s.slice()));
        } else if (t instanceof Ast.TupleExpr tu) {
            n = unpackTarget(tu.elts());
        } else if (t instanceof Ast.ListExpr l) {
            n = unpackTarget(l.elts());
        } else if (t instanceof Ast.Starred s) {
            n = target(s.value());
        } else {
            throw new IllegalStateException("bad assignment target " + t);
        }
        return withPos(n, t.pos());
    }

    private WriteTargetNode unpackTarget(List<Expr> elts) {
        WriteTargetNode[] targets = new WriteTargetNode[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr e = elts.get(i);
            if (e instanceof Ast.Starred) {
                star = i;
            }
            targets[i] = target(e);
        }
        return new AssignNodes.UnpackTargetNode(targets, star);
    }

    // =====================================================================================
    // expressions

    ExprNode expr(Expr e) {
        ExprNode n = exprInner(e);
        if (!n.hasSourceRange()) {
            withPos(n, e.pos());
        }
        return n;
    }

    private ExprNode[] exprs(List<Expr> es) {
        ExprNode[] out = new ExprNode[es.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(es.get(i));
        }
        return out;
    }

    /** Like {@link #exprs}, keeping values computed before a yield in later elements (generators). */
    private ExprNode[] exprsSaving(List<Expr> es) {
        ExprNode[] out = exprs(es);
        if (unit.generator) {
            int last = -1;
            for (int i = 0; i < es.size(); i++) {
                if (YieldFinder.contains(es.get(i))) {
                    last = i;
                }
            }
            for (int i = 0; i < last; i++) {
                out[i] = save(out[i]);
            }
        }
        return out;
    }

    /** Wraps a value computed before a later yield in the same expression. */
    private ExprNode save(ExprNode n) {
        if (n instanceof ConstantNodes.ObjectConstantNode || n instanceof ConstantNodes.LongConstantNode) {
            return n;
        }
        return new YieldNodes.SaveNode(n, unit.temp());
    }

    private ExprNode saveIfYieldLater(ExprNode first, Expr later) {
        if (unit.generator && YieldFinder.contains(later)) {
            return save(first);
        }
        return first;
    }

    private ExprNode exprInner(Expr e) {
        if (e instanceof Ast.Constant c) {
            return constant(c.value());
        } else if (e instanceof Ast.Name n) {
            return readName(n.id(), n.pos());
        } else if (e instanceof Ast.BinOp b) {
            ExprNode l = saveIfYieldLater(expr(b.left()), b.right());
            return binary(b.op(), l, expr(b.right()));
        } else if (e instanceof Ast.UnaryOp u) {
            ExprNode o = expr(u.operand());
            switch (u.op()) {
                case NOT:
                    return UnaryNodesFactory.NotNodeGen.create(o);
                case USUB:
                    if (u.operand() instanceof Ast.Constant c && (c.value() instanceof Long || c.value() instanceof Double)) {
                        Object neg = c.value() instanceof Long l ? (l == Long.MIN_VALUE ? (Object) BigInteger.valueOf(l).negate() : (Object) (-l)) : (Object) (-(Double) c.value());
                        return constant(neg);
                    }
                    return UnaryNodesFactory.NegNodeGen.create(o);
                case UADD:
                    return UnaryNodesFactory.PosNodeGen.create(o);
                default:
                    return UnaryNodesFactory.InvertNodeGen.create(o);
            }
        } else if (e instanceof Ast.BoolOp b) {
            List<Expr> vs = b.values();
            ExprNode result = expr(vs.get(vs.size() - 1));
            for (int i = vs.size() - 2; i >= 0; i--) {
                ExprNode left = expr(vs.get(i));
                result = b.op() == Ast.BoolOpKind.AND ? new LogicalNodes.AndNode(left, result) : new LogicalNodes.OrNode(left, result);
            }
            return result;
        } else if (e instanceof Ast.Compare c) {
            return compare(c);
        } else if (e instanceof Ast.Call c) {
            return call(c);
        } else if (e instanceof Ast.Attribute a) {
            ExprNode receiver = expr(a.value());
            unit.addName(intern(unit.scope.mangle(a.attr())));
            return new AttributeNodes.GetAttributeNode(receiver, intern(unit.scope.mangle(a.attr())));
        } else if (e instanceof Ast.Subscript s) {
            ExprNode v = saveIfYieldLater(expr(s.value()), s.slice());
            return SubscriptNodesFactory.GetItemNodeGen.create(v, expr(s.slice()));
        } else if (e instanceof Ast.Slice s) {
            return new CollectionNodes.SliceNode(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()), s.step() == null ? null : expr(s.step()));
        } else if (e instanceof Ast.TupleExpr t) {
            Object folded = foldedConstant(t);
            if (folded != null) {
                if (unit != null && !t.elts().isEmpty()) {
                    unit.addConst(folded);
                }
                return new ConstantNodes.ObjectConstantNode(folded);
            }
            return new CollectionNodes.TupleNode(exprsSaving(t.elts()));
        } else if (e instanceof Ast.ListExpr l) {
            return new CollectionNodes.ListNode(exprsSaving(l.elts()));
        } else if (e instanceof Ast.SetExpr s) {
            if (s.elts().size() > 2) {
                Object[] values = new Object[s.elts().size()];
                boolean folded = true;
                for (int i = 0; i < values.length && folded; i++) {
                    values[i] = foldedConstant(s.elts().get(i));
                    folded = values[i] != null;
                }
                if (folded) {
                    return new CollectionNodes.ConstantSetNode(sharedSetConstant(values));
                }
            }
            return new CollectionNodes.SetNode(exprsSaving(s.elts()));
        } else if (e instanceof Ast.Dict d) {
            int n = d.values().size();
            ExprNode[] keys = new ExprNode[n];
            ExprNode[] values = new ExprNode[n];
            boolean[] unpack = new boolean[n];
            for (int i = 0; i < n; i++) {
                Expr k = d.keys().get(i);
                if (k == null) {
                    unpack[i] = true;
                } else {
                    keys[i] = expr(k);
                }
                values[i] = expr(d.values().get(i));
            }
            return new CollectionNodes.DictNode(keys, values, unpack);
        } else if (e instanceof Ast.Starred s) {
            return new CollectionNodes.StarredNode(expr(s.value()));
        } else if (e instanceof Ast.IfExp i) {
            return new LogicalNodes.IfExpNode(cond(i.test()), expr(i.body()), expr(i.orelse()));
        } else if (e instanceof Ast.NamedExpr ne) {
            return new LogicalNodes.NamedExprNode(expr(ne.value()), target(ne.target()));
        } else if (e instanceof Ast.Lambda l) {
            return lambda(l);
        } else if (e instanceof Ast.ListComp || e instanceof Ast.SetComp || e instanceof Ast.DictComp || e instanceof Ast.GeneratorExp) {
            return comprehension(e);
        } else if (e instanceof Ast.JoinedStr j) {
            ExprNode[] parts = exprsSaving(j.values());
            if (parts.length == 1 && j.values().get(0) instanceof Ast.Constant) {
                return parts[0];
            }
            return new StringNodes.JoinedStrNode(parts);
        } else if (e instanceof Ast.FormattedValue f) {
            return new StringNodes.FormatValueNode(expr(f.value()), f.conversion(), f.formatSpec() == null ? null : expr(f.formatSpec()));
        } else if (e instanceof Ast.Yield y) {
            return new YieldNodes.YieldNode(y.value() == null ? null : expr(y.value()), unit.temp());
        } else if (e instanceof Ast.YieldFrom y) {
            return new YieldNodes.YieldFromNode(expr(y.value()), unit.temp(), unit.temp(), false);
        } else if (e instanceof Ast.Await a) {
            return new YieldNodes.YieldFromNode(expr(a.value()), unit.temp(), unit.temp(), true);
        }
        throw new IllegalStateException("expression not supported: " + e.getClass().getSimpleName());
    }

    /** The frozenset constants of this compilation unit's folded set displays, shared between equal displays as CPython merges constants. */
    private final Map<Object, org.minipy.runtime.PySet> setConstants = new HashMap<>();

    private org.minipy.runtime.PySet sharedSetConstant(Object[] values) {
        java.util.Set<Object> key = new java.util.HashSet<>();
        for (Object v : values) {
            key.add(constantKey(v));
        }
        return setConstants.computeIfAbsent(key, k -> org.minipy.runtime.PySet.foldConstants(values));
    }

    /** CPython's _PyCode_ConstantKey: equal constants of different types (1, 1.0, True) stay apart. */
    private static Object constantKey(Object v) {
        if (v instanceof org.minipy.runtime.PyTuple t) {
            List<Object> k = new ArrayList<>();
            k.add("tuple");
            for (int i = 0; i < t.size(); i++) {
                k.add(constantKey(t.get(i)));
            }
            return k;
        } else if (v instanceof PyBytes b) {
            return List.of("bytes", new String(b.getStore(), 0, b.length(), java.nio.charset.StandardCharsets.ISO_8859_1));
        } else if (v instanceof PyComplex c) {
            return List.of("complex", c.real, c.imag);
        }
        return List.of(v.getClass(), v);
    }

    /** The value of a constant after CPython's AST optimizer (negated numbers, tuples of constants), or null. */
    private static Object foldedConstant(Expr e) {
        if (e instanceof Ast.Constant c) {
            return constantValue(c.value());
        } else if (e instanceof Ast.UnaryOp u && u.op() == Ast.UnaryOpKind.USUB && u.operand() instanceof Ast.Constant c) {
            if (c.value() instanceof Long l) {
                return l == Long.MIN_VALUE ? (Object) BigInteger.valueOf(l).negate() : (Object) (-l);
            } else if (c.value() instanceof Double d) {
                return -d;
            } else if (c.value() instanceof BigInteger b) {
                return org.minipy.runtime.PyLong.normalize(b.negate());
            }
        } else if (e instanceof Ast.TupleExpr t) {
            Object[] items = new Object[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = foldedConstant(t.elts().get(i));
                if (items[i] == null) {
                    return null;
                }
            }
            return new org.minipy.runtime.PyTuple(items);
        }
        return null;
    }

    private static boolean allConstant(List<Expr> elts) {
        if (elts.isEmpty()) {
            return true;
        }
        for (Expr x : elts) {
            if (!(x instanceof Ast.Constant c) || c.value() instanceof byte[]) {
                return false;
            }
        }
        return true;
    }

    private Object[] constantValues(List<Expr> elts) {
        Object[] out = new Object[elts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = constantValue(((Ast.Constant) elts.get(i)).value());
        }
        return out;
    }

    static Object constantValue(Object v) {
        if (v == Ast.NONE) {
            return PyNone.NONE;
        } else if (v == Ast.ELLIPSIS) {
            return PySingleton.ELLIPSIS;
        } else if (v instanceof String s) {
            return s.intern();
        } else if (v instanceof Ast.ComplexLiteral c) {
            return new PyComplex(0.0, c.imag());
        } else if (v instanceof byte[] b) {
            return new PyBytes(b);
        } else if (v instanceof Integer i) {
            return (long) i;
        }
        return v;
    }

    private ExprNode constant(Object v) {
        Object value = constantValue(v);
        if (unit != null && (value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean || value instanceof java.math.BigInteger)) {
            unit.addConst(value);
        }
        return ConstantNodes.create(value);
    }

    static BinaryOp binaryOp(Ast.Operator op) {
        switch (op) {
            case ADD:
                return BinaryOp.ADD;
            case SUB:
                return BinaryOp.SUB;
            case MULT:
                return BinaryOp.MUL;
            case MATMULT:
                return BinaryOp.MATMUL;
            case DIV:
                return BinaryOp.TRUEDIV;
            case MOD:
                return BinaryOp.MOD;
            case POW:
                return BinaryOp.POW;
            case LSHIFT:
                return BinaryOp.LSHIFT;
            case RSHIFT:
                return BinaryOp.RSHIFT;
            case BITOR:
                return BinaryOp.OR;
            case BITXOR:
                return BinaryOp.XOR;
            case BITAND:
                return BinaryOp.AND;
            default:
                return BinaryOp.FLOORDIV;
        }
    }

    private static ExprNode binary(Ast.Operator op, ExprNode l, ExprNode r) {
        switch (op) {
            case ADD:
                return AddNodeGen.create(l, r);
            case SUB:
                return SubNodeGen.create(l, r);
            case MULT:
                return MulNodeGen.create(l, r);
            case MATMULT:
                return MatMulNodeGen.create(l, r);
            case DIV:
                return TrueDivNodeGen.create(l, r);
            case MOD:
                return ModNodeGen.create(l, r);
            case POW:
                return PowNodeGen.create(l, r);
            case LSHIFT:
                return LShiftNodeGen.create(l, r);
            case RSHIFT:
                return RShiftNodeGen.create(l, r);
            case BITOR:
                return BitOrNodeGen.create(l, r);
            case BITXOR:
                return BitXorNodeGen.create(l, r);
            case BITAND:
                return BitAndNodeGen.create(l, r);
            default:
                return FloorDivNodeGen.create(l, r);
        }
    }

    static ExprNode compareOp(Ast.CmpOp op, ExprNode l, ExprNode r) {
        switch (op) {
            case EQ:
                return EqNodeGen.create(l, r);
            case NOT_EQ:
                return NeNodeGen.create(l, r);
            case LT:
                return LtNodeGen.create(l, r);
            case LT_E:
                return LeNodeGen.create(l, r);
            case GT:
                return GtNodeGen.create(l, r);
            case GT_E:
                return GeNodeGen.create(l, r);
            case IS:
                return OtherCompareNodesFactory.IsNodeGen.create(l, r);
            case IS_NOT:
                return OtherCompareNodesFactory.IsNotNodeGen.create(l, r);
            case IN:
                return OtherCompareNodesFactory.InNodeGen.create(l, r);
            default:
                return OtherCompareNodesFactory.NotInNodeGen.create(l, r);
        }
    }

    private ExprNode compare(Ast.Compare c) {
        if (c.ops().size() == 1) {
            ExprNode l = saveIfYieldLater(expr(c.left()), c.comparators().get(0));
            return compareOp(c.ops().get(0), l, expr(c.comparators().get(0)));
        }
        int n = c.ops().size();
        ExprNode[] comps = new ExprNode[n];
        ExprNode left = expr(c.left());
        for (int i = 0; i < n; i++) {
            Expr rightExpr = c.comparators().get(i);
            ExprNode right = expr(rightExpr);
            int tmp = -1;
            if (i < n - 1) {
                tmp = unit.temp();
                right = new LogicalNodes.TeeNode(right, tmp);
            }
            ExprNode cmp = compareOp(c.ops().get(i), left, right);
            withPos(cmp, c.pos());
            comps[i] = cmp;
            if (tmp >= 0) {
                left = new LogicalNodes.ReadTempNode(tmp);
            }
        }
        return new LogicalNodes.ChainNode(comps);
    }

    private ExprNode call(Ast.Call c) {
        boolean star = false;
        for (Expr a : c.args()) {
            if (a instanceof Ast.Starred) {
                star = true;
            }
        }
        for (Ast.Keyword k : c.keywords()) {
            if (k.arg() == null) {
                star = true;
            }
        }
        // zero-argument super()
        if (c.func() instanceof Ast.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() && inFunction()) {
            Scope.SymbolKind k = unit.scope.lookup("super");
            if (k == Scope.SymbolKind.GLOBAL_IMPLICIT || k == null) {
                Integer classSlot = unit.scope.freevars().contains("__class__") ? unit.slot("__class__") : null;
                int firstSlot = -1;
                boolean firstIsCell = false;
                if (unit.scope.argcount() > 0 || unit.scope.hasVarargs()) {
                    String first = unit.scope.varnames().get(0);
                    firstSlot = unit.slot(first);
                    firstIsCell = unit.scope.cellvars().contains(first);
                }
                return new SpecialNodes.ZeroArgSuperNode(readName("super", n.pos()), classSlot == null ? -1 : classSlot, firstSlot, firstIsCell);
            }
        }
        if (star) {
            ExprNode func = expr(c.func());
            ExprNode[] pos = new ExprNode[c.args().size()];
            boolean[] starred = new boolean[pos.length];
            for (int i = 0; i < pos.length; i++) {
                Expr a = c.args().get(i);
                if (a instanceof Ast.Starred s) {
                    starred[i] = true;
                    pos[i] = expr(s.value());
                } else {
                    pos[i] = expr(a);
                }
            }
            ExprNode[] kv = new ExprNode[c.keywords().size()];
            String[] kn = new String[kv.length];
            for (int i = 0; i < kv.length; i++) {
                kv[i] = expr(c.keywords().get(i).value());
                kn[i] = intern(c.keywords().get(i).arg());
            }
            return new CallNodes.CallVarargsNode(func, pos, starred, kv, kn);
        }
        List<Expr> all = new ArrayList<>(c.args());
        String[] kwnames = new String[c.keywords().size()];
        for (int i = 0; i < kwnames.length; i++) {
            all.add(c.keywords().get(i).value());
            kwnames[i] = intern(c.keywords().get(i).arg());
        }
        if (c.func() instanceof Ast.Attribute a) {
            ExprNode receiver = expr(a.value());
            unit.addName(intern(unit.scope.mangle(a.attr())));
            if (unit.generator && YieldFinder.containsAny(all)) {
                receiver = save(receiver);
            }
            ExprNode[] args = exprsSaving(all);
            return new CallNodes.CallMethodNode(receiver, intern(unit.scope.mangle(a.attr())), args, kwnames);
        }
        ExprNode func = expr(c.func());
        if (unit.generator && YieldFinder.containsAny(all)) {
            func = save(func);
        }
        ExprNode[] args = exprsSaving(all);
        return new CallNodes.CallNode(func, args, kwnames);
    }

    // =====================================================================================
    // functions, lambdas, classes, comprehensions

    private PyCode newCode(Scope scope, String name, Ast.Pos pos) {
        PyCode code = new PyCode();
        code.name = name;
        code.qualname = scope.qualname();
        code.filename = filename;
        code.firstlineno = scope.firstLineno() > 0 ? scope.firstLineno() : pos.line();
        code.argcount = scope.argcount();
        code.posonlyargcount = scope.posonlyargcount();
        code.kwonlyargcount = scope.kwonlyargcount();
        code.varnames = scope.varnames().toArray(new String[0]);
        code.cellvars = scope.cellvars().toArray(new String[0]);
        code.freevars = scope.freevars().toArray(new String[0]);
        code.names = new String[0];
        code.consts = new Object[0];
        code.source = source;
        int flags = 0;
        if (scope.isFunctionLike()) {
            flags |= PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        }
        if (scope.hasVarargs()) {
            flags |= PyCode.CO_VARARGS;
        }
        if (scope.hasVarkeywords()) {
            flags |= PyCode.CO_VARKEYWORDS;
        }
        if (scope.isNested()) {
            flags |= PyCode.CO_NESTED;
        }
        if (scope.isAsyncGenerator()) {
            flags |= PyCode.CO_ASYNC_GENERATOR;
        } else if (scope.isCoroutine()) {
            flags |= PyCode.CO_COROUTINE;
        } else if (scope.isGenerator()) {
            flags |= PyCode.CO_GENERATOR;
        }
        code.flags = flags;
        int npos = scope.argcount();
        String[] positional = new String[npos];
        for (int i = 0; i < npos; i++) {
            positional[i] = code.varnames[i];
        }
        String[] kwonly = new String[scope.kwonlyargcount()];
        for (int i = 0; i < kwonly.length; i++) {
            kwonly[i] = code.varnames[npos + i];
        }
        int idx = npos + kwonly.length;
        String varargs = scope.hasVarargs() ? code.varnames[idx++] : null;
        String varkw = scope.hasVarkeywords() ? code.varnames[idx] : null;
        code.signature = new Signature(code.qualname, positional, scope.posonlyargcount(), kwonly, varargs, varkw);
        return code;
    }

    /** Slots, in the current unit, of the cells a child code object closes over. */
    private int[] closureSlots(Scope child) {
        List<String> free = child.freevars();
        int[] out = new int[free.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = unit.slot(free.get(i));
        }
        return out;
    }

    /**
     * Lowers a function-like body lazily: the returned code gets its call target on first use.
     * {@code bodyBuilder} runs with the child unit active.
     */
    private PyCode lowerCode(Scope scope, PyCode code, Ast.Pos pos, java.util.function.Supplier<StmtNode> bodyBuilder) {
        final Unit parentUnit = unit;
        code.setLazyTargets(() -> {
            Unit saved = unit;
            unit = new Unit(scope, code);
            try {
                StmtNode bodyNode = bodyBuilder.get();
                return buildRoots(unit, code, pos, bodyNode);
            } finally {
                unit = saved;
            }
        });
        return code;
    }

    private RootCallTarget[] buildRoots(Unit u, PyCode code, Ast.Pos pos, StmtNode bodyNode) {
        Scope scope = u.scope;
        List<Object> consts = new ArrayList<>();
        if (scope.isFunctionLike() && scope.kind != Scope.Kind.LAMBDA && scope.kind != Scope.Kind.COMPREHENSION) {
            consts.add(code.doc);
        }
        for (Object c : u.consts) {
            if (!consts.contains(c) || c instanceof PyCode) {
                consts.add(c);
            }
        }
        code.consts = consts.toArray();
        code.names = u.names.toArray(new String[0]);
        int nparams = code.signature.boundCount();
        int[] paramSlots = new int[nparams];
        int[] paramCellSlots = new int[nparams];
        List<String> cellvars = scope.cellvars();
        List<Integer> plainCells = new ArrayList<>();
        for (int i = 0; i < nparams; i++) {
            String p = code.varnames[i];
            paramSlots[i] = u.slot(p);
            paramCellSlots[i] = cellvars.contains(p) ? u.slot(p) : -1;
        }
        for (String c : cellvars) {
            boolean isParam = false;
            for (int i = 0; i < nparams; i++) {
                if (code.varnames[i].equals(c)) {
                    isParam = true;
                }
            }
            if (!isParam) {
                plainCells.add(u.slot(c));
            }
        }
        int[] cellSlots = plainCells.stream().mapToInt(Integer::intValue).toArray();
        int[] freeSlots = new int[scope.freevars().size()];
        for (int i = 0; i < freeSlots.length; i++) {
            freeSlots[i] = u.slot(scope.freevars().get(i));
        }
        PrologueNode prologue = new PrologueNode(paramSlots, paramCellSlots, cellSlots, freeSlots);
        FrameDescriptor fd = u.fd.build();
        SourceSection sec = section(pos);
        if (u.generator) {
            GeneratorRootNodes.CreateGeneratorRootNode create = new GeneratorRootNodes.CreateGeneratorRootNode(language, fd, code, sec, prologue);
            GeneratorRootNodes.ResumeGeneratorRootNode resume = new GeneratorRootNodes.ResumeGeneratorRootNode(language, code, sec, bodyNode);
            return new RootCallTarget[]{create.getCallTarget(), resume.getCallTarget()};
        }
        FunctionRootNode root = new FunctionRootNode(language, fd, code, sec, prologue, bodyNode, u.returnSlot);
        return new RootCallTarget[]{root.getCallTarget(), null};
    }

    private ExprNode makeFunction(Scope scope, PyCode code, Ast.Arguments args, List<String> annNames, List<Expr> annValues) {
        ExprNode[] defaults = args == null ? new ExprNode[0] : exprs(args.defaults());
        int nkw = args == null ? 0 : args.kwonlyargs().size();
        ExprNode[] kwDefaults = new ExprNode[nkw];
        for (int i = 0; i < nkw; i++) {
            Expr d = args.kwDefaults().get(i);
            kwDefaults[i] = d == null ? null : expr(d);
        }
        ExprNode[] annExprs = annValues == null ? new ExprNode[0] : exprs(annValues);
        unit.addConst(code);
        String[] names = annNames == null ? new String[0] : annNames.toArray(new String[0]);
        return new FunctionNodes.MakeFunctionNode(code, defaults, kwDefaults, closureSlots(scope), names, annExprs);
    }

    private ExprNode functionDef(Ast.FunctionDef f) {
        ExprNode[] decorators = exprs(f.decoratorList());
        Scope scope = scopes.scopeOf(f);
        PyCode code = newCode(scope, f.name(), f.pos());
        code.doc = docstring(f.body());
        lowerCode(scope, code, f.pos(), () -> functionBody(f.body()));
        List<String> annNames = new ArrayList<>();
        List<Expr> annValues = new ArrayList<>();
        collectAnnotations(f.args(), f.returns(), annNames, annValues);
        ExprNode value = makeFunction(scope, code, f.args(), annNames, annValues);
        withPos(value, f.pos());
        for (int i = decorators.length - 1; i >= 0; i--) {
            value = withPos(new CallNodes.CallNode(decorators[i], new ExprNode[]{value}, new String[0]), f.decoratorList().get(i).pos());
        }
        return value;
    }

    private void collectAnnotations(Ast.Arguments a, Expr returns, List<String> names, List<Expr> values) {
        List<Ast.Arg> all = new ArrayList<>();
        all.addAll(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        for (Ast.Arg arg : all) {
            if (arg.annotation() != null) {
                names.add(intern(unit.scope.mangle(arg.arg())));
                values.add(arg.annotation());
            }
        }
        if (returns != null) {
            names.add("return");
            values.add(returns);
        }
    }

    private StmtNode functionBody(List<Stmt> stmts) {
        if (unit.generator) {
            return body(stmts);
        }
        return tailBody(stmts);
    }

    // ------------------------------------------------------------------ tail-position returns

    /** True if executing the statements always leaves the function (return or raise) at the end. */
    private static boolean alwaysExits(List<Stmt> stmts) {
        if (stmts.isEmpty()) {
            return false;
        }
        Stmt last = stmts.get(stmts.size() - 1);
        if (last instanceof Ast.Return || last instanceof Ast.Raise) {
            return true;
        }
        if (last instanceof Ast.If i) {
            return alwaysExits(i.body()) && alwaysExits(i.orelse());
        }
        return false;
    }

    /**
     * Lowers a block whose end is the end of the function: its last statement is in tail position.
     * {@code if c: return a} followed by more statements is lowered as if the rest were its else branch.
     */
    private StmtNode tailBody(List<Stmt> stmts) {
        List<StmtNode> nodes = new ArrayList<>(stmts.size());
        for (int i = 0; i < stmts.size(); i++) {
            Stmt s = stmts.get(i);
            boolean last = i == stmts.size() - 1;
            if (!last && s instanceof Ast.If ifs && ifs.orelse().isEmpty() && alwaysExits(ifs.body())) {
                List<Stmt> rest = stmts.subList(i + 1, stmts.size());
                nodes.add(withPos(new IfNode(cond(ifs.test()), tailBody(ifs.body()), tailBody(rest), -1), s.pos()));
                return new BlockNode(nodes.toArray(new StmtNode[0]), -1);
            }
            nodes.add(last ? tailStmt(s) : stmt(s));
        }
        if (nodes.isEmpty()) {
            return new SimpleStatements.PassNode();
        }
        return new BlockNode(nodes.toArray(new StmtNode[0]), -1);
    }

    private StmtNode tailStmt(Stmt s) {
        if (s instanceof Ast.Return r) {
            return withPos(new SimpleStatements.ReturnNode(r.value() == null ? null : expr(r.value()), unit.returnSlot()), s.pos());
        } else if (s instanceof Ast.If i) {
            return withPos(new IfNode(cond(i.test()), tailBody(i.body()), i.orelse().isEmpty() ? null : tailBody(i.orelse()), -1), s.pos());
        }
        return stmt(s);
    }

    private ExprNode lambda(Ast.Lambda l) {
        Scope scope = scopes.scopeOf(l);
        PyCode code = newCode(scope, "<lambda>", l.pos());
        lowerCode(scope, code, l.pos(), () -> {
            ExprNode b = expr(l.body());
            if (unit.generator) {
                return block(List.of(new SimpleStatements.ExprStatementNode(b)));
            }
            return withPos(new SimpleStatements.ReturnNode(b, unit.returnSlot()), l.body().pos());
        });
        return makeFunction(scope, code, l.args(), null, null);
    }

    private ExprNode classDef(Ast.ClassDef c) {
        ExprNode[] decorators = exprs(c.decoratorList());
        Scope scope = scopes.scopeOf(c);
        PyCode code = newCode(scope, c.name(), c.pos());
        code.doc = docstring(c.body());
        lowerCode(scope, code, c.pos(), () -> {
            List<StmtNode> nodes = new ArrayList<>();
            nodes.add(new SpecialNodes.SingleAssignNode(ReadGlobalNode.create("__name__", false), GlobalWriteNodes.WriteGlobalNode.create("__module__", true)));
            nodes.add(new SpecialNodes.SingleAssignNode(new ConstantNodes.ObjectConstantNode(scope.qualname()), GlobalWriteNodes.WriteGlobalNode.create("__qualname__", true)));
            if (code.doc != PyNone.NONE) {
                nodes.add(new SpecialNodes.SingleAssignNode(new ConstantNodes.ObjectConstantNode(code.doc), GlobalWriteNodes.WriteGlobalNode.create("__doc__", true)));
            }
            if (hasAnnotations(c.body())) {
                nodes.add(new SpecialNodes.SetupAnnotationsNode());
            }
            for (Stmt s : c.body()) {
                nodes.add(stmt(s));
            }
            if (scope.needsClassCell()) {
                nodes.add(new FunctionNodes.StoreClassCellNode(unit.slot("__class__")));
            }
            return block(nodes);
        });
        FunctionNodes.MakeFunctionNode bodyFunction = (FunctionNodes.MakeFunctionNode) makeFunction(scope, code, null, null, null);
        List<ExprNode> bases = new ArrayList<>();
        boolean[] starred = new boolean[c.bases().size()];
        for (int i = 0; i < c.bases().size(); i++) {
            Expr b = c.bases().get(i);
            if (b instanceof Ast.Starred s) {
                starred[i] = true;
                bases.add(expr(s.value()));
            } else {
                bases.add(expr(b));
            }
        }
        ExprNode[] kv = new ExprNode[c.keywords().size()];
        String[] kn = new String[kv.length];
        for (int i = 0; i < kv.length; i++) {
            kv[i] = expr(c.keywords().get(i).value());
            kn[i] = c.keywords().get(i).arg();
        }
        ExprNode value = withPos(new FunctionNodes.ClassDefNode(bodyFunction, c.name(), bases.toArray(new ExprNode[0]), starred, kv, kn), c.pos());
        for (int i = decorators.length - 1; i >= 0; i--) {
            value = withPos(new CallNodes.CallNode(decorators[i], new ExprNode[]{value}, new String[0]), c.decoratorList().get(i).pos());
        }
        return value;
    }

    private ExprNode comprehension(Expr e) {
        Scope scope = scopes.scopeOf(e);
        List<Ast.Comprehension> gens;
        if (e instanceof Ast.ListComp l) {
            gens = l.generators();
        } else if (e instanceof Ast.SetComp s) {
            gens = s.generators();
        } else if (e instanceof Ast.DictComp d) {
            gens = d.generators();
        } else {
            gens = ((Ast.GeneratorExp) e).generators();
        }
        PyCode code = newCode(scope, scope.name, e.pos());
        lowerCode(scope, code, e.pos(), () -> comprehensionBody(e, gens));
        FunctionNodes.MakeFunctionNode f = (FunctionNodes.MakeFunctionNode) makeFunction(scope, code, null, null, null);
        ExprNode firstIter = expr(gens.get(0).iter());
        if (gens.get(0).isAsync()) {
            return new SpecialNodes.AsyncComprehensionCallNode(f, firstIter);
        }
        return new ComprehensionNodes.ComprehensionCallNode(f, firstIter);
    }

    private StmtNode comprehensionBody(Expr e, List<Ast.Comprehension> gens) {
        boolean isGen = e instanceof Ast.GeneratorExp;
        int kind = e instanceof Ast.ListComp ? 0 : e instanceof Ast.SetComp ? 1 : 2;
        if (!isGen) {
            unit.resultSlot = unit.temp();
        }
        StmtNode inner;
        if (e instanceof Ast.ListComp l) {
            inner = withPos(new ComprehensionNodes.ListAppendNode(unit.resultSlot, expr(l.elt())), l.elt().pos());
        } else if (e instanceof Ast.SetComp s) {
            inner = withPos(new ComprehensionNodes.SetAddNode(unit.resultSlot, expr(s.elt())), s.elt().pos());
        } else if (e instanceof Ast.DictComp d) {
            inner = withPos(new ComprehensionNodes.DictSetNode(unit.resultSlot, expr(d.key()), expr(d.value())), d.key().pos());
        } else {
            Ast.GeneratorExp g = (Ast.GeneratorExp) e;
            inner = withPos(new SimpleStatements.ExprStatementNode(withPos(new YieldNodes.YieldNode(expr(g.elt()), unit.temp()), g.elt().pos())), g.elt().pos());
        }
        for (int i = gens.size() - 1; i >= 0; i--) {
            Ast.Comprehension g = gens.get(i);
            for (int j = g.ifs().size() - 1; j >= 0; j--) {
                inner = withPos(new IfNode(cond(g.ifs().get(j)), inner, null, unit.genSlot()), g.ifs().get(j).pos());
            }
            ExprNode iter = i == 0 ? ReadLocalNode.create(unit.slot(".0"), ".0") : expr(g.iter());
            WriteTargetNode t = target(g.target());
            if (g.isAsync()) {
                inner = withPos(new SpecialNodes.AsyncForNode(iter, t, inner, null, unit.temp(), unit.temp(), unit.genSlot()), g.pos());
            } else {
                int genSlot = unit.genSlot();
                inner = withPos(genSlot >= 0 ? new ForNode(iter, t, inner, null, unit.temp(), genSlot) : new ForNode(iter, t, inner, null, unit.temp(), genSlot, unit.temp(), unit.temp()), g.pos());
            }
        }
        if (isGen) {
            return block(List.of(inner));
        }
        List<StmtNode> nodes = new ArrayList<>();
        nodes.add(new ComprehensionNodes.InitResultNode(unit.resultSlot, kind));
        nodes.add(inner);
        nodes.add(new SimpleStatements.ReturnNode(new LogicalNodes.ReadTempNode(unit.resultSlot), unit.returnSlot()));
        return block(nodes);
    }

    // accessors for the match lowering
    Unit currentUnit() {
        return unit;
    }

    int newTemp() {
        return unit.temp();
    }

    int newGenSlot() {
        return unit.genSlot();
    }

    StmtNode lowerBody(List<Stmt> stmts) {
        return body(stmts);
    }

    <T extends StmtNode> T at(T node, Ast.Pos pos) {
        return withPos(node, pos);
    }

    WriteTargetNode nameTarget(String name) {
        return writeName(name);
    }
}
