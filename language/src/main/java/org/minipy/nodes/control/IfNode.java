package org.minipy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.minipy.nodes.StmtNode;
import org.minipy.nodes.expression.ConditionNode;

/** {@code if}/{@code else}. In generator code it remembers which branch is running. */
public final class IfNode extends StmtNode {
    @Child private ConditionNode condition;
    @Child private StmtNode thenPart;
    @Child private StmtNode elsePart;
    private final int genSlot;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ConditionNode condition, StmtNode thenPart, StmtNode elsePart, int genSlot) {
        this.condition = condition;
        this.thenPart = thenPart;
        this.elsePart = elsePart;
        this.genSlot = genSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (genSlot >= 0) {
            executeSuspendable(frame);
            return;
        }
        if (profile.profile(condition.execute(frame))) {
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            elsePart.executeVoid(frame);
        }
    }

    @Override
    public boolean runSuspendable(VirtualFrame frame) {
        if (genSlot < 0) {
            return super.runSuspendable(frame);
        }
        if (GeneratorSupport.isResuming(frame)) {
            int state = GeneratorSupport.getState(frame, genSlot);
            if (state == 1) {
                return thenPart.runSuspendable(frame);
            } else if (state == 2) {
                return elsePart.runSuspendable(frame);
            }
        }
        if (profile.profile(condition.execute(frame))) {
            GeneratorSupport.setState(frame, genSlot, 1);
            if (thenPart.runSuspendable(frame)) {
                return true;
            }
        } else if (elsePart != null) {
            GeneratorSupport.setState(frame, genSlot, 2);
            if (elsePart.runSuspendable(frame)) {
                return true;
            }
        }
        GeneratorSupport.setState(frame, genSlot, 0);
        return false;
    }
}
