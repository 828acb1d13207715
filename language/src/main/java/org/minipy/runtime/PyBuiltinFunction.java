package org.minipy.runtime;

/**
 * A builtin callable. With {@code self == null} and kind METHOD it is an unbound method descriptor
 * ({@code list.append}); bound to a receiver, or as a module function, it is a
 * {@code builtin_function_or_method} ({@code [].append}, {@code len}).
 */
public final class PyBuiltinFunction extends PyObject {
    private final BuiltinInfo info;
    /** Receiver for bound methods, module for module functions, class for bound classmethods, or null. */
    private final Object self;
    /** True if {@link #self} is passed as the first argument. */
    private final boolean bound;

    public PyBuiltinFunction(PyType type, BuiltinInfo info, Object self, boolean bound) {
        super(type);
        this.info = info;
        this.self = self;
        this.bound = bound;
    }

    public BuiltinInfo getInfo() {
        return info;
    }

    public Object getSelf() {
        return self;
    }

    public boolean isBound() {
        return bound;
    }

    public String getName() {
        return info.getName();
    }
}
