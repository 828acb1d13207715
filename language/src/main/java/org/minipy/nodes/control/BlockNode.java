package org.minipy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.StmtNode;
import org.minipy.runtime.PException;

/** A sequence of statements. In generator code it remembers which statement is running. */
public final class BlockNode extends StmtNode {
    @Children private final StmtNode[] statements;
    private final int genSlot;
    /** In generator code: which statements can suspend (only those record the position). */
    @CompilationFinal(dimensions = 1) private final boolean[] canSuspend;

    /** genSlot: a state slot in generator code (kept only when a statement can suspend), else -1. */
    public BlockNode(StmtNode[] statements, int genSlot) {
        this.statements = statements;
        this.canSuspend = new boolean[statements.length];
        boolean any = false;
        if (genSlot >= 0) {
            for (int i = 0; i < statements.length; i++) {
                canSuspend[i] = GeneratorSupport.containsSuspension(statements[i]);
                any |= canSuspend[i];
            }
        }
        this.genSlot = any ? genSlot : -1;
    }

    public StmtNode[] getStatements() {
        return statements;
    }

    /**
     * Runs the statements. An exception raised by Java code (a builtin, an operator) has no location
     * yet: the statement it came out of becomes its location, so the traceback shows that line.
     */
    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (genSlot < 0) {
            for (StmtNode s : statements) {
                try {
                    s.executeVoid(frame);
                } catch (PException e) {
                    throw locate(e, s);
                }
            }
            return;
        }
        executeSuspendable(frame);
    }

    @Override
    @ExplodeLoop
    public boolean runSuspendable(VirtualFrame frame) {
        if (genSlot < 0) {
            return super.runSuspendable(frame);
        }
        int start = GeneratorSupport.isResuming(frame) ? GeneratorSupport.getState(frame, genSlot) : 0;
        for (int i = 0; i < statements.length; i++) {
            if (i < start) {
                continue;
            }
            try {
                if (canSuspend[i]) {
                    GeneratorSupport.setState(frame, genSlot, i);
                    if (statements[i].runSuspendable(frame)) {
                        return true;
                    }
                } else {
                    statements[i].executeVoid(frame);
                }
            } catch (PException e) {
                throw locate(e, statements[i]);
            }
        }
        return false;
    }

    private static PException locate(PException e, StmtNode s) {
        if (e.getTracebackLocation() == null) {
            e.setTracebackLocation(s);
        }
        return e;
    }
}
