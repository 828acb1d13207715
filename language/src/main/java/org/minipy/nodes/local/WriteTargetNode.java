package org.minipy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.StmtNode;

/** An assignment target: stores a given value (name, attribute, subscript, unpacking). */
public abstract class WriteTargetNode extends StmtNode {
    public abstract void executeWrite(VirtualFrame frame, Object value);

    @Override
    public final void executeVoid(VirtualFrame frame) {
        throw new UnsupportedOperationException("target needs a value");
    }
}
