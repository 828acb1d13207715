package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;

/** {@code a @ b}: only through the generic protocol. */
public abstract class MatMulNode extends BinaryNode {
    @Specialization
    static Object doGeneric(Object a, Object b) {
        return BinaryOps.binaryOp(a, b, BinaryOp.MATMUL);
    }
}
