package org.minipy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.control.GeneratorSupport;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.GeneratorOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyGenerator;
import org.minipy.runtime.PyIterator;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;

/** yield, yield from, and the saving of partial results around them. */
public final class YieldNodes {
    private static final Integer AT_YIELD = 1;

    private YieldNodes() {
    }

    /** {@code yield value}: suspends; on resumption evaluates to the sent value (or raises the thrown one). */
    public static final class YieldNode extends ExprNode implements GeneratorSupport.SuspendingExpr {
        @Child private ExprNode value;
        private final int slot;

        public YieldNode(ExprNode value, int slot) {
            this.value = value;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return GeneratorSupport.valueOrYield(evaluateOrSuspend(frame));
        }

        @Override
        public Object evaluateOrSuspend(VirtualFrame frame) {
            PyGenerator gen = GeneratorSupport.generator(frame);
            if (gen.resuming && frame.getObject(slot) == AT_YIELD) {
                gen.resuming = false;
                frame.setObject(slot, null);
                return gen.takeSent();
            }
            Object v = value == null ? PyNone.NONE : value.execute(frame);
            frame.setObject(slot, AT_YIELD);
            gen.yielded = v;
            return GeneratorSupport.SUSPENDED;
        }
    }

    /** {@code yield from iterable}: delegates next/send/throw to a sub-iterator; evaluates to its return value. */
    public static final class YieldFromNode extends ExprNode implements GeneratorSupport.SuspendingExpr {
        @Child private ExprNode iterable;
        /** Holds the sub-iterator while delegating. */
        private final int iterSlot;
        private final int stateSlot;
        private final boolean await;
        @Child private ResumeGeneratorNode resume = ResumeGeneratorNode.create();

        public YieldFromNode(ExprNode iterable, int iterSlot, int stateSlot, boolean await) {
            this.iterable = iterable;
            this.iterSlot = iterSlot;
            this.stateSlot = stateSlot;
            this.await = await;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return GeneratorSupport.valueOrYield(evaluateOrSuspend(frame));
        }

        @Override
        public Object evaluateOrSuspend(VirtualFrame frame) {
            PyGenerator gen = GeneratorSupport.generator(frame);
            Object iter;
            Object sent = null;
            PException thrown = null;
            if (gen.resuming && frame.getObject(stateSlot) == AT_YIELD) {
                gen.resuming = false;
                frame.setObject(stateSlot, null);
                iter = frame.getObject(iterSlot);
                try {
                    sent = gen.takeSent();
                } catch (PException e) {
                    thrown = e;
                }
            } else {
                Object v = iterable.execute(frame);
                iter = getIter(v);
                frame.setObject(iterSlot, iter);
            }
            if (thrown == null) {
                // the common steps without a boundary: resume a sub-generator, or advance a builtin iterator
                if (iter instanceof PyGenerator g) {
                    Object r = resume.execute(g, sent == null ? PyNone.NONE : sent);
                    if (r == null) {
                        return finish(frame, gen, g.returnValue);
                    }
                    return suspend(frame, gen, iter, r);
                }
                if ((sent == null || sent == PyNone.NONE) && iter instanceof PyIterator pi && pi.getPyType().isBuiltin()) {
                    Object r = pi.next();
                    if (r == null) {
                        // a builtin iterator ends without raising StopIteration; its value is then None
                        return finish(frame, gen, PyNone.NONE);
                    }
                    return suspend(frame, gen, iter, r);
                }
            }
            Object[] result = step(gen, iter, sent, thrown);
            if (result[0] == Boolean.TRUE) {
                return finish(frame, gen, result[1]);
            }
            return suspend(frame, gen, iter, result[1]);
        }

        private Object finish(VirtualFrame frame, PyGenerator gen, Object value) {
            frame.setObject(iterSlot, null);
            gen.yieldFrom = null;
            return value;
        }

        private Object suspend(VirtualFrame frame, PyGenerator gen, Object iter, Object value) {
            gen.yieldFrom = iter;
            frame.setObject(stateSlot, AT_YIELD);
            gen.yielded = value;
            return GeneratorSupport.SUSPENDED;
        }

        @TruffleBoundary
        private Object getIter(Object v) {
            if (await) {
                if (v instanceof PyGenerator g && g.isCoroutine()) {
                    return g;
                }
                Object awaitM = PyObjectOps.type(v).lookup("__await__");
                if (awaitM == null) {
                    throw PException.typeError("object " + PyObjectOps.typeName(v) + " can't be used in 'await' expression");
                }
                return CallOps.callUnbound(awaitM, v, new Object[0], CallOps.NO_KW);
            }
            if (v instanceof PyGenerator g && g.isCoroutine()) {
                throw PException.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return PyObjectOps.getIter(v);
        }

        /** Returns {done, value}: done with the sub-iterator's return value, or not done with a value to yield. */
        @TruffleBoundary
        private static Object[] step(PyGenerator gen, Object iter, Object sent, PException thrown) {
            try {
                Object r;
                if (thrown != null) {
                    if (thrown.isInstance(BuiltinTypes.GENERATOR_EXIT)) {
                        if (iter instanceof PyGenerator g) {
                            GeneratorOps.close(g);
                        } else {
                            Object close = PyObjectOps.type(iter).lookup("close");
                            if (close != null) {
                                CallOps.callUnbound(close, iter, new Object[0], CallOps.NO_KW);
                            }
                        }
                        throw thrown;
                    }
                    if (iter instanceof PyGenerator g) {
                        r = GeneratorOps.resume(g, null, thrown);
                        if (r == null) {
                            return new Object[]{Boolean.TRUE, g.returnValue};
                        }
                        return new Object[]{Boolean.FALSE, r};
                    }
                    Object throwM = PyObjectOps.type(iter).lookup("throw");
                    if (throwM == null) {
                        throw thrown;
                    }
                    r = CallOps.callUnbound(throwM, iter, new Object[]{thrown.getPyException()}, CallOps.NO_KW);
                    return new Object[]{Boolean.FALSE, r};
                }
                // (sub-generators and builtin iterators without a thrown exception are stepped in execute)
                if (sent == null || sent == PyNone.NONE) {
                    Object next = PyObjectOps.type(iter).lookup("__next__");
                    if (next == null) {
                        throw PException.typeError("'" + PyObjectOps.typeName(iter) + "' object is not an iterator");
                    }
                    r = CallOps.callUnbound(next, iter, new Object[0], CallOps.NO_KW);
                } else {
                    r = CallOps.callMethod(iter, "send", sent);
                }
                return new Object[]{Boolean.FALSE, r};
            } catch (PException e) {
                if (e.isInstance(BuiltinTypes.STOP_ITERATION)) {
                    return new Object[]{Boolean.TRUE, stopValue(e)};
                }
                throw e;
            }
        }
    }

    @TruffleBoundary
    public static Object stopValue(PException e) {
        org.minipy.runtime.PyTuple args = e.getPyException().getArgs();
        return args.size() > 0 ? args.get(0) : PyNone.NONE;
    }

    /**
     * Wraps a subexpression evaluated before a yield in the same expression: its value is kept in a slot
     * so that resuming the expression does not evaluate it again.
     */
    public static final class SaveNode extends ExprNode {
        @Child private ExprNode expr;
        private final int slot;

        public SaveNode(ExprNode expr, int slot) {
            this.expr = expr;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (GeneratorSupport.isResuming(frame)) {
                Object v = frame.getObject(slot);
                if (v != null) {
                    return v;
                }
            }
            Object v = expr.execute(frame);
            frame.setObject(slot, v);
            return v;
        }
    }
}
