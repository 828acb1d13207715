package org.minipy.runtime;

/** {@code list[int]} and friends (types.GenericAlias). */
public final class PyGenericAlias extends PyObject {
    private final Object origin;
    private final Object args;

    public PyGenericAlias(Object origin, Object args) {
        super(BuiltinTypes.GENERIC_ALIAS);
        this.origin = origin;
        this.args = args instanceof PyTuple ? args : PyTuple.of(args);
    }

    public Object getOrigin() {
        return origin;
    }

    public Object getArgs() {
        return args;
    }
}
