package org.minipy.runtime;

/** A bound method: a callable with its first argument fixed ({@code method} type). */
public final class PyMethod extends PyObject {
    private final Object function;
    private final Object self;

    public PyMethod(Object function, Object self) {
        super(BuiltinTypes.METHOD);
        this.function = function;
        this.self = self;
    }

    public Object getFunction() {
        return function;
    }

    public Object getSelf() {
        return self;
    }
}
