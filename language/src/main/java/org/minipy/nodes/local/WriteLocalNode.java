package org.minipy.nodes.local;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Stores into a local's frame slot, keeping ints, floats and bools unboxed. */
public abstract class WriteLocalNode extends WriteTargetNode {
    protected final int slot;

    protected WriteLocalNode(int slot) {
        this.slot = slot;
    }

    public static WriteLocalNode create(int slot) {
        return WriteLocalNodeGen.create(slot);
    }

    @Override
    public abstract void executeWriteLong(VirtualFrame frame, long value);

    public int getSlot() {
        return slot;
    }

    @Specialization
    protected void writeLong(VirtualFrame frame, long value) {
        frame.setLong(slot, value);
    }

    @Specialization
    protected void writeDouble(VirtualFrame frame, double value) {
        frame.setDouble(slot, value);
    }

    @Specialization
    protected void writeBoolean(VirtualFrame frame, boolean value) {
        frame.setBoolean(slot, value);
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    protected void writeObject(VirtualFrame frame, Object value) {
        frame.setObject(slot, value);
    }
}
