package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;

/** {@code a lshift b}: LSHIFT on primitives, else the generic protocol. */
public abstract class LShiftNode extends BinaryNode {

    @Specialization(guards = "canShift(a, b)")
    static long doLong(long a, long b) {
        return a << b;
    }

    static boolean canShift(long a, long b) {
        return b >= 0 && b < 63 && a >= 0 && a <= (Long.MAX_VALUE >> b);
    }

    @Fallback
    static Object doGeneric(Object a, Object b) {
        return BinaryOps.binaryOp(a, b, BinaryOp.LSHIFT);
    }
}
