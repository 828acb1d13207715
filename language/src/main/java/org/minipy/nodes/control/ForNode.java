package org.minipy.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.local.WriteTargetNode;

/**
 * {@code for target in iterable: body else: orelse}, as a Truffle loop node. The iterator lives in a
 * frame slot so that on-stack replacement and generator resumption can find it.
 */
public final class ForNode extends StmtNode {
    @Child private ExprNode iterable;
    @Child private IterNodes.GetIterNode getIter = IterNodes.GetIterNode.create();
    @Child private LoopNode loop;
    @Child private StmtNode orelse;
    private final int iterSlot;
    private final int genSlot;

    public ForNode(ExprNode iterable, WriteTargetNode target, StmtNode body, StmtNode orelse, int iterSlot, int genSlot) {
        this.iterable = iterable;
        this.orelse = orelse;
        this.iterSlot = iterSlot;
        this.genSlot = genSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new ForRepeatingNode(target, body, iterSlot, genSlot));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (genSlot >= 0 && GeneratorSupport.isResuming(frame)) {
            int state = GeneratorSupport.getState(frame, genSlot);
            if (state == 2) {
                orelse.executeVoid(frame);
                GeneratorSupport.setState(frame, genSlot, 0);
                return;
            }
            if (state != 1) {
                start(frame);
            }
        } else {
            start(frame);
        }
        Object result = loop.execute(frame);
        frame.setObject(iterSlot, null);
        if (result != WhileNode.BROKEN && orelse != null) {
            if (genSlot >= 0) {
                GeneratorSupport.setState(frame, genSlot, 2);
            }
            orelse.executeVoid(frame);
        }
        if (genSlot >= 0) {
            GeneratorSupport.setState(frame, genSlot, 0);
        }
    }

    private void start(VirtualFrame frame) {
        frame.setObject(iterSlot, getIter.execute(iterable.execute(frame)));
    }

    static final class ForRepeatingNode extends Node implements RepeatingNode {
        @Child private IterNodes.NextNode next = IterNodes.NextNode.create();
        @Child private WriteTargetNode target;
        @Child private StmtNode body;
        private final int iterSlot;
        private final int genSlot;
        private final BranchProfile continueTaken = BranchProfile.create();
        private final BranchProfile breakTaken = BranchProfile.create();

        ForRepeatingNode(WriteTargetNode target, StmtNode body, int iterSlot, int genSlot) {
            this.target = target;
            this.body = body;
            this.iterSlot = iterSlot;
            this.genSlot = genSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            boolean resumeBody = genSlot >= 0 && GeneratorSupport.isResuming(frame) && GeneratorSupport.getState(frame, genSlot) == 1;
            if (!resumeBody) {
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
                body.executeVoid(frame);
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
