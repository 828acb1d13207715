package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExprNode;

/** Literal values. */
public final class ConstantNodes {
    private ConstantNodes() {
    }

    public static ExprNode create(Object value) {
        if (value instanceof Long l) {
            return new LongConstantNode(l);
        } else if (value instanceof Double d) {
            return new DoubleConstantNode(d);
        } else if (value instanceof Boolean b) {
            return new BooleanConstantNode(b);
        }
        return new ObjectConstantNode(value);
    }

    public static final class LongConstantNode extends ExprNode {
        private final long value;

        LongConstantNode(long value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return value;
        }
    }

    public static final class DoubleConstantNode extends ExprNode {
        private final double value;

        DoubleConstantNode(double value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return value;
        }
    }

    public static final class BooleanConstantNode extends ExprNode {
        private final boolean value;

        BooleanConstantNode(boolean value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return value;
        }
    }

    public static final class ObjectConstantNode extends ExprNode {
        private final Object value;

        public ObjectConstantNode(Object value) {
            this.value = value;
        }

        public Object getValue() {
            return value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }
    }
}
