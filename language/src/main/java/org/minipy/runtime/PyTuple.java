package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/** Python's {@code tuple} (and the storage of its subclasses, such as named tuples). */
public final class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    @CompilationFinal(dimensions = 1) private final Object[] items;

    public PyTuple(Object[] items) {
        super(BuiltinTypes.TUPLE);
        this.items = items;
    }

    public PyTuple(PyType type, Object[] items) {
        super(type);
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return new PyTuple(items);
    }

    public Object[] getItems() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }
}
