package org.minipy.runtime;

/** Python's {@code slice}. */
public final class PySlice extends PyObject {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PySlice(Object start, Object stop, Object step) {
        super(BuiltinTypes.SLICE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object getStart() {
        return start;
    }

    public Object getStop() {
        return stop;
    }

    public Object getStep() {
        return step;
    }
}
