package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Python's hash function for the builtin value types, bit-for-bit as CPython 3.11 on 64-bit. */
public final class PyHash {
    public static final int BITS = 61;
    public static final long MODULUS = (1L << BITS) - 1;
    public static final long INF = 314159;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    private PyHash() {
    }

    public static long hashLong(long n) {
        if (n > -MODULUS && n < MODULUS) {
            // the common case: no division, the int is its own hash (-1 is reserved for errors)
            return n == -1 ? -2 : n;
        }
        long h;
        if (n >= 0) {
            h = n % MODULUS;
        } else if (n == Long.MIN_VALUE) {
            h = -4;
        } else {
            h = -((-n) % MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hashBig(BigInteger n) {
        long h;
        if (n.signum() >= 0) {
            h = n.mod(BIG_MODULUS).longValue();
        } else {
            h = -(n.negate().mod(BIG_MODULUS).longValue());
        }
        return h == -1 ? -2 : h;
    }

    public static long hashBoolean(boolean b) {
        return b ? 1 : 0;
    }

    @TruffleBoundary
    public static long hashDouble(double v, Object identity) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (Double.isNaN(v)) {
            return identityHash(identity);
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return hashLong((long) v);
        }
        int[] eOut = new int[1];
        double m = frexp(v, eOut);
        int e = eOut[0];
        long sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (BITS - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | (x >>> (BITS - e));
        x = x * sign;
        if (x == -1) {
            x = -2;
        }
        return x;
    }

    /** C's frexp: v = m * 2^e with 0.5 <= |m| < 1. */
    public static double frexp(double v, int[] eOut) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            eOut[0] = 0;
            return v;
        }
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        if (exp == 0) {
            // subnormal: normalize
            double scaled = v * 0x1p54;
            int[] inner = new int[1];
            double m = frexp(scaled, inner);
            eOut[0] = inner[0] - 54;
            return m;
        }
        eOut[0] = exp - 1022;
        long mbits = (bits & 0x800fffffffffffffL) | (1022L << 52);
        return Double.longBitsToDouble(mbits);
    }

    public static long hashString(String s) {
        // str hashes are randomized per process in CPython; any stable spread of the Java hash will do
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= (h >>> 29);
        return h == -1 ? -2 : h;
    }

    public static long identityHash(Object o) {
        // CPython: rotate the address right by 4 bits; Java has no addresses, so use the identity hash
        long h = System.identityHashCode(o);
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hashTuple(Object[] items) {
        long acc = XXPRIME_5;
        for (Object item : items) {
            long lane = hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796L;
        }
        return acc;
    }

    @TruffleBoundary
    public static long hashBytes(byte[] b) {
        if (b.length == 0) {
            return 0;
        }
        long h = java.util.Arrays.hashCode(b) * 0x9E3779B97F4A7C15L;
        h ^= (h >>> 29);
        return h == -1 ? -2 : h;
    }

    /** Python's {@code hash(o)}; raises TypeError for unhashable objects. */
    @TruffleBoundary
    public static long hash(Object o) {
        if (o instanceof String s) {
            return hashString(s);
        } else if (o instanceof Long l) {
            return hashLong(l);
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof Double d) {
            return hashDouble(d, o);
        } else if (o instanceof BigInteger bi) {
            return hashBig(bi);
        } else if (o instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE) {
            return hashTuple(t.getItems());
        } else if (o == PyNone.NONE) {
            return 0xFCA86420L >>> 4;
        } else if (o instanceof PySet s && s.getPyType() == BuiltinTypes.FROZENSET) {
            return s.frozenHash();
        }
        return PyObjectOps.hashSlow(o);
    }

    /** Key equality for hashed containers: identity or Python {@code ==}. */
    @TruffleBoundary
    public static boolean equals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String sa) {
            if (b instanceof String sb) {
                return sa.equals(sb);
            }
            if (!(b instanceof PyObject)) {
                return false;
            }
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return la.longValue() == lb.longValue();
        }
        return equalsSlow(a, b);
    }

    @TruffleBoundary
    public static boolean equalsSlow(Object a, Object b) {
        return PyObjectOps.richCompareBool(a, b, PyObjectOps.EQ);
    }
}
