package org.minipy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.runtime.PyRange;

/**
 * {@code for target in iterable: body else: orelse}, as a Truffle loop node. The iterator lives in a
 * frame slot so that on-stack replacement and generator resumption can find it.
 * <p>
 * A loop over a {@code range} of machine ints (outside generators) keeps no iterator object: the
 * iterator slot holds the count of values left (a long), and two more slots hold the next value and
 * the step, so the loop runs on unboxed longs.
 */
public final class ForNode extends StmtNode {
    @Child private ExprNode iterable;
    @Child private IterNodes.GetIterNode getIter = IterNodes.GetIterNode.create();
    @Child private LoopNode loop;
    @Child private StmtNode orelse;
    private final int iterSlot;
    private final int genSlot;
    private final int valueSlot;
    private final int stepSlot;
    @CompilationFinal private boolean seenRange;
    @CompilationFinal private boolean seenOther;

    public ForNode(ExprNode iterable, WriteTargetNode target, StmtNode body, StmtNode orelse, int iterSlot, int genSlot) {
        this(iterable, target, body, orelse, iterSlot, genSlot, -1, -1);
    }

    public ForNode(ExprNode iterable, WriteTargetNode target, StmtNode body, StmtNode orelse, int iterSlot, int genSlot, int valueSlot, int stepSlot) {
        this.iterable = iterable;
        this.orelse = orelse;
        this.iterSlot = iterSlot;
        this.genSlot = genSlot;
        this.valueSlot = genSlot >= 0 ? -1 : valueSlot;
        this.stepSlot = genSlot >= 0 ? -1 : stepSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new ForRepeatingNode(target, body, iterSlot, genSlot, this.valueSlot, this.stepSlot));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (genSlot >= 0) {
            executeSuspendable(frame);
            return;
        }
        start(frame);
        Object result = loop.execute(frame);
        frame.setObject(iterSlot, null);
        if (result != WhileNode.BROKEN && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @Override
    public boolean runSuspendable(VirtualFrame frame) {
        if (genSlot < 0) {
            return super.runSuspendable(frame);
        }
        if (GeneratorSupport.isResuming(frame)) {
            int state = GeneratorSupport.getState(frame, genSlot);
            if (state == 2) {
                if (orelse.runSuspendable(frame)) {
                    return true;
                }
                GeneratorSupport.setState(frame, genSlot, 0);
                return false;
            }
            if (state != 1) {
                start(frame);
            }
        } else {
            start(frame);
        }
        Object result = loop.execute(frame);
        if (result == GeneratorSupport.SUSPENDED) {
            return true;
        }
        frame.setObject(iterSlot, null);
        if (result != WhileNode.BROKEN && orelse != null) {
            GeneratorSupport.setState(frame, genSlot, 2);
            if (orelse.runSuspendable(frame)) {
                return true;
            }
        }
        GeneratorSupport.setState(frame, genSlot, 0);
        return false;
    }

    private void start(VirtualFrame frame) {
        Object value = iterable.execute(frame);
        if (valueSlot >= 0 && value instanceof PyRange r && r.isLong()) {
            if (!seenRange) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                seenRange = true;
            }
            frame.setLong(iterSlot, r.getLongLength());
            frame.setLong(valueSlot, r.getLongStart());
            frame.setLong(stepSlot, r.getLongStep());
            return;
        }
        if (!seenOther) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seenOther = true;
        }
        frame.setObject(iterSlot, getIter.execute(value));
    }

    static final class ForRepeatingNode extends Node implements RepeatingNode {
        @Child private IterNodes.NextNode next = IterNodes.NextNode.create();
        @Child private WriteTargetNode target;
        @Child private StmtNode body;
        private final int iterSlot;
        private final int genSlot;
        private final int valueSlot;
        private final int stepSlot;
        private final BranchProfile continueTaken = BranchProfile.create();
        private final BranchProfile breakTaken = BranchProfile.create();
        @CompilationFinal private boolean seenRange;
        @CompilationFinal private boolean seenOther;

        ForRepeatingNode(WriteTargetNode target, StmtNode body, int iterSlot, int genSlot, int valueSlot, int stepSlot) {
            this.target = target;
            this.body = body;
            this.iterSlot = iterSlot;
            this.genSlot = genSlot;
            this.valueSlot = valueSlot;
            this.stepSlot = stepSlot;
        }

        /** The next value of a range loop, or null when it is done. */
        private boolean nextRange(VirtualFrame frame) {
            long left = frame.getLong(iterSlot);
            if (left <= 0) {
                return false;
            }
            long v = frame.getLong(valueSlot);
            frame.setLong(iterSlot, left - 1);
            frame.setLong(valueSlot, v + frame.getLong(stepSlot));
            target.executeWriteLong(frame, v);
            return true;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            boolean resumeBody = genSlot >= 0 && GeneratorSupport.isResuming(frame) && GeneratorSupport.getState(frame, genSlot) == 1;
            if (valueSlot >= 0 && frame.isLong(iterSlot)) {
                if (!seenRange) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    seenRange = true;
                }
                if (!nextRange(frame)) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
            } else if (!resumeBody) {
                if (!seenOther) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    seenOther = true;
                }
                Object v = next.execute(frame.getObject(iterSlot));
                if (v == null) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
                target.executeWrite(frame, v);
                if (genSlot >= 0) {
                    GeneratorSupport.setState(frame, genSlot, 1);
                }
            }
            try {
                if (genSlot >= 0) {
                    if (body.runSuspendable(frame)) {
                        return GeneratorSupport.SUSPENDED;
                    }
                } else {
                    body.executeVoid(frame);
                }
            } catch (ControlExceptions.ContinueException e) {
                continueTaken.enter();
            } catch (ControlExceptions.BreakException e) {
                breakTaken.enter();
                return WhileNode.BROKEN;
            }
            return RepeatingNode.CONTINUE_LOOP_STATUS;
        }

        @Override
        public String toString() {
            return "for";
        }
    }
}
