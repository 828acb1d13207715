package org.minipy.runtime;

/** A cell holding a variable shared between a function and its closures ({@code cell} type). */
public final class PyCell {
    /** The contents, or null while the variable is unbound. */
    public Object ref;

    public PyCell() {
    }

    public PyCell(Object ref) {
        this.ref = ref;
    }
}
