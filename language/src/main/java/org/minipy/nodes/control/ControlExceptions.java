package org.minipy.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** The control-flow throwables for return, break, continue and yield. They compile to jumps. */
public final class ControlExceptions {
    private ControlExceptions() {
    }

    public static final class ReturnException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public final Object value;

        public ReturnException(Object value) {
            this.value = value;
        }
    }

    public static final class BreakException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final BreakException INSTANCE = new BreakException();
    }

    public static final class ContinueException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final ContinueException INSTANCE = new ContinueException();
    }

    /** Suspends a generator: unwinds to the generator's resume root with the yielded value. */
    /**
     * Suspends a generator body. The yielded value travels in {@link org.minipy.runtime.PyGenerator#yielded};
     * the exception itself carries nothing, so one instance serves every yield and none is allocated.
     */
    public static final class YieldException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final YieldException INSTANCE = new YieldException();

        private YieldException() {
        }
    }
}
