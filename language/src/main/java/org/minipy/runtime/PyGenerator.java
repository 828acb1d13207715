package org.minipy.runtime;

import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * A generator (or coroutine): a suspended frame and the state needed to resume it. The body runs on
 * the materialized frame; nodes on the path to the suspended {@code yield} saved their positions in
 * frame slots, and {@link #resuming} tells them to restore those positions instead of starting over.
 */
public final class PyGenerator extends PyObject {
    private final MaterializedFrame frame;
    private final PyCode code;
    private String name;
    private String qualname;
    public boolean started;
    public boolean running;
    public boolean finished;
    /** True from the start of a resumption until the suspended yield takes over. */
    public boolean resuming;
    /** The value sent in by send() (None for next()). */
    public Object sentValue;
    /** An exception to raise at the suspended yield (throw() and close()). */
    public PException thrown;
    /** The iterator a {@code yield from} is delegating to, or null. */
    public Object yieldFrom;
    /** The value returned by the body (for StopIteration). */
    public Object returnValue;
    /** The value of the yield that suspended the body, until the resumption returns it. */
    public Object yielded;
    /** The arguments of every call to the resume root (a generator is never resumed re-entrantly). */
    private final Object[] resumeArguments;

    public PyGenerator(PyType type, MaterializedFrame frame, PyCode code, String name, String qualname) {
        super(type);
        this.frame = frame;
        this.code = code;
        this.name = name;
        this.qualname = qualname;
        this.resumeArguments = new Object[]{this};
    }

    public Object[] getResumeArguments() {
        return resumeArguments;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public PyCode getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public boolean isCoroutine() {
        return getPyType() == BuiltinTypes.COROUTINE;
    }

    /** Takes the value to produce at the suspended yield, raising a thrown exception instead if any. */
    public Object takeSent() {
        PException t = thrown;
        if (t != null) {
            thrown = null;
            throw t;
        }
        Object v = sentValue;
        sentValue = null;
        return v == null ? PyNone.NONE : v;
    }
}
