package org.minipy.runtime;

/** {@code classmethod} and {@code staticmethod} wrappers. */
public final class PyClassMethod extends PyObject {
    private Object callable;

    public PyClassMethod(PyType type, Object callable) {
        super(type);
        this.callable = callable;
    }

    public Object getCallable() {
        return callable;
    }

    public void setCallable(Object callable) {
        this.callable = callable;
    }

    public boolean isStatic() {
        return getPyType().isSubtypeOf(BuiltinTypes.STATICMETHOD);
    }
}
