package org.minipy.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.StmtNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyCell;

/** Access to cell and free variables: the frame slot holds a {@link PyCell}. */
public final class CellNodes {
    private CellNodes() {
    }

    public static final class ReadCellNode extends ExprNode {
        private final int slot;
        private final String name;
        private final boolean free;

        public ReadCellNode(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            PyCell cell = (PyCell) frame.getObject(slot);
            Object v = cell.ref;
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                throw unbound(name, free);
            }
            return v;
        }
    }

    @CompilerDirectives.TruffleBoundary
    static PException unbound(String name, boolean free) {
        if (free) {
            PException e = PException.raise(BuiltinTypes.NAME_ERROR, "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
            e.getPyException().setName(name);
            return e;
        }
        return ReadLocalNode.unbound(name);
    }

    public static final class WriteCellNode extends WriteTargetNode {
        private final int slot;

        public WriteCellNode(int slot) {
            this.slot = slot;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object value) {
            ((PyCell) frame.getObject(slot)).ref = value;
        }
    }

    public static final class DeleteCellNode extends StmtNode {
        private final int slot;
        private final String name;
        private final boolean free;

        public DeleteCellNode(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            PyCell cell = (PyCell) frame.getObject(slot);
            if (cell.ref == null) {
                throw unbound(name, free);
            }
            cell.ref = null;
        }
    }

    public static final class DeleteLocalNode extends StmtNode {
        private final int slot;
        private final String name;

        public DeleteLocalNode(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (frame.getValue(slot) == null) {
                throw ReadLocalNode.unbound(name);
            }
            frame.setObject(slot, null);
        }
    }

    /** Unbinds a name without complaining if it is already unbound (end of an except-as block). */
    public static final class ClearNameNode extends StmtNode {
        private final int slot;
        private final boolean cell;
        private final String globalName;

        public ClearNameNode(int slot, boolean cell, String globalName) {
            this.slot = slot;
            this.cell = cell;
            this.globalName = globalName;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (globalName != null) {
                clearGlobal(org.minipy.nodes.PArguments.getSpecial(frame), org.minipy.nodes.PArguments.getGlobals(frame));
            } else if (cell) {
                ((org.minipy.runtime.PyCell) frame.getObject(slot)).ref = null;
            } else {
                frame.setObject(slot, null);
            }
        }

        @CompilerDirectives.TruffleBoundary
        private void clearGlobal(Object locals, org.minipy.runtime.PyDict globals) {
            if (locals instanceof org.minipy.runtime.PyDict d) {
                d.removeItem(globalName);
            } else {
                globals.removeItem(globalName);
            }
        }
    }
}
