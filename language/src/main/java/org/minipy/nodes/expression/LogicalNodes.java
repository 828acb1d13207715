package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.minipy.nodes.ExprNode;

/** and, or, conditional expressions. */
public final class LogicalNodes {
    private LogicalNodes() {
    }

    public static final class AndNode extends ExprNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        @Child private IsTrueNode isTrue = IsTrueNode.create();
        private final CountingConditionProfile profile = CountingConditionProfile.create();

        public AndNode(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object l = left.execute(frame);
            if (profile.profile(isTrue.execute(l))) {
                return right.execute(frame);
            }
            return l;
        }
    }

    public static final class OrNode extends ExprNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        @Child private IsTrueNode isTrue = IsTrueNode.create();
        private final CountingConditionProfile profile = CountingConditionProfile.create();

        public OrNode(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object l = left.execute(frame);
            if (profile.profile(isTrue.execute(l))) {
                return l;
            }
            return right.execute(frame);
        }
    }

    public static final class IfExpNode extends ExprNode {
        @Child private ConditionNode test;
        @Child private ExprNode body;
        @Child private ExprNode orelse;
        private final CountingConditionProfile profile = CountingConditionProfile.create();

        public IfExpNode(ConditionNode test, ExprNode body, ExprNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (profile.profile(test.execute(frame))) {
                return body.execute(frame);
            }
            return orelse.execute(frame);
        }
    }

    /**
     * A chained comparison {@code a < b < c}: each comparison node reads its left operand from a temp
     * slot written by the previous one.
     */
    public static final class ChainNode extends ExprNode {
        @Children private final ExprNode[] comparisons;
        @Child private IsTrueNode isTrue = IsTrueNode.create();

        public ChainNode(ExprNode[] comparisons) {
            this.comparisons = comparisons;
        }

        @Override
        @com.oracle.truffle.api.nodes.ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object r = null;
            for (int i = 0; i < comparisons.length; i++) {
                r = comparisons[i].execute(frame);
                if (i < comparisons.length - 1 && !isTrue.execute(r)) {
                    return r;
                }
            }
            return r;
        }
    }

    /** Evaluates an expression and stores its value in a temp slot (for chained comparisons). */
    public static final class TeeNode extends ExprNode {
        @Child private ExprNode expr;
        private final int slot;

        public TeeNode(ExprNode expr, int slot) {
            this.expr = expr;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = expr.execute(frame);
            frame.setObject(slot, v);
            return v;
        }
    }

    public static final class ReadTempNode extends ExprNode {
        private final int slot;

        public ReadTempNode(int slot) {
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return frame.getObject(slot);
        }
    }

    /** {@code (target := value)}. */
    public static final class NamedExprNode extends ExprNode {
        @Child private ExprNode value;
        @Child private org.minipy.nodes.local.WriteTargetNode target;

        public NamedExprNode(ExprNode value, org.minipy.nodes.local.WriteTargetNode target) {
            this.value = value;
            this.target = target;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            target.executeWrite(frame, v);
            return v;
        }
    }
}
