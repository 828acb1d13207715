package org.minipy.nodes.local;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.PArguments;
import org.minipy.nodes.StmtNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyObjectOps;

/** Stores and deletes of globals and of names in an explicit locals mapping. */
public final class GlobalWriteNodes {
    private GlobalWriteNodes() {
    }

    /** {@code name = value} at module level or for a {@code global} name. */
    public abstract static class WriteGlobalNode extends WriteTargetNode {
        protected final String name;
        protected final boolean nameLookup;

        protected WriteGlobalNode(String name, boolean nameLookup) {
            this.name = name;
            this.nameLookup = nameLookup;
        }

        public static WriteGlobalNode create(String name, boolean nameLookup) {
            return GlobalWriteNodesFactory.WriteGlobalNodeGen.create(name, nameLookup);
        }

        protected final boolean noLocals(VirtualFrame frame) {
            return !nameLookup || PArguments.getSpecial(frame) == null;
        }

        protected static PyDict globals(VirtualFrame frame) {
            return PArguments.getGlobals(frame);
        }

        @Specialization(guards = {"noLocals(frame)", "globals == cachedGlobals", "index >= 0"}, assumptions = "keysStable", limit = "1")
        protected void writeExisting(VirtualFrame frame, Object value,
                        @Bind("globals(frame)") PyDict globals,
                        @Cached("globals") PyDict cachedGlobals,
                        @Cached("cachedGlobals.getKeysAssumption()") Assumption keysStable,
                        @Cached("cachedGlobals.findEntryStr(name)") int index) {
            cachedGlobals.setValueAt(index, value);
        }

        @Specialization(replaces = "writeExisting")
        protected void writeGeneric(VirtualFrame frame, Object value) {
            store(PArguments.getSpecial(frame), PArguments.getGlobals(frame), nameLookup, name, value);
        }

        @TruffleBoundary
        static void store(Object locals, PyDict globals, boolean nameLookup, String name, Object value) {
            if (nameLookup && locals != null) {
                if (locals instanceof PyDict d && d.getPyType().isBuiltin()) {
                    d.setItemStr(name, value);
                } else {
                    PyObjectOps.setItem(locals, name, value);
                }
                return;
            }
            globals.setItemStr(name, value);
        }
    }

    public static final class DeleteGlobalNode extends StmtNode {
        private final String name;
        private final boolean nameLookup;

        public DeleteGlobalNode(String name, boolean nameLookup) {
            this.name = name;
            this.nameLookup = nameLookup;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            delete(PArguments.getSpecial(frame), PArguments.getGlobals(frame));
        }

        @TruffleBoundary
        private void delete(Object locals, PyDict globals) {
            if (nameLookup && locals != null) {
                try {
                    PyObjectOps.delItem(locals, name);
                } catch (PException e) {
                    if (e.isInstance(BuiltinTypes.KEY_ERROR)) {
                        throw PException.nameError(name);
                    }
                    throw e;
                }
                return;
            }
            if (globals.removeItem(name) == null) {
                throw PException.nameError(name);
            }
        }
    }

    /** A free variable read in a class body: the class namespace first, then the cell (LOAD_CLASSDEREF). */
    public static final class ReadClassDerefNode extends org.minipy.nodes.ExprNode {
        private final String name;
        @Child private org.minipy.nodes.ExprNode cellRead;

        public ReadClassDerefNode(String name, org.minipy.nodes.ExprNode cellRead) {
            this.name = name;
            this.cellRead = cellRead;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object locals = PArguments.getSpecial(frame);
            Object v = lookupLocal(locals);
            if (v != null) {
                return v;
            }
            return cellRead.execute(frame);
        }

        @TruffleBoundary
        private Object lookupLocal(Object locals) {
            if (locals instanceof PyDict d) {
                return d.getItemStr(name);
            }
            return null;
        }
    }
}
