package org.minipy.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.local.WriteLocalNode;
import org.minipy.runtime.PyCell;
import org.minipy.runtime.PyFunction;

/**
 * Sets up a new frame from the bound arguments: parameters into their slots, fresh cells for cell
 * variables (a parameter that is a cell starts with the argument), and the closure's cells for free
 * variables.
 */
public final class PrologueNode extends Node {
    @Children private final WriteLocalNode[] paramWrites;
    /** For each parameter: its slot if it is a cell variable, else -1. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] paramCellSlots;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] cellSlots;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] freeSlots;

    public PrologueNode(int[] paramSlots, int[] paramCellSlots, int[] cellSlots, int[] freeSlots) {
        this.paramWrites = new WriteLocalNode[paramSlots.length];
        for (int i = 0; i < paramSlots.length; i++) {
            paramWrites[i] = WriteLocalNode.create(paramSlots[i]);
        }
        this.paramCellSlots = paramCellSlots;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
    }

    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < paramWrites.length; i++) {
            Object v = args[PArguments.USER_OFFSET + i];
            if (paramCellSlots[i] >= 0) {
                frame.setObject(paramCellSlots[i], new PyCell(v));
            } else {
                paramWrites[i].executeWrite(frame, v);
            }
        }
        for (int i = 0; i < cellSlots.length; i++) {
            frame.setObject(cellSlots[i], new PyCell());
        }
        if (freeSlots.length > 0) {
            PyCell[] closure = ((PyFunction) args[PArguments.CALLEE]).getClosure();
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
        }
    }
}
