package org.minipy.runtime;

/** {@code int | str} (types.UnionType). */
public final class PyUnionType extends PyObject {
    private final PyTuple args;

    public PyUnionType(PyTuple args) {
        super(BuiltinTypes.UNION_TYPE);
        this.args = args;
    }

    public PyTuple getArgs() {
        return args;
    }
}
