package org.minipy.runtime;

/** Python's {@code property}. Accessor fields are None when absent. */
public final class PyProperty extends PyObject {
    public Object fget = PyNone.NONE;
    public Object fset = PyNone.NONE;
    public Object fdel = PyNone.NONE;
    public Object doc = PyNone.NONE;
    /** Attribute name learned through __set_name__, used in error messages. */
    public Object name;

    public PyProperty(PyType type) {
        super(type);
    }
}
