package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;

/** {@code a + b}: ADD on primitives, else the generic protocol. */
public abstract class AddNode extends BinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization
    static double doDouble(double a, double b) {
        return a + b;
    }

    @Specialization
    static double doLongDouble(long a, double b) {
        return a + b;
    }

    @Specialization
    static double doDoubleLong(double a, long b) {
        return a + b;
    }

    @Specialization
    @TruffleBoundary
    static String doString(String a, String b) {
        return a.concat(b);
    }

    @Fallback
    static Object doGeneric(Object a, Object b) {
        return BinaryOps.binaryOp(a, b, BinaryOp.ADD);
    }
}
