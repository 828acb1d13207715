package org.minipy.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.StmtNode;
import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTuple;

/** Assignment statements: plain, chained, unpacking and augmented. */
public final class AssignNodes {
    private AssignNodes() {
    }

    /** {@code t1 = t2 = value}. */
    public static final class AssignNode extends StmtNode {
        @Child private ExprNode value;
        @Children private final WriteTargetNode[] targets;

        public AssignNode(ExprNode value, WriteTargetNode[] targets) {
            this.value = value;
            this.targets = targets;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object v = value.execute(frame);
            for (WriteTargetNode t : targets) {
                t.executeWrite(frame, v);
            }
        }
    }

    /** {@code a, *b, c = value}. */
    public static final class UnpackTargetNode extends WriteTargetNode {
        @Children private final WriteTargetNode[] targets;
        /** Index of the starred target, or -1. */
        private final int starIndex;

        /**
         * True when no target can change a list (locals, cells, globals and nested unpacking of
         * those): the items of a list can then be read from its store without a copy.
         */
        private final boolean plainTargets;

        public UnpackTargetNode(WriteTargetNode[] targets, int starIndex) {
            this.targets = targets;
            this.starIndex = starIndex;
            boolean plain = true;
            for (WriteTargetNode t : targets) {
                if (!(t instanceof WriteLocalNode || t instanceof CellNodes.WriteCellNode || t instanceof GlobalWriteNodes.WriteGlobalNode ||
                                t instanceof UnpackTargetNode u && u.plainTargets)) {
                    plain = false;
                }
            }
            this.plainTargets = plain;
        }

        @Override
        @ExplodeLoop
        public void executeWrite(VirtualFrame frame, Object value) {
            Object[] items = unpack(value);
            if (starIndex < 0) {
                for (int i = 0; i < targets.length; i++) {
                    targets[i].executeWrite(frame, items[i]);
                }
                return;
            }
            int after = targets.length - starIndex - 1;
            for (int i = 0; i < targets.length; i++) {
                if (i < starIndex) {
                    targets[i].executeWrite(frame, items[i]);
                } else if (i == starIndex) {
                    targets[i].executeWrite(frame, starList(items, starIndex, items.length - after));
                } else {
                    targets[i].executeWrite(frame, items[items.length - (targets.length - i)]);
                }
            }
        }

        @TruffleBoundary
        private static PyList starList(Object[] items, int from, int to) {
            Object[] out = new Object[Math.max(0, to - from)];
            System.arraycopy(items, from, out, 0, out.length);
            return new PyList(out);
        }

        private Object[] unpack(Object value) {
            int n = targets.length;
            if (starIndex < 0) {
                if (value instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE && t.size() == n) {
                    return t.getItems();
                }
                if (value instanceof PyList l && l.getPyType() == BuiltinTypes.LIST && l.size() == n) {
                    return plainTargets ? l.getStore() : l.toArray();
                }
            }
            return unpackSlow(value, n, starIndex);
        }

        @TruffleBoundary
        private static Object[] unpackSlow(Object value, int n, int starIndex) {
            Object it;
            try {
                it = PyObjectOps.getIter(value);
            } catch (PException e) {
                if (e.isInstance(BuiltinTypes.TYPE_ERROR) && PyObjectOps.type(value).lookup("__iter__") == null && PyObjectOps.type(value).lookup("__getitem__") == null) {
                    throw PException.typeError("cannot unpack non-iterable " + PyObjectOps.typeName(value) + " object");
                }
                throw e;
            }
            java.util.ArrayList<Object> items = new java.util.ArrayList<>();
            if (starIndex < 0) {
                for (int i = 0; i < n; i++) {
                    Object v = PyObjectOps.next(it);
                    if (v == null) {
                        throw PException.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                    }
                    items.add(v);
                }
                if (PyObjectOps.next(it) != null) {
                    throw PException.valueError("too many values to unpack (expected " + n + ")");
                }
                return items.toArray();
            }
            Object v;
            while ((v = PyObjectOps.next(it)) != null) {
                items.add(v);
            }
            if (items.size() < n - 1) {
                throw PException.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got " + items.size() + ")");
            }
            return items.toArray();
        }
    }

    /** The in-place operator of {@code target op= value}. */
    public abstract static class InplaceOpNode extends Node {
        protected final BinaryOp op;

        protected InplaceOpNode(BinaryOp op) {
            this.op = op;
        }

        public static InplaceOpNode create(BinaryOp op) {
            return AssignNodesFactory.InplaceOpNodeGen.create(op);
        }

        public abstract Object execute(Object left, Object right);

        @Specialization(guards = "op == ADD", rewriteOn = ArithmeticException.class)
        protected long addLong(long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization(guards = "op == SUB", rewriteOn = ArithmeticException.class)
        protected long subLong(long a, long b) {
            return Math.subtractExact(a, b);
        }

        @Specialization(guards = "op == MUL", rewriteOn = ArithmeticException.class)
        protected long mulLong(long a, long b) {
            return Math.multiplyExact(a, b);
        }

        @Specialization(guards = "op == ADD")
        protected double addDouble(double a, double b) {
            return a + b;
        }

        @Specialization(guards = "op == SUB")
        protected double subDouble(double a, double b) {
            return a - b;
        }

        @Specialization(guards = "op == MUL")
        protected double mulDouble(double a, double b) {
            return a * b;
        }

        @Specialization(guards = "op == ADD")
        protected double addLongDouble(long a, double b) {
            return a + b;
        }

        @Specialization(guards = "op == ADD")
        protected double addDoubleLong(double a, long b) {
            return a + b;
        }

        @Specialization(guards = "op == ADD")
        @TruffleBoundary
        protected String addString(String a, String b) {
            return a.concat(b);
        }

        @Fallback
        protected Object generic(Object a, Object b) {
            return BinaryOps.inplaceOp(a, b, op);
        }

        static final BinaryOp ADD = BinaryOp.ADD;
        static final BinaryOp SUB = BinaryOp.SUB;
        static final BinaryOp MUL = BinaryOp.MUL;
    }

    /** {@code name op= value} for names: read, operate, write. */
    public static final class AugAssignNameNode extends StmtNode {
        @Child private ExprNode read;
        @Child private ExprNode value;
        @Child private InplaceOpNode op;
        @Child private WriteTargetNode write;

        public AugAssignNameNode(ExprNode read, ExprNode value, BinaryOp op, WriteTargetNode write) {
            this.read = read;
            this.value = value;
            this.op = InplaceOpNode.create(op);
            this.write = write;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object l = read.execute(frame);
            Object r = value.execute(frame);
            write.executeWrite(frame, op.execute(l, r));
        }
    }

    /** {@code obj.name op= value}: obj is evaluated once. */
    public static final class AugAssignAttrNode extends StmtNode {
        @Child private ExprNode receiver;
        @Child private ExprNode value;
        @Child private InplaceOpNode op;
        @Child private org.minipy.nodes.object.GetAttrNode get;
        @Child private org.minipy.nodes.object.AttributeNodes.SetAttrNode set;

        public AugAssignAttrNode(ExprNode receiver, String name, ExprNode value, BinaryOp op) {
            this.receiver = receiver;
            this.value = value;
            this.op = InplaceOpNode.create(op);
            this.get = org.minipy.nodes.object.GetAttrNode.create(name);
            this.set = org.minipy.nodes.object.AttributeNodes.SetAttrNode.create(name);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object obj = receiver.execute(frame);
            Object l = get.execute(frame, obj);
            Object r = value.execute(frame);
            set.execute(obj, op.execute(l, r));
        }
    }

    /** {@code obj[key] op= value}: obj and key are evaluated once. */
    public static final class AugAssignItemNode extends StmtNode {
        @Child private ExprNode obj;
        @Child private ExprNode key;
        @Child private ExprNode value;
        @Child private InplaceOpNode op;
        @Child private org.minipy.nodes.object.SubscriptNodes.GetItemNode get = org.minipy.nodes.object.SubscriptNodes.GetItemNode.createDetached();
        @Child private org.minipy.nodes.object.SubscriptNodes.SetItemNode set = org.minipy.nodes.object.SubscriptNodes.SetItemNode.create();

        public AugAssignItemNode(ExprNode obj, ExprNode key, ExprNode value, BinaryOp op) {
            this.obj = obj;
            this.key = key;
            this.value = value;
            this.op = InplaceOpNode.create(op);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object o = obj.execute(frame);
            Object k = key.execute(frame);
            Object l = get.executeItem(o, k);
            Object r = value.execute(frame);
            set.execute(o, k, op.execute(l, r));
        }
    }

    @CompilationFinal static int unused;
}
