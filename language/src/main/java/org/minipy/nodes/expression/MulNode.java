package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;

/** {@code a mul b}: MUL on primitives, else the generic protocol. */
public abstract class MulNode extends BinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization
    static double doDouble(double a, double b) {
        return a * b;
    }

    @Specialization
    static double doLongDouble(long a, double b) {
        return a * b;
    }

    @Specialization
    static double doDoubleLong(double a, long b) {
        return a * b;
    }

    @Fallback
    static Object doGeneric(Object a, Object b) {
        return BinaryOps.binaryOp(a, b, BinaryOp.MUL);
    }
}
