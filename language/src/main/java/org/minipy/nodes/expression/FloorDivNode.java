package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;
import org.minipy.runtime.NumberOps;

/** {@code a floordiv b}: FLOORDIV on primitives, else the generic protocol. */
public abstract class FloorDivNode extends BinaryNode {

    @Specialization(guards = {"b > 0"})
    static long doLongPositive(long a, long b) {
        return Math.floorDiv(a, b);
    }

    @Specialization(guards = {"b < 0", "notMinusOne(b)"})
    static long doLongNegative(long a, long b) {
        return Math.floorDiv(a, b);
    }

    @Specialization(guards = "nonZero(b)")
    static double doDouble(double a, double b) {
        return NumberOps.floatFloorDiv(a, b);
    }

    static boolean notMinusOne(long b) {
        return b != -1;
    }

    static boolean nonZero(double b) {
        return b != 0.0;
    }

    @Fallback
    static Object doGeneric(Object a, Object b) {
        return BinaryOps.binaryOp(a, b, BinaryOp.FLOORDIV);
    }
}
