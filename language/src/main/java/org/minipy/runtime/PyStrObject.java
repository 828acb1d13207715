package org.minipy.runtime;

/**
 * An instance of a user subclass of {@code str} ({@code class S(str)}): the str value boxed together
 * with the instance's type and attributes. Exact str values stay plain Java {@code String}s; the str
 * methods unwrap this box for the receiver and for str arguments, and always return exact str.
 */
public final class PyStrObject extends PyObject {
    private final String value;

    public PyStrObject(PyType type, String value) {
        super(type);
        this.value = value;
    }

    public String getValue() {
        return value;
    }

    /** The str value of a String or a boxed str subclass instance, else {@code o} unchanged. */
    public static Object unwrap(Object o) {
        return o instanceof PyStrObject p ? p.value : o;
    }
}
