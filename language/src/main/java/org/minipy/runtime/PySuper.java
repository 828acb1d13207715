package org.minipy.runtime;

/** Python's {@code super} object: lookups start after {@link #type} in the MRO of {@link #objType}. */
public final class PySuper extends PyObject {
    public PyType type;
    public Object obj;
    public PyType objType;

    public PySuper(PyType superType) {
        super(superType);
    }
}
