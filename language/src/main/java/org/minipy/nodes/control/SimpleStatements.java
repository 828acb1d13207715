package org.minipy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.StmtNode;
import org.minipy.runtime.PyNone;

/** return, break, continue, pass. */
public final class SimpleStatements {
    private SimpleStatements() {
    }

    public static final class ReturnNode extends StmtNode {
        @Child private ExprNode value;

        public ReturnNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw new ControlExceptions.ReturnException(value == null ? PyNone.NONE : value.execute(frame));
        }
    }

    public static final class BreakNode extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ControlExceptions.BreakException.INSTANCE;
        }
    }

    public static final class ContinueNode extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ControlExceptions.ContinueException.INSTANCE;
        }
    }

    public static final class PassNode extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
        }
    }

    /** An expression statement: evaluates and drops the value. */
    public static final class ExprStatementNode extends StmtNode {
        @Child private ExprNode expr;

        public ExprStatementNode(ExprNode expr) {
            this.expr = expr;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            expr.execute(frame);
        }
    }
}
