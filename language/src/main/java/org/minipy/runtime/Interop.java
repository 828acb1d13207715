package org.minipy.runtime;

/** Conversion of values coming from other languages or the host into Python values. */
public final class Interop {
    private Interop() {
    }

    public static Object fromForeign(Object o) {
        if (o instanceof Integer i) {
            return (long) i;
        } else if (o instanceof Short s) {
            return (long) s;
        } else if (o instanceof Byte b) {
            return (long) b;
        } else if (o instanceof Float f) {
            return (double) f;
        } else if (o instanceof Character c) {
            return String.valueOf(c);
        } else if (o instanceof com.oracle.truffle.api.strings.TruffleString ts) {
            return ts.toJavaStringUncached();
        }
        if (o instanceof PyBigIntInterop b) {
            return PyLong.normalize(b.value);
        } else if (o instanceof java.math.BigInteger bi) {
            return PyLong.normalize(bi);
        }
        return o;
    }

    /** A Python value as other languages may see it (interop-valid). */
    public static Object toForeign(Object o) {
        if (o instanceof java.math.BigInteger b) {
            return new PyBigIntInterop(b);
        } else if (o instanceof PyCell || o instanceof PyCode || o instanceof PyFrame || o instanceof PyTraceback) {
            return new ForeignWrapper(o);
        }
        return o;
    }

    /** Wraps internal objects that are not interop values. */
    @com.oracle.truffle.api.library.ExportLibrary(com.oracle.truffle.api.interop.InteropLibrary.class)
    public static final class ForeignWrapper implements com.oracle.truffle.api.interop.TruffleObject {
        final Object value;

        ForeignWrapper(Object value) {
            this.value = value;
        }

        @com.oracle.truffle.api.library.ExportMessage
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        Object toDisplayString(boolean allowSideEffects) {
            return PyObjectOps.repr(value);
        }
    }
}
