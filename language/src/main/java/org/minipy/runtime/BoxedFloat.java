package org.minipy.runtime;

/**
 * An instance of a user subclass of {@code float}: the double value in a heap object carrying the
 * subclass type and instance attributes. The methods of float unwrap it through
 * {@link FloatOps#floatValue}.
 */
public final class BoxedFloat extends PyObject {
    public final double value;

    public BoxedFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }
}
