package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.expression.BinaryNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyStrOps;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.SubscriptOps;

/** {@code obj[key]} loads, stores and deletes. */
public final class SubscriptNodes {
    private SubscriptNodes() {
    }

    static boolean isList(Object o) {
        return o instanceof PyList l && l.getPyType() == BuiltinTypes.LIST;
    }

    /** {@code obj[key]}: left is the object, right the key. */
    public abstract static class GetItemNode extends BinaryNode {
        /** {@code obj[key]} on values already evaluated (the node is then made with no children). */
        public abstract Object executeItem(Object obj, Object key);

        public static GetItemNode createDetached() {
            return SubscriptNodesFactory.GetItemNodeGen.create(null, null);
        }

        @Specialization(guards = "isExactList(l)")
        static Object doList(PyList l, long index) {
            long i = index < 0 ? index + l.size() : index;
            if (i < 0 || i >= l.size()) {
                CompilerDirectives.transferToInterpreter();
                throw PException.indexError("list index out of range");
            }
            return l.get((int) i);
        }

        @Specialization(guards = "isExactTuple(t)")
        static Object doTuple(PyTuple t, long index) {
            long i = index < 0 ? index + t.size() : index;
            if (i < 0 || i >= t.size()) {
                CompilerDirectives.transferToInterpreter();
                throw PException.indexError("tuple index out of range");
            }
            return t.get((int) i);
        }

        static boolean isAstral(String s) {
            return PyStrOps.hasPairs(s);
        }

        @Specialization(guards = "!isAstral(s)")
        static Object doString(String s, long index) {
            long i = index < 0 ? index + s.length() : index;
            if (i < 0 || i >= s.length()) {
                CompilerDirectives.transferToInterpreter();
                throw PException.indexError("string index out of range");
            }
            return PyStrOps.charToString(s.charAt((int) i));
        }

        @Specialization(guards = "isExactDict(d)")
        static Object doDictStr(PyDict d, String key) {
            int ix = d.findEntryStrFast(key);
            if (ix >= 0) {
                return d.getValueAt(ix);
            }
            return doDict(d, key);
        }

        @Specialization(guards = "isExactDict(d)")
        static Object doDictLong(PyDict d, long key) {
            int ix = d.findEntryLongFast(key);
            if (ix >= 0) {
                return d.getValueAt(ix);
            }
            return doDict(d, key);
        }

        @Specialization(guards = "isExactDict(d)", replaces = {"doDictStr", "doDictLong"})
        static Object doDict(PyDict d, Object key) {
            Object v = d.getItem(key);
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                throw PException.keyError(key);
            }
            return v;
        }

        @Fallback
        static Object doGeneric(Object obj, Object key) {
            return SubscriptOps.getItem(obj, key);
        }

        static boolean isExactList(PyList l) {
            return l.getPyType() == BuiltinTypes.LIST;
        }

        static boolean isExactTuple(PyTuple t) {
            return t.getPyType() == BuiltinTypes.TUPLE;
        }

        static boolean isExactDict(PyDict d) {
            return d.getPyType() == BuiltinTypes.DICT;
        }
    }

    /** Stores {@code obj[key] = value}. */
    @com.oracle.truffle.api.dsl.GenerateInline(false)
    public abstract static class SetItemNode extends com.oracle.truffle.api.nodes.Node {
        public abstract void execute(Object obj, Object key, Object value);

        public static SetItemNode create() {
            return SubscriptNodesFactory.SetItemNodeGen.create();
        }

        @Specialization(guards = "isExactList(l)")
        static void doList(PyList l, long index, Object value) {
            long i = index < 0 ? index + l.size() : index;
            if (i < 0 || i >= l.size()) {
                CompilerDirectives.transferToInterpreter();
                throw PException.indexError("list assignment index out of range");
            }
            l.set((int) i, value);
        }

        @Specialization(guards = "isExactDict(d)")
        static void doDictStr(PyDict d, String key, Object value) {
            int ix = d.findEntryStrFast(key);
            if (ix >= 0) {
                d.setValueAt(ix, value);
            } else {
                d.setItem(key, value);
            }
        }

        @Specialization(guards = "isExactDict(d)")
        static void doDictLong(PyDict d, long key, Object value) {
            int ix = d.findEntryLongFast(key);
            if (ix >= 0) {
                d.setValueAt(ix, value);
            } else {
                d.setItem(key, value);
            }
        }

        @Specialization(guards = "isExactDict(d)", replaces = {"doDictStr", "doDictLong"})
        static void doDict(PyDict d, Object key, Object value) {
            d.setItem(key, value);
        }

        @Fallback
        static void doGeneric(Object obj, Object key, Object value) {
            SubscriptOps.setItem(obj, key, value);
        }

        static boolean isExactList(PyList l) {
            return l.getPyType() == BuiltinTypes.LIST;
        }

        static boolean isExactDict(PyDict d) {
            return d.getPyType() == BuiltinTypes.DICT;
        }
    }

    /** Assignment target {@code obj[key]}. */
    public static final class SetItemTargetNode extends WriteTargetNode {
        @Child private ExprNode obj;
        @Child private ExprNode key;
        @Child private SetItemNode setItem = SetItemNode.create();

        public SetItemTargetNode(ExprNode obj, ExprNode key) {
            this.obj = obj;
            this.key = key;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object value) {
            Object o = obj.execute(frame);
            Object k = key.execute(frame);
            setItem.execute(o, k, value);
        }
    }

    public static final class DelItemNode extends StmtNode {
        @Child private ExprNode obj;
        @Child private ExprNode key;

        public DelItemNode(ExprNode obj, ExprNode key) {
            this.obj = obj;
            this.key = key;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            del(obj.execute(frame), key.execute(frame));
        }

        @TruffleBoundary
        private static void del(Object o, Object k) {
            SubscriptOps.delItem(o, k);
        }
    }
}
