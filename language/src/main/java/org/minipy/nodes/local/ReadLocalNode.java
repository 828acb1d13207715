package org.minipy.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExprNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PException;

/** Reads a local variable from its frame slot; primitives stay unboxed. */
public abstract class ReadLocalNode extends ExprNode {
    protected final int slot;
    protected final String name;

    protected ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    public static ReadLocalNode create(int slot, String name) {
        return ReadLocalNodeGen.create(slot, name);
    }

    public int getSlot() {
        return slot;
    }

    @Specialization(guards = "frame.isLong(slot)")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        Object v = frame.getValue(slot);
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw unbound(name);
        }
        return v;
    }

    @CompilerDirectives.TruffleBoundary
    public static PException unbound(String name) {
        PException e = PException.raise(BuiltinTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name + "' where it is not associated with a value");
        e.getPyException().setName(name);
        return e;
    }
}
