package org.minipy.runtime;

/**
 * An instance of a user subclass of {@code int} ({@code class MyInt(int)}): the int value ({@code Long}
 * or {@code BigInteger}) in a heap object carrying the subclass type and instance attributes. The
 * methods of int unwrap it through {@link IntOps#intValue}.
 */
public final class BoxedInt extends PyObject {
    public final Object value;

    public BoxedInt(PyType type, Object value) {
        super(type);
        this.value = value;
    }
}
