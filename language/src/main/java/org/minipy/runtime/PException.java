package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Truffle throwable that carries a raised Python exception object up the Java stack.
 *
 * <p>Tracebacks are built as CPython builds them: when an exception is raised by, or passes through,
 * a node of some frame, {@link #getTracebackLocation()} remembers that node; the next handler in that
 * frame (an {@code except}, a {@code finally} or the function boundary) turns it into a traceback
 * entry with the node's line, and clears it. A call site that sees an exception come out of its
 * callee marks itself as the location, which gives the caller's line.
 */
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    /**
     * Location marker: the exception already has its traceback entry for the frame it is unwinding
     * (it was caught and re-raised there), so no node of this frame may record another one.
     */
    public static final Node RECORDED = new Node() {
    };

    private final PyBaseException pyException;
    private transient Node tracebackLocation;
    /** Set while the launcher reports an uncaught exception, to stop re-entrancy. */
    private boolean reported;

    public PException(PyBaseException pyException, Node location) {
        super(null, null, 0, null);
        this.pyException = pyException;
        this.tracebackLocation = location;
        pyException.setException(this);
    }

    public PyBaseException getPyException() {
        return pyException;
    }

    public Node getTracebackLocation() {
        return tracebackLocation;
    }

    public void setTracebackLocation(Node node) {
        this.tracebackLocation = node;
    }

    public boolean isReported() {
        return reported;
    }

    public void setReported(boolean reported) {
        this.reported = reported;
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        PyType type = pyException.getPyType();
        PyTuple args = pyException.getArgs();
        String name = type.getName();
        if (args == null || args.size() == 0) {
            return name;
        }
        Object first = args.get(0);
        if (args.size() == 1 && first instanceof String s) {
            return name + ": " + s;
        }
        return name + ": " + args;
    }

    /** Wraps a Python exception object for raising, reusing its throwable when it has one unraised. */
    public static PException wrap(PyBaseException exc, Node location) {
        return new PException(exc, location);
    }

    @TruffleBoundary
    public static PException raise(PyType type, String message) {
        return new PException(new PyBaseException(type, PyTuple.of(message)), null);
    }

    @TruffleBoundary
    public static PException raise(PyType type, Object... args) {
        return new PException(new PyBaseException(type, new PyTuple(args)), null);
    }

    @TruffleBoundary
    public static PException typeError(String message) {
        return raise(BuiltinTypes.TYPE_ERROR, message);
    }

    @TruffleBoundary
    public static PException valueError(String message) {
        return raise(BuiltinTypes.VALUE_ERROR, message);
    }

    @TruffleBoundary
    public static PException indexError(String message) {
        return raise(BuiltinTypes.INDEX_ERROR, message);
    }

    @TruffleBoundary
    public static PException keyError(Object key) {
        return new PException(new PyBaseException(BuiltinTypes.KEY_ERROR, PyTuple.of(key)), null);
    }

    @TruffleBoundary
    public static PException attributeError(String message) {
        return raise(BuiltinTypes.ATTRIBUTE_ERROR, message);
    }

    @TruffleBoundary
    public static PException zeroDivision(String message) {
        return raise(BuiltinTypes.ZERO_DIVISION_ERROR, message);
    }

    @TruffleBoundary
    public static PException overflow(String message) {
        return raise(BuiltinTypes.OVERFLOW_ERROR, message);
    }

    @TruffleBoundary
    public static PException runtimeError(String message) {
        return raise(BuiltinTypes.RUNTIME_ERROR, message);
    }

    @TruffleBoundary
    public static PException nameError(String name) {
        PException e = raise(BuiltinTypes.NAME_ERROR, "name '" + name + "' is not defined");
        e.getPyException().setName(name);
        return e;
    }

    @TruffleBoundary
    public static PException stopIteration(Object value) {
        PyBaseException exc = new PyBaseException(BuiltinTypes.STOP_ITERATION, value == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(value));
        return new PException(exc, null);
    }

    /** True if this exception is an instance of {@code type}. */
    public boolean isInstance(PyType type) {
        return pyException.getPyType().isSubtypeOf(type);
    }
}
