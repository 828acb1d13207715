package org.minipy.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** Python's {@code None}. */
public final class PyNone implements TruffleObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public String toString() {
        return "None";
    }
}
