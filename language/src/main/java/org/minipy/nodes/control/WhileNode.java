package org.minipy.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.minipy.nodes.StmtNode;
import org.minipy.nodes.expression.ConditionNode;

/** {@code while ... else}, as a Truffle loop node (on-stack replacement for long loops). */
public final class WhileNode extends StmtNode {
    static final Object BROKEN = new Object();

    @Child private LoopNode loop;
    @Child private StmtNode orelse;
    private final int genSlot;

    public WhileNode(ConditionNode condition, StmtNode body, StmtNode orelse, int genSlot) {
        this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(condition, body, genSlot));
        this.orelse = orelse;
        this.genSlot = genSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (genSlot >= 0) {
            executeSuspendable(frame);
            return;
        }
        Object result = loop.execute(frame);
        if (result != BROKEN && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @Override
    public boolean runSuspendable(VirtualFrame frame) {
        if (genSlot < 0) {
            return super.runSuspendable(frame);
        }
        if (GeneratorSupport.isResuming(frame) && GeneratorSupport.getState(frame, genSlot) == 2) {
            if (orelse.runSuspendable(frame)) {
                return true;
            }
            GeneratorSupport.setState(frame, genSlot, 0);
            return false;
        }
        Object result = loop.execute(frame);
        if (result == GeneratorSupport.SUSPENDED) {
            return true;
        }
        if (result != BROKEN && orelse != null) {
            GeneratorSupport.setState(frame, genSlot, 2);
            if (orelse.runSuspendable(frame)) {
                return true;
            }
        }
        GeneratorSupport.setState(frame, genSlot, 0);
        return false;
    }

    static final class WhileRepeatingNode extends Node implements RepeatingNode {
        @Child private ConditionNode condition;
        @Child private StmtNode body;
        private final int genSlot;
        private final BranchProfile continueTaken = BranchProfile.create();
        private final BranchProfile breakTaken = BranchProfile.create();

        WhileRepeatingNode(ConditionNode condition, StmtNode body, int genSlot) {
            this.condition = condition;
            this.body = body;
            this.genSlot = genSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            boolean skipCondition = genSlot >= 0 && GeneratorSupport.isResuming(frame) && GeneratorSupport.getState(frame, genSlot) == 1;
            if (!skipCondition && !condition.execute(frame)) {
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
            if (genSlot >= 0) {
                GeneratorSupport.setState(frame, genSlot, 1);
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
                return BROKEN;
            }
            return RepeatingNode.CONTINUE_LOOP_STATUS;
        }

        @Override
        public String toString() {
            return "while";
        }
    }
}
