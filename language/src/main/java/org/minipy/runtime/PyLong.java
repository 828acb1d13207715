package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Helpers for Python {@code int}: values are {@code Long} when they fit, else {@code BigInteger}
 * (never a BigInteger that fits in a long). {@code bool} counts as int where Python says so.
 */
public final class PyLong {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyLong() {
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean || o instanceof Integer;
    }

    /** Normalizes a BigInteger result: a Long when it fits. */
    @TruffleBoundary
    public static Object normalize(BigInteger b) {
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    @TruffleBoundary
    public static BigInteger toBig(Object o) {
        if (o instanceof BigInteger b) {
            return b;
        } else if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (o instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        throw new IllegalArgumentException("not an int: " + o);
    }

    public static BigInteger big(long l) {
        return BigInteger.valueOf(l);
    }

    public static boolean fitsLong(BigInteger b) {
        return b.bitLength() < 64;
    }

    /** Converts an int-like (Long, Boolean, BigInteger) to long, or raises OverflowError. */
    @TruffleBoundary
    public static long asLong(Object o) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof BigInteger b) {
            if (fitsLong(b)) {
                return b.longValue();
            }
            throw PException.overflow("Python int too large to convert to C long");
        } else if (o instanceof Integer i) {
            return i;
        }
        throw PException.typeError("an integer is required");
    }

    public static int compare(BigInteger a, BigInteger b) {
        return a.compareTo(b);
    }

    static boolean isLongRange(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
