package org.minipy.runtime;

/** A read-only view of a mapping ({@code mappingproxy}), as returned by {@code C.__dict__}. */
public final class PyMappingProxy extends PyObject {
    private final Object mapping;

    public PyMappingProxy(Object mapping) {
        super(BuiltinTypes.MAPPINGPROXY);
        this.mapping = mapping;
    }

    public Object getMapping() {
        return mapping;
    }
}
