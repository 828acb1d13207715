package org.minipy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.StmtNode;
import org.minipy.runtime.PyNone;

/** return, break, continue, pass. */
public final class SimpleStatements {
    private SimpleStatements() {
    }

    /**
     * {@code return value}. A return in tail position (nothing of the function runs after it on any
     * path) stores the value in the frame's return slot and completes normally, which is much cheaper
     * than unwinding with an exception in the interpreter; other returns throw.
     */
    public static final class ReturnNode extends StmtNode {
        @Child private ExprNode value;
        private final int tailSlot;

        public ReturnNode(ExprNode value) {
            this(value, -1);
        }

        public ReturnNode(ExprNode value, int tailSlot) {
            this.value = value;
            this.tailSlot = tailSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object v = value == null ? PyNone.NONE : value.execute(frame);
            if (tailSlot >= 0) {
                frame.setObject(tailSlot, v);
                return;
            }
            throw new ControlExceptions.ReturnException(v);
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

        /** {@code yield x} and {@code yield from x} as statements suspend without an exception. */
        @Override
        public boolean runSuspendable(VirtualFrame frame) {
            if (expr instanceof GeneratorSupport.SuspendingExpr s) {
                return s.evaluateOrSuspend(frame) == GeneratorSupport.SUSPENDED;
            }
            return super.runSuspendable(frame);
        }
    }
}
