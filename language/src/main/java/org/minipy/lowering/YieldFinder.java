package org.minipy.lowering;

import java.util.List;

import org.minipy.parser.Ast;
import org.minipy.parser.Ast.Expr;

/** Does an expression contain a yield (or await) in the same scope? */
final class YieldFinder {
    private YieldFinder() {
    }

    static boolean containsAny(List<Expr> es) {
        for (Expr e : es) {
            if (contains(e)) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(Expr e) {
        if (e == null) {
            return false;
        }
        if (e instanceof Ast.Yield || e instanceof Ast.YieldFrom || e instanceof Ast.Await) {
            return true;
        }
        if (e instanceof Ast.Lambda || e instanceof Ast.ListComp || e instanceof Ast.SetComp || e instanceof Ast.DictComp || e instanceof Ast.GeneratorExp) {
            // their own scopes; only the first iterable of a comprehension is evaluated here
            if (e instanceof Ast.ListComp l) {
                return contains(l.generators().get(0).iter());
            } else if (e instanceof Ast.SetComp s) {
                return contains(s.generators().get(0).iter());
            } else if (e instanceof Ast.DictComp d) {
                return contains(d.generators().get(0).iter());
            } else if (e instanceof Ast.GeneratorExp g) {
                return contains(g.generators().get(0).iter());
            }
            return false;
        }
        if (e instanceof Ast.BoolOp b) {
            return containsAny(b.values());
        } else if (e instanceof Ast.NamedExpr n) {
            return contains(n.value());
        } else if (e instanceof Ast.BinOp b) {
            return contains(b.left()) || contains(b.right());
        } else if (e instanceof Ast.UnaryOp u) {
            return contains(u.operand());
        } else if (e instanceof Ast.IfExp i) {
            return contains(i.test()) || contains(i.body()) || contains(i.orelse());
        } else if (e instanceof Ast.Dict d) {
            for (Expr k : d.keys()) {
                if (contains(k)) {
                    return true;
                }
            }
            return containsAny(d.values());
        } else if (e instanceof Ast.SetExpr s) {
            return containsAny(s.elts());
        } else if (e instanceof Ast.Compare c) {
            return contains(c.left()) || containsAny(c.comparators());
        } else if (e instanceof Ast.Call c) {
            if (contains(c.func()) || containsAny(c.args())) {
                return true;
            }
            for (Ast.Keyword k : c.keywords()) {
                if (contains(k.value())) {
                    return true;
                }
            }
            return false;
        } else if (e instanceof Ast.FormattedValue f) {
            return contains(f.value()) || contains(f.formatSpec());
        } else if (e instanceof Ast.JoinedStr j) {
            return containsAny(j.values());
        } else if (e instanceof Ast.Attribute a) {
            return contains(a.value());
        } else if (e instanceof Ast.Subscript s) {
            return contains(s.value()) || contains(s.slice());
        } else if (e instanceof Ast.Starred s) {
            return contains(s.value());
        } else if (e instanceof Ast.ListExpr l) {
            return containsAny(l.elts());
        } else if (e instanceof Ast.TupleExpr t) {
            return containsAny(t.elts());
        } else if (e instanceof Ast.Slice s) {
            return contains(s.lower()) || contains(s.upper()) || contains(s.step());
        }
        return false;
    }
}
