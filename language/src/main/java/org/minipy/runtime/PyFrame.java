package org.minipy.runtime;

/**
 * A frame object as a program sees it in tracebacks ({@code frame} type): the code, the globals and,
 * for the innermost frames, the line. Locals are not kept here.
 */
public final class PyFrame {
    private final PyCode code;
    private final PyDict globals;
    private int lineno;
    private PyFrame back;

    public PyFrame(PyCode code, PyDict globals, int lineno) {
        this.code = code;
        this.globals = globals;
        this.lineno = lineno;
    }

    public PyCode getCode() {
        return code;
    }

    public PyDict getGlobals() {
        return globals;
    }

    public int getLineno() {
        return lineno;
    }

    public void setLineno(int lineno) {
        this.lineno = lineno;
    }

    private Object locals;

    /** f_locals: a snapshot dict (or the real namespace for module and class frames), or null. */
    public Object getLocals() {
        return locals;
    }

    public void setLocals(Object locals) {
        this.locals = locals;
    }

    public PyFrame getBack() {
        return back;
    }

    public void setBack(PyFrame back) {
        this.back = back;
    }
}
