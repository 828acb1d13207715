package org.minipy.runtime;

/**
 * An instance of {@code BaseException} or a subclass. Subclass-specific attributes (StopIteration.value,
 * SystemExit.code, OSError.errno, ...) are ordinary instance attributes set by the type's __init__.
 */
public final class PyBaseException extends PyObject {
    private PyTuple args;
    private PyTraceback traceback;
    /** None or an exception. */
    private Object cause = PyNone.NONE;
    /** None or an exception. */
    private Object context = PyNone.NONE;
    private boolean suppressContext;
    /** The Truffle throwable carrying this exception, reused when it is raised again. */
    private PException exception;

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
    }

    public PyTuple getArgs() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    public PyTraceback getTraceback() {
        return traceback;
    }

    public void setTraceback(PyTraceback traceback) {
        this.traceback = traceback;
    }

    public Object getCause() {
        return cause;
    }

    public void setCause(Object cause) {
        this.cause = cause;
    }

    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean getSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    /** AttributeError's {@code obj}; null when unset. */
    private Object obj;

    public Object getObj() {
        return obj;
    }

    public void setObj(Object obj) {
        this.obj = obj;
    }

    /** NameError/AttributeError/ImportError's {@code name}; null when unset. */
    private Object name;

    public Object getName() {
        return name;
    }

    public void setName(Object name) {
        this.name = name;
    }

    public PException getException() {
        return exception;
    }

    public void setException(PException exception) {
        this.exception = exception;
    }
}
