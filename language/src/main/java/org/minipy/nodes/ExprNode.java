package org.minipy.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/** An expression: produces a Python value. Specialized subclasses also return unboxed primitives. */
public abstract class ExprNode extends StmtNode {
    public abstract Object execute(VirtualFrame frame);

    @Override
    public void executeVoid(VirtualFrame frame) {
        execute(frame);
    }

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        return PyTypeSystemGen.expectLong(execute(frame));
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return PyTypeSystemGen.expectDouble(execute(frame));
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        return PyTypeSystemGen.expectBoolean(execute(frame));
    }
}
