package org.minipy.runtime;

/**
 * One entry of a traceback ({@code traceback} type): the frame it belongs to, the line where the
 * exception passed, and the next (inner) entry.
 */
public final class PyTraceback {
    private final PyFrame frame;
    private final int lineno;
    private final PyTraceback next;

    public PyTraceback(PyFrame frame, int lineno, PyTraceback next) {
        this.frame = frame;
        this.lineno = lineno;
        this.next = next;
    }

    public PyFrame getFrame() {
        return frame;
    }

    public int getLineno() {
        return lineno;
    }

    public PyTraceback getNext() {
        return next;
    }
}
