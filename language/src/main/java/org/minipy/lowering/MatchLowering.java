package org.minipy.lowering;

import java.util.List;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.control.MatchNodes;
import org.minipy.nodes.expression.ConditionNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.parser.Ast;
import org.minipy.runtime.PyNone;

/** Lowers the match statement into pattern nodes. */
final class MatchLowering {
    private final Translator t;

    MatchLowering(Translator t) {
        this.t = t;
    }

    StmtNode lower(Ast.Match m) {
        ExprNode subject = t.expr(m.subject());
        int n = m.cases().size();
        MatchNodes.PatternNode[] patterns = new MatchNodes.PatternNode[n];
        ConditionNode[] guards = new ConditionNode[n];
        StmtNode[] bodies = new StmtNode[n];
        for (int i = 0; i < n; i++) {
            Ast.MatchCase c = m.cases().get(i);
            patterns[i] = pattern(c.pattern());
            guards[i] = c.guard() == null ? null : new ConditionNode(t.expr(c.guard()));
            bodies[i] = t.lowerBody(c.body());
        }
        return new MatchNodes.MatchNode(subject, patterns, guards, bodies);
    }

    private MatchNodes.PatternNode pattern(Ast.Pattern p) {
        if (p instanceof Ast.MatchAs a) {
            MatchNodes.PatternNode inner = a.pattern() == null ? null : pattern(a.pattern());
            WriteTargetNode target = a.name() == null ? null : t.nameTarget(a.name());
            return new MatchNodes.AsPattern(inner, target);
        } else if (p instanceof Ast.MatchValue v) {
            return new MatchNodes.ValuePattern(t.expr(v.value()));
        } else if (p instanceof Ast.MatchSingleton s) {
            Object v = s.value() == Ast.NONE ? PyNone.NONE : s.value();
            return new MatchNodes.SingletonPattern(v);
        } else if (p instanceof Ast.MatchOr o) {
            return new MatchNodes.OrPattern(patterns(o.patterns()));
        } else if (p instanceof Ast.MatchSequence s) {
            List<Ast.Pattern> ps = s.patterns();
            MatchNodes.PatternNode[] elements = new MatchNodes.PatternNode[ps.size()];
            int star = -1;
            WriteTargetNode starTarget = null;
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i) instanceof Ast.MatchStar ms) {
                    star = i;
                    starTarget = ms.name() == null ? null : t.nameTarget(ms.name());
                    elements[i] = new MatchNodes.AsPattern(null, null);
                } else {
                    elements[i] = pattern(ps.get(i));
                }
            }
            return new MatchNodes.SequencePattern(elements, star, starTarget);
        } else if (p instanceof Ast.MatchMapping mm) {
            ExprNode[] keys = new ExprNode[mm.keys().size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = t.expr(mm.keys().get(i));
            }
            return new MatchNodes.MappingPattern(keys, patterns(mm.patterns()), mm.rest() == null ? null : t.nameTarget(mm.rest()));
        } else if (p instanceof Ast.MatchClass mc) {
            return new MatchNodes.ClassPattern(t.expr(mc.cls()), patterns(mc.patterns()), mc.kwdAttrs().toArray(new String[0]), patterns(mc.kwdPatterns()));
        }
        throw new IllegalStateException("unknown pattern " + p);
    }

    private MatchNodes.PatternNode[] patterns(List<Ast.Pattern> ps) {
        MatchNodes.PatternNode[] out = new MatchNodes.PatternNode[ps.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = pattern(ps.get(i));
        }
        return out;
    }
}
