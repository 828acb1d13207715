package org.minipy.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** Python's {@code NotImplemented} and {@code Ellipsis}. */
public final class PySingleton implements TruffleObject {
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplemented");
    public static final PySingleton ELLIPSIS = new PySingleton("Ellipsis");

    private final String name;

    private PySingleton(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
