package org.minipy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.minipy.language.PythonContext;
import org.minipy.nodes.ExprNode;
import org.minipy.nodes.PArguments;
import org.minipy.nodes.PyRootNode;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBaseException;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/** raise, try/except/else, try/finally, with, assert. */
public final class ExceptionNodes {
    private ExceptionNodes() {
    }

    static PyCode codeOf(Node node) {
        RootNode root = node.getRootNode();
        return root instanceof PyRootNode pr ? pr.getCode() : null;
    }

    /** Records this frame in the traceback of an exception caught here. */
    static void flushTraceback(Node node, VirtualFrame frame, PException e) {
        if (e.getTracebackLocation() != null) {
            PyCode code = codeOf(node);
            if (code != null) {
                PyRootNode.addTracebackEntry(e, code, PArguments.getGlobals(frame));
            }
        }
        // from here on the exception has its entry for this frame
        e.setTracebackLocation(PException.RECORDED);
    }

    /** Sets the implicit exception context of an exception raised while {@code handled} was being handled. */
    @TruffleBoundary
    static void chain(PException raised, PyBaseException handled) {
        PyBaseException exc = raised.getPyException();
        if (exc == handled) {
            return;
        }
        if (exc.getContext() == PyNone.NONE) {
            // avoid cycles as CPython does
            Object o = handled.getContext();
            PyBaseException prev = handled;
            while (o instanceof PyBaseException c) {
                if (c == exc) {
                    prev.setContext(PyNone.NONE);
                    break;
                }
                prev = c;
                o = c.getContext();
            }
            exc.setContext(handled);
        }
    }

    // ================================================================== raise

    public static final class RaiseNode extends StmtNode {
        @Child private ExprNode exception;
        @Child private ExprNode cause;
        /** Frame slot holding the exception of the innermost enclosing handler, or -1. */
        private final int handlerSlot;

        public RaiseNode(ExprNode exception, ExprNode cause, int handlerSlot) {
            this.exception = exception;
            this.cause = cause;
            this.handlerSlot = handlerSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (exception == null) {
                Object current = handlerSlot >= 0 ? frame.getObject(handlerSlot) : null;
                throw reraise(current);
            }
            Object exc = exception.execute(frame);
            Object c = cause == null ? null : cause.execute(frame);
            throw raise(exc, c, cause != null);
        }

        @TruffleBoundary
        private PException reraise(Object current) {
            Object e = current;
            if (!(e instanceof PyBaseException)) {
                e = PythonContext.get(this).currentException;
            }
            if (e instanceof PyBaseException pe) {
                PException pex = pe.getException();
                if (pex == null) {
                    pex = new PException(pe, null);
                }
                pex.setTracebackLocation(PException.RECORDED);
                return pex;
            }
            return PException.runtimeError("No active exception to reraise");
        }

        @TruffleBoundary
        private PException raise(Object excValue, Object causeValue, boolean hasCause) {
            PyBaseException exc = toException(excValue, false);
            if (hasCause) {
                if (causeValue == PyNone.NONE) {
                    exc.setCause(PyNone.NONE);
                } else {
                    exc.setCause(toException(causeValue, true));
                }
                exc.setSuppressContext(true);
            }
            return new PException(exc, this);
        }

        @TruffleBoundary
        static PyBaseException toException(Object v, boolean isCause) {
            if (v instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
                Object inst = CallOps.call(t);
                if (!(inst instanceof PyBaseException pe)) {
                    throw PException.typeError("calling " + PyObjectOps.repr(t) + " should have returned an instance of BaseException, not " + PyObjectOps.typeName(inst));
                }
                return pe;
            }
            if (v instanceof PyBaseException pe) {
                return pe;
            }
            if (isCause) {
                throw PException.typeError("exception causes must derive from BaseException");
            }
            throw PException.typeError("exceptions must derive from BaseException");
        }
    }

    // ================================================================== try / except

    /** One {@code except [type [as name]]:} clause. */
    public static final class ExceptHandlerNode extends Node {
        @Child private ExprNode type;
        @Child private WriteTargetNode target;
        @Child private StmtNode deleteTarget;
        @Child private StmtNode body;

        public ExceptHandlerNode(ExprNode type, WriteTargetNode target, StmtNode deleteTarget, StmtNode body) {
            this.type = type;
            this.target = target;
            this.deleteTarget = deleteTarget;
            this.body = body;
        }

        boolean matches(VirtualFrame frame, PException e) {
            if (type == null) {
                return true;
            }
            return matchesType(type.execute(frame), e.getPyException());
        }

        @TruffleBoundary
        static boolean matchesType(Object t, PyBaseException exc) {
            if (t instanceof PyType pt) {
                if (!pt.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
                    throw PException.typeError("catching classes that do not inherit from BaseException is not allowed");
                }
                return exc.getPyType().isSubtypeOf(pt);
            }
            if (t instanceof PyTuple tuple) {
                for (Object o : tuple.getItems()) {
                    if (matchesType(o, exc)) {
                        return true;
                    }
                }
                return false;
            }
            throw PException.typeError("catching classes that do not inherit from BaseException is not allowed");
        }

        void run(VirtualFrame frame, PException e, boolean resuming) {
            if (!resuming && target != null) {
                target.executeWrite(frame, e.getPyException());
            }
            try {
                body.executeVoid(frame);
            } catch (ControlExceptions.YieldException y) {
                throw y;
            } catch (PException | ControlFlowException ex) {
                if (deleteTarget != null) {
                    deleteTarget.executeVoid(frame);
                }
                throw ex;
            }
            if (deleteTarget != null) {
                deleteTarget.executeVoid(frame);
            }
        }
    }

    public static final class TryExceptNode extends StmtNode {
        @Child private StmtNode body;
        @Children private final ExceptHandlerNode[] handlers;
        @Child private StmtNode orelse;
        /** Slot where the handled exception is kept (bare raise, generators). */
        private final int excSlot;
        private final int genSlot;
        private final BranchProfile caught = BranchProfile.create();

        public TryExceptNode(StmtNode body, ExceptHandlerNode[] handlers, StmtNode orelse, int excSlot, int genSlot) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.excSlot = excSlot;
            this.genSlot = genSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            int resumeState = 0;
            if (genSlot >= 0 && GeneratorSupport.isResuming(frame)) {
                resumeState = GeneratorSupport.getState(frame, genSlot);
            }
            if (resumeState >= 2 && resumeState < 1000) {
                PyBaseException exc = (PyBaseException) frame.getObject(excSlot);
                runHandler(frame, resumeState - 2, exc.getException(), true);
                return;
            }
            if (resumeState != 1000) {
                if (genSlot >= 0) {
                    GeneratorSupport.setState(frame, genSlot, 1);
                }
                try {
                    body.executeVoid(frame);
                } catch (PException e) {
                    caught.enter();
                    handle(frame, e);
                    return;
                }
            }
            if (orelse != null) {
                if (genSlot >= 0) {
                    GeneratorSupport.setState(frame, genSlot, 1000);
                }
                orelse.executeVoid(frame);
            }
            if (genSlot >= 0) {
                GeneratorSupport.setState(frame, genSlot, 0);
            }
        }

        @ExplodeLoop
        private void handle(VirtualFrame frame, PException e) {
            flushTraceback(this, frame, e);
            for (int i = 0; i < handlers.length; i++) {
                if (handlers[i].matches(frame, e)) {
                    runHandler(frame, i, e, false);
                    return;
                }
            }
            throw e;
        }

        private void runHandler(VirtualFrame frame, int index, PException e, boolean resuming) {
            PythonContext ctx = PythonContext.get(this);
            Object saved = ctx.currentException;
            Object savedSlot = frame.getObject(excSlot);
            if (saved instanceof PyBaseException outer && !resuming) {
                // raised while another exception was being handled: that one is its context
                chain(e, outer);
            }
            ctx.currentException = e.getPyException();
            frame.setObject(excSlot, e.getPyException());
            if (genSlot >= 0) {
                GeneratorSupport.setState(frame, genSlot, 2 + index);
            }
            try {
                runSelected(frame, index, e, resuming);
            } catch (PException inner) {
                chain(inner, e.getPyException());
                throw inner;
            } catch (ControlExceptions.YieldException y) {
                ctx.currentException = saved;
                throw y;
            } finally {
                ctx.currentException = saved;
            }
            frame.setObject(excSlot, savedSlot);
            if (genSlot >= 0) {
                GeneratorSupport.setState(frame, genSlot, 0);
            }
        }

        @ExplodeLoop
        private void runSelected(VirtualFrame frame, int index, PException e, boolean resuming) {
            for (int i = 0; i < handlers.length; i++) {
                if (i == index) {
                    handlers[i].run(frame, e, resuming);
                    return;
                }
            }
        }
    }

    // ================================================================== try / finally

    public static final class TryFinallyNode extends StmtNode {
        @Child private StmtNode body;
        @Child private StmtNode finalbody;
        private final int genSlot;
        /** Holds a pending exception while a generator is suspended in the finally block. */
        private final int pendingSlot;

        public TryFinallyNode(StmtNode body, StmtNode finalbody, int genSlot, int pendingSlot) {
            this.body = body;
            this.finalbody = finalbody;
            this.genSlot = genSlot;
            this.pendingSlot = pendingSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (genSlot >= 0 && GeneratorSupport.isResuming(frame) && GeneratorSupport.getState(frame, genSlot) == 2) {
                Object pending = frame.getObject(pendingSlot);
                runFinally(frame, pending instanceof PException p ? p : null);
                if (pending instanceof PException p) {
                    throw p;
                } else if (pending instanceof ControlFlowException cfe) {
                    throw cfe;
                }
                return;
            }
            if (genSlot >= 0) {
                GeneratorSupport.setState(frame, genSlot, 1);
            }
            try {
                body.executeVoid(frame);
            } catch (ControlExceptions.YieldException y) {
                throw y;
            } catch (ControlFlowException cfe) {
                if (genSlot >= 0) {
                    frame.setObject(pendingSlot, cfe);
                }
                runFinally(frame, null);
                throw cfe;
            } catch (PException e) {
                flushTraceback(this, frame, e);
                if (genSlot >= 0) {
                    frame.setObject(pendingSlot, e);
                }
                runFinally(frame, e);
                throw e;
            }
            if (genSlot >= 0) {
                frame.setObject(pendingSlot, null);
            }
            runFinally(frame, null);
        }

        private void runFinally(VirtualFrame frame, PException pending) {
            if (genSlot >= 0) {
                GeneratorSupport.setState(frame, genSlot, 2);
            }
            if (pending == null) {
                finalbody.executeVoid(frame);
            } else {
                PythonContext ctx = PythonContext.get(this);
                Object saved = ctx.currentException;
                ctx.currentException = pending.getPyException();
                try {
                    finalbody.executeVoid(frame);
                } catch (PException inner) {
                    chain(inner, pending.getPyException());
                    throw inner;
                } finally {
                    ctx.currentException = saved;
                }
            }
            if (genSlot >= 0) {
                GeneratorSupport.setState(frame, genSlot, 0);
                frame.setObject(pendingSlot, null);
            }
        }
    }

    // ================================================================== with

    public static final class WithNode extends StmtNode {
        @Child private ExprNode context;
        @Child private WriteTargetNode target;
        @Child private StmtNode body;
        /** Slots keeping the manager and its __exit__ across generator suspensions. */
        private final int mgrSlot;
        private final int genSlot;
        private final boolean async;

        public WithNode(ExprNode context, WriteTargetNode target, StmtNode body, int mgrSlot, int genSlot, boolean async) {
            this.context = context;
            this.target = target;
            this.body = body;
            this.mgrSlot = mgrSlot;
            this.genSlot = genSlot;
            this.async = async;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object[] mgrExit;
            if (genSlot >= 0 && GeneratorSupport.isResuming(frame) && GeneratorSupport.getState(frame, genSlot) == 1) {
                mgrExit = (Object[]) frame.getObject(mgrSlot);
            } else {
                Object mgr = context.execute(frame);
                mgrExit = enter(mgr);
                if (genSlot >= 0) {
                    frame.setObject(mgrSlot, mgrExit);
                    GeneratorSupport.setState(frame, genSlot, 1);
                }
                if (target != null) {
                    target.executeWrite(frame, mgrExit[2]);
                }
            }
            try {
                body.executeVoid(frame);
            } catch (ControlExceptions.YieldException y) {
                throw y;
            } catch (ControlFlowException cfe) {
                exitNormally(mgrExit);
                throw cfe;
            } catch (PException e) {
                flushTraceback(this, frame, e);
                if (genSlot >= 0) {
                    GeneratorSupport.setState(frame, genSlot, 0);
                }
                if (!exitWithException(mgrExit, e)) {
                    throw e;
                }
                return;
            }
            if (genSlot >= 0) {
                GeneratorSupport.setState(frame, genSlot, 0);
            }
            exitNormally(mgrExit);
        }

        /** Returns {manager, bound __exit__, value of __enter__}. */
        @TruffleBoundary
        private Object[] enter(Object mgr) {
            PyType t = PyObjectOps.type(mgr);
            Object enter = t.lookup("__enter__");
            Object exit = t.lookup("__exit__");
            if (enter == null) {
                throw PException.typeError("'" + t.getName() + "' object does not support the context manager protocol");
            }
            if (exit == null) {
                throw PException.typeError("'" + t.getName() + "' object does not support the context manager protocol (missed __exit__ method)");
            }
            Object boundExit = PyObjectOps.descrGet(exit, mgr, t);
            Object value = CallOps.callUnbound(enter, mgr, new Object[0], CallOps.NO_KW);
            return new Object[]{mgr, boundExit, value};
        }

        @TruffleBoundary
        private static void exitNormally(Object[] mgrExit) {
            CallOps.call(mgrExit[1], PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }

        @TruffleBoundary
        private boolean exitWithException(Object[] mgrExit, PException e) {
            PythonContext ctx = PythonContext.get(this);
            Object saved = ctx.currentException;
            ctx.currentException = e.getPyException();
            try {
                PyBaseException exc = e.getPyException();
                Object tb = exc.getTraceback() == null ? PyNone.NONE : exc.getTraceback();
                Object r = CallOps.call(mgrExit[1], exc.getPyType(), exc, tb);
                return PyObjectOps.isTrue(r);
            } catch (PException inner) {
                chain(inner, e.getPyException());
                throw inner;
            } finally {
                ctx.currentException = saved;
            }
        }
    }

    // ================================================================== assert

    public static final class AssertNode extends StmtNode {
        @Child private org.minipy.nodes.expression.ConditionNode test;
        @Child private ExprNode message;

        public AssertNode(org.minipy.nodes.expression.ConditionNode test, ExprNode message) {
            this.test = test;
            this.message = message;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (!test.execute(frame)) {
                CompilerDirectives.transferToInterpreter();
                Object msg = message == null ? null : message.execute(frame);
                throw failed(msg);
            }
        }

        @TruffleBoundary
        private PException failed(Object msg) {
            PyBaseException exc = msg == null ? (PyBaseException) CallOps.call(BuiltinTypes.ASSERTION_ERROR) : (PyBaseException) CallOps.call(BuiltinTypes.ASSERTION_ERROR, msg);
            return new PException(exc, this);
        }
    }
}
