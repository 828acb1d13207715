package org.minipy.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;

/**
 * A code object: everything a function needs that does not depend on how it was created
 * (CPython's {@code PyCodeObject}). Frames are created from it: its call target's root node lays out a
 * Truffle frame with one slot per local variable.
 */
public final class PyCode {
    public static final int CO_OPTIMIZED = 0x0001;
    public static final int CO_NEWLOCALS = 0x0002;
    public static final int CO_VARARGS = 0x0004;
    public static final int CO_VARKEYWORDS = 0x0008;
    public static final int CO_NESTED = 0x0010;
    public static final int CO_GENERATOR = 0x0020;
    public static final int CO_NOFREE = 0x0040;
    public static final int CO_COROUTINE = 0x0080;
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    public static final int CO_ASYNC_GENERATOR = 0x0200;

    public String name;
    public String qualname;
    public String filename;
    public int firstlineno;
    public int argcount;
    public int posonlyargcount;
    public int kwonlyargcount;
    public int flags;
    public String[] varnames;
    public String[] cellvars;
    public String[] freevars;
    public String[] names;
    public Object[] consts;
    public Signature signature;
    public Source source;
    /** The docstring, or None. */
    public Object doc = PyNone.NONE;
    /** The root that runs when this code is called (for generators: the one that creates the generator). */
    private RootCallTarget callTarget;
    /** For generator/coroutine code: the root that resumes the body. */
    private RootCallTarget resumeTarget;
    /** Lazily lowered body; set by the translator. */
    private java.util.function.Supplier<RootCallTarget[]> lazyTargets;

    public PyCode() {
    }

    public RootCallTarget getCallTarget() {
        RootCallTarget t = callTarget;
        if (t == null) {
            t = materialize()[0];
        }
        return t;
    }

    public RootCallTarget getResumeTarget() {
        if (callTarget == null) {
            materialize();
        }
        return resumeTarget;
    }

    private synchronized RootCallTarget[] materialize() {
        if (callTarget == null) {
            RootCallTarget[] t = lazyTargets.get();
            resumeTarget = t[1];
            callTarget = t[0];
            lazyTargets = null;
        }
        return new RootCallTarget[]{callTarget, resumeTarget};
    }

    public void setTargets(RootCallTarget call, RootCallTarget resume) {
        this.resumeTarget = resume;
        this.callTarget = call;
    }

    public void setLazyTargets(java.util.function.Supplier<RootCallTarget[]> lazy) {
        this.lazyTargets = lazy;
    }

    public boolean isGenerator() {
        return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    }

    public PyCode copy() {
        PyCode c = new PyCode();
        c.name = name;
        c.qualname = qualname;
        c.filename = filename;
        c.firstlineno = firstlineno;
        c.argcount = argcount;
        c.posonlyargcount = posonlyargcount;
        c.kwonlyargcount = kwonlyargcount;
        c.flags = flags;
        c.varnames = varnames;
        c.cellvars = cellvars;
        c.freevars = freevars;
        c.names = names;
        c.consts = consts;
        c.signature = signature;
        c.source = source;
        c.doc = doc;
        c.callTarget = getCallTarget();
        c.resumeTarget = resumeTarget;
        return c;
    }
}
