package org.minipy.nodes.object;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PyBuiltinFunction;
import org.minipy.runtime.PyObject;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyType;

/** Attribute expressions and stores. */
public final class AttributeNodes {
    private AttributeNodes() {
    }

    /** {@code receiver.name}. */
    public static final class GetAttributeNode extends ExprNode {
        @Child private ExprNode receiver;
        @Child private GetAttrNode getAttr;

        public GetAttributeNode(ExprNode receiver, String name) {
            this.receiver = receiver;
            this.getAttr = GetAttrNode.create(name);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return getAttr.execute(frame, receiver.execute(frame));
        }
    }

    /** Stores {@code obj.name = value} with a per-site cache for plain instance attributes. */
    @GenerateInline(false)
    public abstract static class SetAttrNode extends Node {
        protected final String name;

        protected SetAttrNode(String name) {
            this.name = name;
        }

        public static SetAttrNode create(String name) {
            return AttributeNodesFactory.SetAttrNodeGen.create(name);
        }

        public abstract void execute(Object obj, Object value);

        @Specialization(guards = {"self.getPyType() == cachedType", "plainStore"}, assumptions = "typeStable", limit = "4")
        protected void writeInstance(PyObject self, Object value,
                        @Cached("self.getPyType()") PyType cachedType,
                        @Cached("cachedType.getStableAssumption()") Assumption typeStable,
                        @Cached("isPlainStore(cachedType)") boolean plainStore,
                        @CachedLibrary(limit = "4") DynamicObjectLibrary lib) {
            if (lib.containsKey(self, PyObject.DICT_KEY)) {
                slowPath(self, value);
                return;
            }
            lib.put(self, name, value);
        }

        @Specialization(replaces = "writeInstance")
        protected void writeGeneric(Object self, Object value) {
            slowPath(self, value);
        }

        @TruffleBoundary
        private void slowPath(Object self, Object value) {
            PyObjectOps.setAttr(self, name, value);
        }

        @TruffleBoundary
        protected final boolean isPlainStore(PyType type) {
            if (type.isBuiltin() || !type.hasInstanceDict() || type.isSubtypeOf(BuiltinTypes.TYPE) || type.isSubtypeOf(BuiltinTypes.MODULE)) {
                return false;
            }
            Object sa = type.lookup("__setattr__");
            if (!(sa instanceof PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT)) {
                return false;
            }
            Object attr = type.lookup(name);
            return attr == null || !PyObjectOps.isDataDescriptor(attr);
        }
    }

    /** Assignment target {@code receiver.name}. */
    public static final class SetAttributeTargetNode extends WriteTargetNode {
        @Child private ExprNode receiver;
        @Child private SetAttrNode setAttr;

        public SetAttributeTargetNode(ExprNode receiver, String name) {
            this.receiver = receiver;
            this.setAttr = SetAttrNode.create(name);
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object value) {
            setAttr.execute(receiver.execute(frame), value);
        }
    }

    public static final class DelAttributeNode extends StmtNode {
        @Child private ExprNode receiver;
        private final String name;

        public DelAttributeNode(ExprNode receiver, String name) {
            this.receiver = receiver;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            del(receiver.execute(frame));
        }

        @TruffleBoundary
        private void del(Object obj) {
            PyObjectOps.delAttr(obj, name);
        }
    }
}
