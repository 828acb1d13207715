package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;

/** {@code a xor b}: XOR on primitives, else the generic protocol. */
public abstract class BitXorNode extends BinaryNode {

    @Specialization
    static long doLong(long a, long b) {
        return a ^ b;
    }

    @Specialization
    static boolean doBoolean(boolean a, boolean b) {
        return a ^ b;
    }

    @Fallback
    static Object doGeneric(Object a, Object b) {
        return BinaryOps.binaryOp(a, b, BinaryOp.XOR);
    }
}
