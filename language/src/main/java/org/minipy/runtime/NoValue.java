package org.minipy.runtime;

/**
 * Not a Python object: marks an argument that was not passed to a builtin, or a missing value in a
 * lookup. It never escapes to Python code.
 */
public final class NoValue {
    public static final NoValue INSTANCE = new NoValue();

    private NoValue() {
    }

    @Override
    public String toString() {
        return "<no value>";
    }
}
