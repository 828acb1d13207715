package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;
import org.minipy.runtime.FastPow;
import org.minipy.runtime.NumberOps;

/** {@code a pow b}: POW on primitives, else the generic protocol. */
public abstract class PowNode extends BinaryNode {

    @Specialization(guards = {"b >= 0", "b <= 1"})
    static long doLongSmall(long a, long b) {
        return b == 0 ? 1 : a;
    }

    @Specialization(guards = "b == 2", rewriteOn = ArithmeticException.class)
    static long doLongSquare(long a, long b) {
        return Math.multiplyExact(a, a);
    }

    @Specialization(guards = "isSquare(a, b)")
    static double doDoubleSquare(double a, double b) {
        return a * a;
    }

    static boolean isSquare(double a, double b) {
        return a > 0.0 && b == 2.0;
    }

    /** Positive base, integral or half-integral exponent up to 64: inline double-double power. */
    @Specialization(replaces = "doDoubleSquare")
    static Object doDouble(double a, double b) {
        double r = FastPow.pow(a, b);
        if (Double.isNaN(r)) {
            return NumberOps.floatPow(a, b);
        }
        return r;
    }

    @Specialization
    static Object doDoubleLong(double a, long b) {
        double r = b >= -64 && b <= 64 ? FastPow.pow(a, b) : FastPow.NOT_HANDLED;
        if (Double.isNaN(r)) {
            return BinaryOps.binaryOp(a, b, BinaryOp.POW);
        }
        return r;
    }

    @Fallback
    static Object doGeneric(Object a, Object b) {
        return BinaryOps.binaryOp(a, b, BinaryOp.POW);
    }
}
