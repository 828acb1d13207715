package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Python's {@code list}: a growable array of objects. */
public final class PyList extends PyObject {
    private static final Object[] EMPTY = new Object[0];

    private Object[] items;
    private int size;

    public PyList() {
        super(BuiltinTypes.LIST);
        this.items = EMPTY;
    }

    public PyList(PyType type) {
        super(type);
        this.items = EMPTY;
    }

    /** Takes ownership of {@code items}. */
    public PyList(Object[] items) {
        super(BuiltinTypes.LIST);
        this.items = items;
        this.size = items.length;
    }

    public PyList(Object[] items, int size) {
        super(BuiltinTypes.LIST);
        this.items = items;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    /** The backing array; only the first {@link #size()} entries are meaningful. */
    public Object[] getStore() {
        return items;
    }

    public void setStore(Object[] store, int newSize) {
        this.items = store;
        this.size = newSize;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public void append(Object v) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    @TruffleBoundary
    public void grow(int minCapacity) {
        int newCap = Math.max(minCapacity, items.length + (items.length >> 1) + 4);
        items = Arrays.copyOf(items, newCap);
    }

    public void ensureCapacity(int cap) {
        if (cap > items.length) {
            grow(cap);
        }
    }

    @TruffleBoundary
    public void insert(int index, Object v) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = v;
        size++;
    }

    @TruffleBoundary
    public Object removeAt(int index) {
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    @TruffleBoundary
    public void extend(Object[] values, int n) {
        ensureCapacity(size + n);
        System.arraycopy(values, 0, items, size, n);
        size += n;
    }

    public void clear() {
        items = EMPTY;
        size = 0;
    }

    public void setSize(int newSize) {
        for (int i = newSize; i < size; i++) {
            items[i] = null;
        }
        size = newSize;
    }
}
