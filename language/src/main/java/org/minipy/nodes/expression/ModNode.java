package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;
import org.minipy.runtime.NumberOps;

/** {@code a mod b}: MOD on primitives, else the generic protocol. */
public abstract class ModNode extends BinaryNode {

    @Specialization(guards = {"b > 0"})
    static long doLongPositive(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization(guards = "nonZero(b)")
    static double doDouble(double a, double b) {
        return NumberOps.floatMod(a, b);
    }

    static boolean nonZero(double b) {
        return b != 0.0;
    }

    @Fallback
    static Object doGeneric(Object a, Object b) {
        return BinaryOps.binaryOp(a, b, BinaryOp.MOD);
    }
}
