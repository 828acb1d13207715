package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.nodes.ExprNode;
import org.minipy.runtime.BinaryOps;

/** -x, +x, ~x, not x. */
public final class UnaryNodes {
    private UnaryNodes() {
    }

    @NodeChild("operand")
    public abstract static class UnaryNode extends ExprNode {
    }

    public abstract static class NegNode extends UnaryNode {
        @Specialization(guards = "a != MIN")
        static long doLong(long a) {
            return -a;
        }

        @Specialization
        static double doDouble(double a) {
            return -a;
        }

        @Fallback
        static Object doGeneric(Object a) {
            return BinaryOps.unaryOp(a, "__neg__", "-");
        }

        static final long MIN = Long.MIN_VALUE;
    }

    public abstract static class PosNode extends UnaryNode {
        @Specialization
        static long doLong(long a) {
            return a;
        }

        @Specialization
        static double doDouble(double a) {
            return a;
        }

        @Fallback
        static Object doGeneric(Object a) {
            return BinaryOps.unaryOp(a, "__pos__", "+");
        }
    }

    public abstract static class InvertNode extends UnaryNode {
        @Specialization
        static long doLong(long a) {
            return ~a;
        }

        @Fallback
        static Object doGeneric(Object a) {
            return BinaryOps.unaryOp(a, "__invert__", "~");
        }
    }

    public abstract static class NotNode extends UnaryNode {
        @Specialization
        static boolean doBoolean(boolean a) {
            return !a;
        }

        @Specialization(replaces = "doBoolean")
        static boolean doGeneric(Object a, @Cached IsTrueNode isTrue) {
            return !isTrue.execute(a);
        }
    }
}
