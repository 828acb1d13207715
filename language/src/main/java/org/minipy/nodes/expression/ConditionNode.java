package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

import org.minipy.nodes.ExprNode;

/** Evaluates an expression for its truth value, without boxing when the expression yields a bool. */
public final class ConditionNode extends Node {
    @Child private ExprNode expr;
    @Child private IsTrueNode isTrue;
    private boolean sawNonBoolean;

    public ConditionNode(ExprNode expr) {
        this.expr = expr;
    }

    public ExprNode getExpr() {
        return expr;
    }

    public boolean execute(VirtualFrame frame) {
        if (!sawNonBoolean) {
            try {
                return expr.executeBoolean(frame);
            } catch (UnexpectedResultException e) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                sawNonBoolean = true;
                return isTrue(e.getResult());
            }
        }
        return isTrue(expr.execute(frame));
    }

    private boolean isTrue(Object v) {
        if (isTrue == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            isTrue = insert(IsTrueNode.create());
        }
        return isTrue.execute(v);
    }
}
