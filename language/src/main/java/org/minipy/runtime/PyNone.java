package org.minipy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.minipy.language.MiniPyLanguage;

/** Python's {@code None}; the null value for other languages. */
@ExportLibrary(InteropLibrary.class)
public final class PyNone implements TruffleObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public String toString() {
        return "None";
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return MiniPyLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return "None";
    }
}
