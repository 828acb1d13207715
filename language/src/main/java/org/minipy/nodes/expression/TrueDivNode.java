package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;

/** {@code a truediv b}: TRUEDIV on primitives, else the generic protocol. */
public abstract class TrueDivNode extends BinaryNode {

    @Specialization(guards = {"b != 0", "fitsDouble(a)", "fitsDouble(b)"})
    static double doLong(long a, long b) {
        return (double) a / (double) b;
    }

    @Specialization(guards = "nonZero(b)")
    static double doDouble(double a, double b) {
        return a / b;
    }

    @Specialization(guards = "nonZero(b)")
    static double doLongDouble(long a, double b) {
        return a / b;
    }

    @Specialization(guards = "b != 0")
    static double doDoubleLong(double a, long b) {
        return a / b;
    }

    static boolean fitsDouble(long v) {
        return v >= -(1L << 53) && v <= (1L << 53);
    }

    static boolean nonZero(double b) {
        return b != 0.0;
    }

    @Fallback
    static Object doGeneric(Object a, Object b) {
        return BinaryOps.binaryOp(a, b, BinaryOp.TRUEDIV);
    }
}
