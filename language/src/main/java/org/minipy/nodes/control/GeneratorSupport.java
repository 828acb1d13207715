package org.minipy.nodes.control;

import com.oracle.truffle.api.frame.Frame;

import org.minipy.nodes.PArguments;
import org.minipy.runtime.PyGenerator;

/**
 * How statements inside a generator body find their way back to a suspended {@code yield}. Nodes in
 * generator code get a state slot (an index >= 0); in other code the slot is -1 and nothing here is
 * used. While the generator is resuming, each such node restores the position it saved in its slot.
 */
public final class GeneratorSupport {
    /** What a loop body's suspension makes its loop node return. */
    public static final Object SUSPENDED = new Object() {
        @Override
        public String toString() {
            return "<suspended>";
        }
    };

    private GeneratorSupport() {
    }

    /**
     * Whether a yield, yield from or await is among the given nodes or below them (null entries are
     * skipped). Nested functions and comprehensions are separate roots, not children, so this sees
     * only the code that runs in this frame. Statements without one need no resumption state.
     */
    public static boolean containsSuspension(com.oracle.truffle.api.nodes.Node... nodes) {
        for (com.oracle.truffle.api.nodes.Node n : nodes) {
            if (n != null && suspends(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean suspends(com.oracle.truffle.api.nodes.Node node) {
        if (node instanceof SuspendingExpr) {
            return true;
        }
        boolean[] found = new boolean[1];
        com.oracle.truffle.api.nodes.NodeUtil.forEachChild(node, child -> {
            if (suspends(child)) {
                found[0] = true;
                return false;
            }
            return true;
        });
        return found[0];
    }

    /**
     * The value of a {@link SuspendingExpr} used inside a larger expression: there a suspension can
     * only leave by exception, up to the statement around it.
     */
    public static Object valueOrYield(Object r) {
        if (r == SUSPENDED) {
            throw ControlExceptions.YieldException.INSTANCE;
        }
        return r;
    }

    /** A yield expression that can report its suspension by returning {@link #SUSPENDED} instead of throwing. */
    public interface SuspendingExpr {
        Object evaluateOrSuspend(com.oracle.truffle.api.frame.VirtualFrame frame);
    }

    public static PyGenerator generator(Frame frame) {
        return (PyGenerator) frame.getArguments()[PArguments.SPECIAL];
    }

    public static boolean isResuming(Frame frame) {
        Object g = frame.getArguments()[PArguments.SPECIAL];
        return g instanceof PyGenerator gen && gen.resuming;
    }

    public static int getState(Frame frame, int slot) {
        Object v = frame.getObject(slot);
        return v instanceof Integer i ? i : 0;
    }

    public static void setState(Frame frame, int slot, int value) {
        frame.setObject(slot, value);
    }
}
