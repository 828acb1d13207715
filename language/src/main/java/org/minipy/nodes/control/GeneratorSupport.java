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
