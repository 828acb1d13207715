package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;

/** {@code a rshift b}: RSHIFT on primitives, else the generic protocol. */
public abstract class RShiftNode extends BinaryNode {

    @Specialization(guards = "b >= 0")
    static long doLong(long a, long b) {
        return a >> Math.min(b, 63);
    }

    @Fallback
    static Object doGeneric(Object a, Object b) {
        return BinaryOps.binaryOp(a, b, BinaryOp.RSHIFT);
    }
}
