package org.minipy.lowering;

import org.minipy.nodes.StmtNode;
import org.minipy.nodes.expression.SpecialNodes;
import org.minipy.parser.Ast;

/** Lowers the match statement. */
final class MatchLowering {
    private final Translator t;

    MatchLowering(Translator t) {
        this.t = t;
    }

    StmtNode lower(Ast.Match m) {
        return new SpecialNodes.NotYetNode("match statement");
    }
}
