package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.call.CallDispatchNode;
import org.minipy.nodes.control.IterNodes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PySet;

/**
 * Comprehensions run as nested functions, as in CPython 3.11: the first iterable is evaluated in the
 * enclosing scope, turned into an iterator and passed as the hidden argument {@code .0}.
 */
public final class ComprehensionNodes {
    private ComprehensionNodes() {
    }

    public static final class ComprehensionCallNode extends ExprNode {
        @Child private FunctionNodes.MakeFunctionNode function;
        @Child private ExprNode iterable;
        @Child private IterNodes.GetIterNode getIter = IterNodes.GetIterNode.create();
        @Child private CallDispatchNode call = CallDispatchNode.create(1, new String[0]);

        public ComprehensionCallNode(FunctionNodes.MakeFunctionNode function, ExprNode iterable) {
            this.function = function;
            this.iterable = iterable;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object f = function.execute(frame);
            Object it = getIter.execute(iterable.execute(frame));
            try {
                return call.execute(frame, f, null, new Object[]{it});
            } catch (PException e) {
                if (e.getTracebackLocation() == null) {
                    e.setTracebackLocation(this);
                }
                throw e;
            }
        }
    }

    /** {@code result.append(value)} inside a list comprehension; the list is in a frame slot. */
    public static final class ListAppendNode extends StmtNode {
        private final int slot;
        @Child private ExprNode value;

        public ListAppendNode(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            ((PyList) frame.getObject(slot)).append(value.execute(frame));
        }
    }

    public static final class SetAddNode extends StmtNode {
        private final int slot;
        @Child private ExprNode value;

        public SetAddNode(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            add((PySet) frame.getObject(slot), value.execute(frame));
        }

        @TruffleBoundary
        private static void add(PySet s, Object v) {
            s.add(v);
        }
    }

    public static final class DictSetNode extends StmtNode {
        private final int slot;
        @Child private ExprNode key;
        @Child private ExprNode value;

        public DictSetNode(int slot, ExprNode key, ExprNode value) {
            this.slot = slot;
            this.key = key;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object k = key.execute(frame);
            Object v = value.execute(frame);
            ((PyDict) frame.getObject(slot)).setItem(k, v);
        }
    }

    /** Initializes a comprehension's result container in its slot. */
    public static final class InitResultNode extends StmtNode {
        private final int slot;
        private final int kind;

        public InitResultNode(int slot, int kind) {
            this.slot = slot;
            this.kind = kind;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(slot, kind == 0 ? new PyList() : kind == 1 ? new PySet() : new PyDict());
        }
    }
}
