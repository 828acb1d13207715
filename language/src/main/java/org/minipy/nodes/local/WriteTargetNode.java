package org.minipy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.StmtNode;

/** An assignment target: stores a given value (name, attribute, subscript, unpacking). */
public abstract class WriteTargetNode extends StmtNode {
    public abstract void executeWrite(VirtualFrame frame, Object value);

    /** Stores a long; targets that keep longs unboxed override this. */
    public void executeWriteLong(VirtualFrame frame, long value) {
        executeWrite(frame, value);
    }

    @Override
    public final void executeVoid(VirtualFrame frame) {
        throw new UnsupportedOperationException("target needs a value");
    }
}
