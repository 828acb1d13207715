package org.minipy.runtime;

import java.math.BigInteger;

/** Python's {@code range}; bounds are ints (Long or BigInteger). */
public final class PyRange extends PyObject {
    private final Object start;
    private final Object stop;
    private final Object step;
    /** Fast fields when all bounds fit in long and the length fits in long. */
    private final boolean isLong;
    private final long lstart;
    private final long lstep;
    private final long llen;

    public PyRange(long start, long stop, long step) {
        super(BuiltinTypes.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.lstart = start;
        this.lstep = step;
        long len = computeLen(start, stop, step);
        this.isLong = len >= 0;
        this.llen = len;
    }

    public PyRange(Object start, Object stop, Object step) {
        super(BuiltinTypes.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        if (start instanceof Long s && stop instanceof Long e && step instanceof Long st) {
            this.lstart = s;
            this.lstep = st;
            long len = computeLen(s, e, st);
            this.isLong = len >= 0;
            this.llen = len;
        } else {
            this.isLong = false;
            this.lstart = 0;
            this.lstep = 1;
            this.llen = 0;
        }
    }

    /** Length, or -1 when it does not fit in a long. */
    private static long computeLen(long lo, long hi, long step) {
        try {
            if (step > 0) {
                if (lo >= hi) {
                    return 0;
                }
                return Math.addExact(Math.subtractExact(hi, lo) - 1, 0) / step + 1;
            } else {
                if (lo <= hi) {
                    return 0;
                }
                return Math.subtractExact(lo, hi) - 1 == Long.MAX_VALUE ? -1 : (Math.subtractExact(lo, hi) - 1) / (-step) + 1;
            }
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    public boolean isLong() {
        return isLong;
    }

    public long getLongStart() {
        return lstart;
    }

    public long getLongStep() {
        return lstep;
    }

    public long getLongLength() {
        return llen;
    }

    public Object getStart() {
        return start;
    }

    public Object getStop() {
        return stop;
    }

    public Object getStep() {
        return step;
    }

    public BigInteger bigLength() {
        BigInteger lo = PyLong.toBig(start);
        BigInteger hi = PyLong.toBig(stop);
        BigInteger st = PyLong.toBig(step);
        if (st.signum() > 0) {
            if (lo.compareTo(hi) >= 0) {
                return BigInteger.ZERO;
            }
            return hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE);
        } else {
            if (lo.compareTo(hi) <= 0) {
                return BigInteger.ZERO;
            }
            return lo.subtract(hi).subtract(BigInteger.ONE).divide(st.negate()).add(BigInteger.ONE);
        }
    }
}
