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
        if (genSlot >= 0 && GeneratorSupport.isResuming(frame)) {
            int state = GeneratorSupport.getState(frame, genSlot);
            if (state == 1) {
                thenPart.executeVoid(frame);
                return;
            } else if (state == 2) {
                elsePart.executeVoid(frame);
                return;
            }
        }
        if (profile.profile(condition.execute(frame))) {
            if (genSlot >= 0) {
                GeneratorSupport.setState(frame, genSlot, 1);
            }
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            if (genSlot >= 0) {
                GeneratorSupport.setState(frame, genSlot, 2);
            }
            elsePart.executeVoid(frame);
        }
        if (genSlot >= 0) {
            GeneratorSupport.setState(frame, genSlot, 0);
        }
    }
}
