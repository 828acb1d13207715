package org.minipy.runtime;

/** Python's {@code bytes} (immutable) and {@code bytearray} (mutable, with a length). */
public final class PyBytes extends PyObject {
    private byte[] data;
    private int length;

    public PyBytes(byte[] data) {
        super(BuiltinTypes.BYTES);
        this.data = data;
        this.length = data.length;
    }

    public PyBytes(PyType type, byte[] data) {
        super(type);
        this.data = data;
        this.length = data.length;
    }

    public static PyBytes bytearray(byte[] data) {
        return new PyBytes(BuiltinTypes.BYTEARRAY, data);
    }

    public boolean isByteArray() {
        return getPyType().isSubtypeOf(BuiltinTypes.BYTEARRAY);
    }

    public int length() {
        return length;
    }

    /** The backing array; only the first {@link #length()} bytes are meaningful. */
    public byte[] getStore() {
        return data;
    }

    public byte[] toArray() {
        return length == data.length ? data.clone() : java.util.Arrays.copyOf(data, length);
    }

    /** The bytes without copying when possible; never modify the result. */
    public byte[] view() {
        return length == data.length ? data : java.util.Arrays.copyOf(data, length);
    }

    public void setStore(byte[] store, int len) {
        this.data = store;
        this.length = len;
    }
}
