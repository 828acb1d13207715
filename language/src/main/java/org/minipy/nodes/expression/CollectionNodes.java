package org.minipy.nodes.expression;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExprNode;
import org.minipy.runtime.DictOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySet;
import org.minipy.runtime.PySlice;
import org.minipy.runtime.PyTuple;

/** List, tuple, set and dict displays, and slices. */
public final class CollectionNodes {
    private CollectionNodes() {
    }

    /** Marks an element of a display that is unpacked ({@code *x}). */
    public static final class StarredNode extends ExprNode {
        @Child private ExprNode value;

        public StarredNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value.execute(frame);
        }
    }

    /** Evaluates elements into an array, expanding starred ones. */
    abstract static class ElementsNode extends ExprNode {
        @Children protected final ExprNode[] elements;
        protected final boolean hasStar;

        ElementsNode(ExprNode[] elements) {
            this.elements = elements;
            boolean star = false;
            for (ExprNode e : elements) {
                if (e instanceof StarredNode) {
                    star = true;
                }
            }
            this.hasStar = star;
        }

        @ExplodeLoop
        protected final Object[] evaluate(VirtualFrame frame) {
            if (!hasStar) {
                Object[] values = new Object[elements.length];
                for (int i = 0; i < elements.length; i++) {
                    values[i] = elements[i].execute(frame);
                }
                return values;
            }
            ArrayList<Object> out = new ArrayList<>();
            for (int i = 0; i < elements.length; i++) {
                Object v = elements[i].execute(frame);
                if (elements[i] instanceof StarredNode) {
                    addAll(out, v);
                } else {
                    add(out, v);
                }
            }
            return toArray(out);
        }

        @TruffleBoundary
        private static void add(ArrayList<Object> out, Object v) {
            out.add(v);
        }

        @TruffleBoundary
        private static void addAll(ArrayList<Object> out, Object iterable) {
            for (Object o : PyObjectOps.toArray(iterable)) {
                out.add(o);
            }
        }

        @TruffleBoundary
        private static Object[] toArray(ArrayList<Object> out) {
            return out.toArray();
        }
    }

    public static final class ListNode extends ElementsNode {
        public ListNode(ExprNode[] elements) {
            super(elements);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new PyList(evaluate(frame));
        }
    }

    public static final class TupleNode extends ElementsNode {
        public TupleNode(ExprNode[] elements) {
            super(elements);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (elements.length == 0) {
                return PyTuple.EMPTY;
            }
            return new PyTuple(evaluate(frame));
        }
    }

    public static final class SetNode extends ElementsNode {
        public SetNode(ExprNode[] elements) {
            super(elements);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return build(evaluate(frame));
        }

        @TruffleBoundary
        private static PySet build(Object[] values) {
            PySet s = new PySet();
            for (Object v : values) {
                s.add(v);
            }
            return s;
        }
    }

    /** A set display of more than two constants: a new set merged from the folded frozenset constant, as CPython builds it. */
    public static final class ConstantSetNode extends ExprNode {
        private final PySet constant;

        public ConstantSetNode(PySet constant) {
            this.constant = constant;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return PySet.fromConstant(constant);
        }
    }

    /** {@code {k: v, **m}}: a null key marks a {@code **} unpacking. */
    public static final class DictNode extends ExprNode {
        @Children private final ExprNode[] keys;
        @Children private final ExprNode[] values;
        private final boolean[] unpack;

        public DictNode(ExprNode[] keys, ExprNode[] values, boolean[] unpack) {
            this.keys = keys;
            this.values = values;
            this.unpack = unpack;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            PyDict d = new PyDict(values.length);
            for (int i = 0; i < values.length; i++) {
                if (unpack[i]) {
                    merge(d, values[i].execute(frame));
                } else {
                    Object k = keys[i].execute(frame);
                    Object v = values[i].execute(frame);
                    d.setItem(k, v);
                }
            }
            return d;
        }

        @TruffleBoundary
        private static void merge(PyDict d, Object mapping) {
            if (!(mapping instanceof PyDict) && PyObjectOps.type(mapping).lookup("keys") == null) {
                throw PException.typeError("'" + PyObjectOps.typeName(mapping) + "' object is not a mapping");
            }
            // dict.update's merge: dicts (and subclasses iterating like dict) directly, else keys()
            DictOps.merge(d, mapping);
        }
    }

    public static final class SliceNode extends ExprNode {
        @Child private ExprNode lower;
        @Child private ExprNode upper;
        @Child private ExprNode step;

        public SliceNode(ExprNode lower, ExprNode upper, ExprNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object l = lower == null ? org.minipy.runtime.PyNone.NONE : lower.execute(frame);
            Object u = upper == null ? org.minipy.runtime.PyNone.NONE : upper.execute(frame);
            Object s = step == null ? org.minipy.runtime.PyNone.NONE : step.execute(frame);
            return new PySlice(l, u, s);
        }
    }
}
