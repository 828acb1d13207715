package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.language.PythonContext;
import org.minipy.nodes.ExprNode;
import org.minipy.nodes.PArguments;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyCell;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySuper;
import org.minipy.runtime.PyType;

/** Statements and expressions with one use each. */
public final class SpecialNodes {
    private SpecialNodes() {
    }

    /** {@code target = value}. */
    public static final class SingleAssignNode extends StmtNode {
        @Child private ExprNode value;
        @Child private WriteTargetNode target;

        public SingleAssignNode(ExprNode value, WriteTargetNode target) {
            this.value = value;
            this.target = target;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            target.executeWrite(frame, value.execute(frame));
        }
    }

    /** Creates {@code __annotations__} in a module or class namespace (SETUP_ANNOTATIONS). */
    public static final class SetupAnnotationsNode extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            setup(PArguments.getSpecial(frame), PArguments.getGlobals(frame));
        }

        @TruffleBoundary
        private static void setup(Object locals, PyDict globals) {
            if (locals != null) {
                if (locals instanceof PyDict d) {
                    if (d.getItemStr("__annotations__") == null) {
                        d.setItemStr("__annotations__", new PyDict());
                    }
                } else {
                    PyObjectOps.setItem(locals, "__annotations__", new PyDict());
                }
            } else if (globals.getItemStr("__annotations__") == null) {
                globals.setItemStr("__annotations__", new PyDict());
            }
        }
    }

    /** {@code name: annotation} at module or class level. */
    public static final class StoreAnnotationNode extends StmtNode {
        private final String name;
        @Child private ExprNode annotation;

        public StoreAnnotationNode(String name, ExprNode annotation) {
            this.name = name;
            this.annotation = annotation;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            store(PArguments.getSpecial(frame), PArguments.getGlobals(frame), annotation.execute(frame));
        }

        @TruffleBoundary
        private void store(Object locals, PyDict globals, Object value) {
            Object ann = locals != null ? (locals instanceof PyDict d ? d.getItemStr("__annotations__") : PyObjectOps.getItem(locals, "__annotations__")) : globals.getItemStr("__annotations__");
            PyObjectOps.setItem(ann, name, value);
        }
    }

    /** Interactive mode: an expression statement's value goes to sys.displayhook. */
    public static final class PrintExprNode extends StmtNode {
        @Child private ExprNode expr;

        public PrintExprNode(ExprNode expr) {
            this.expr = expr;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            display(expr.execute(frame));
        }

        @TruffleBoundary
        private void display(Object value) {
            Object hook = PythonContext.get(this).getSysModule().getDict().getItemStr("displayhook");
            if (hook == null) {
                throw PException.runtimeError("lost sys.displayhook");
            }
            CallOps.call(hook, value);
        }
    }

    /** {@code super()} without arguments: the class from the __class__ cell, the first argument of the frame. */
    public static final class ZeroArgSuperNode extends ExprNode {
        @Child private ExprNode superName;
        private final int classSlot;
        private final int firstSlot;
        private final boolean firstIsCell;

        public ZeroArgSuperNode(ExprNode superName, int classSlot, int firstSlot, boolean firstIsCell) {
            this.superName = superName;
            this.classSlot = classSlot;
            this.firstSlot = firstSlot;
            this.firstIsCell = firstIsCell;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object sup = superName.execute(frame);
            if (sup != BuiltinTypes.SUPER) {
                return CallOps.call(sup);
            }
            if (firstSlot < 0) {
                throw PException.runtimeError("super(): no arguments");
            }
            if (classSlot < 0) {
                throw PException.runtimeError("super(): __class__ cell not found");
            }
            Object cls = ((PyCell) frame.getObject(classSlot)).ref;
            Object first = frame.getValue(firstSlot);
            if (firstIsCell && first instanceof PyCell c) {
                first = c.ref;
            }
            if (first == null) {
                throw PException.runtimeError("super(): arg[0] deleted");
            }
            if (!(cls instanceof PyType t)) {
                throw PException.runtimeError("super(): empty __class__ cell");
            }
            return makeSuper(t, first);
        }

        @TruffleBoundary
        public static PySuper makeSuper(PyType t, Object obj) {
            PySuper s = new PySuper(BuiltinTypes.SUPER);
            s.type = t;
            s.obj = obj;
            if (obj instanceof PyType ot && ot.isSubtypeOf(t)) {
                s.objType = ot;
            } else {
                PyType objType = PyObjectOps.type(obj);
                if (!objType.isSubtypeOf(t)) {
                    throw PException.typeError("super(type, obj): obj must be an instance or subtype of type");
                }
                s.objType = objType;
            }
            return s;
        }
    }

    /** A construct minipy does not run yet: raises NotImplementedError when reached. */
    public static final class NotYetNode extends StmtNode {
        private final String what;

        public NotYetNode(String what) {
            this.what = what;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw raise();
        }

        @TruffleBoundary
        private PException raise() {
            return PException.raise(BuiltinTypes.NOT_IMPLEMENTED_ERROR, "minipy does not support the " + what + " yet");
        }
    }

    /** {@code async for}: not supported yet. */
    public static final class AsyncForNode extends StmtNode {
        public AsyncForNode(ExprNode iterable, WriteTargetNode target, StmtNode body, StmtNode orelse, int s1, int s2, int s3) {
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw PException.raise(BuiltinTypes.NOT_IMPLEMENTED_ERROR, "minipy does not support async for yet");
        }
    }

    /** {@code async with}: not supported yet. */
    public static final class AsyncWithNode extends StmtNode {
        public AsyncWithNode(ExprNode ctx, WriteTargetNode target, StmtNode body, int s1, int s2, int s3) {
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw PException.raise(BuiltinTypes.NOT_IMPLEMENTED_ERROR, "minipy does not support async with yet");
        }
    }

    public static final class AsyncComprehensionCallNode extends ExprNode {
        public AsyncComprehensionCallNode(FunctionNodes.MakeFunctionNode f, ExprNode iter) {
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw PException.raise(BuiltinTypes.NOT_IMPLEMENTED_ERROR, "minipy does not support async comprehensions yet");
        }
    }
}
