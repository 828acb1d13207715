package org.minipy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.StmtNode;

/** A sequence of statements. In generator code it remembers which statement is running. */
public final class BlockNode extends StmtNode {
    @Children private final StmtNode[] statements;
    private final int genSlot;

    public BlockNode(StmtNode[] statements, int genSlot) {
        this.statements = statements;
        this.genSlot = genSlot;
    }

    public StmtNode[] getStatements() {
        return statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (genSlot < 0) {
            for (StmtNode s : statements) {
                s.executeVoid(frame);
            }
            return;
        }
        int start = GeneratorSupport.isResuming(frame) ? GeneratorSupport.getState(frame, genSlot) : 0;
        for (int i = 0; i < statements.length; i++) {
            if (i < start) {
                continue;
            }
            GeneratorSupport.setState(frame, genSlot, i);
            statements[i].executeVoid(frame);
        }
    }
}
