package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Indexing, slicing and membership of {@code range}. */
public final class RangeOps {
    private RangeOps() {
    }

    @TruffleBoundary
    public static Object getItem(PyRange r, Object key) {
        if (key instanceof PySlice s) {
            BigInteger[] si = bigSliceIndices(s, r.bigLength());
            BigInteger start = PyLong.toBig(r.getStart());
            BigInteger step = PyLong.toBig(r.getStep());
            BigInteger newStart = start.add(step.multiply(si[0]));
            BigInteger newStop = start.add(step.multiply(si[1]));
            BigInteger newStep = step.multiply(si[2]);
            return new PyRange(PyLong.normalize(newStart), PyLong.normalize(newStop), PyLong.normalize(newStep));
        }
        if (key instanceof Long l && r.isLong()) {
            long n = r.getLongLength();
            long i = l < 0 ? l + n : l;
            if (i < 0 || i >= n) {
                throw PException.indexError("range object index out of range");
            }
            // start + i * step lies between start and stop, so it fits even if i * step overflows
            return r.getLongStart() + i * r.getLongStep();
        }
        Object idx = PyObjectOps.indexOrNull(key);
        if (idx == null) {
            throw PException.typeError("range indices must be integers or slices, not " + PyObjectOps.typeName(key));
        }
        BigInteger i = PyLong.toBig(idx);
        BigInteger len = r.bigLength();
        if (i.signum() < 0) {
            i = i.add(len);
        }
        if (i.signum() < 0 || i.compareTo(len) >= 0) {
            throw PException.indexError("range object index out of range");
        }
        if (r.isLong()) {
            return r.getLongStart() + i.longValue() * r.getLongStep();
        }
        return PyLong.normalize(PyLong.toBig(r.getStart()).add(PyLong.toBig(r.getStep()).multiply(i)));
    }

    @TruffleBoundary
    public static boolean contains(PyRange r, Object item) {
        if (item instanceof Long v && r.isLong() && r.getStop() instanceof Long stopL) {
            long start = r.getLongStart();
            long step = r.getLongStep();
            long stop = stopL;
            if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
                return false;
            }
            if (step == 1 || step == -1) {
                return true;
            }
            // v - start has the sign of step and its magnitude is below |stop - start|, which may overflow
            long diff = v - start;
            if (step > 0) {
                return Long.remainderUnsigned(diff, step) == 0;
            }
            return Long.remainderUnsigned(-diff, -step) == 0;
        }
        if (!(item instanceof Long || item instanceof BigInteger || item instanceof Boolean)) {
            Object it = PyObjectOps.getIter(r);
            Object v;
            while ((v = PyObjectOps.next(it)) != null) {
                if (PyObjectOps.richCompareBool(v, item, PyObjectOps.EQ)) {
                    return true;
                }
            }
            return false;
        }
        BigInteger v = PyLong.toBig(item);
        BigInteger start = PyLong.toBig(r.getStart());
        BigInteger stop = PyLong.toBig(r.getStop());
        BigInteger step = PyLong.toBig(r.getStep());
        if (step.signum() > 0) {
            if (v.compareTo(start) < 0 || v.compareTo(stop) >= 0) {
                return false;
            }
        } else {
            if (v.compareTo(start) > 0 || v.compareTo(stop) <= 0) {
                return false;
            }
        }
        return v.subtract(start).mod(step.abs()).signum() == 0;
    }

    /** Slice bounds against an arbitrary-precision length (slice.indices, range slicing): {start, stop, step}. */
    @TruffleBoundary
    public static BigInteger[] bigSliceIndices(PySlice s, BigInteger length) {
        BigInteger step = BigInteger.ONE;
        if (s.getStep() != PyNone.NONE) {
            step = sliceIndex(s.getStep());
            if (step.signum() == 0) {
                throw PException.valueError("slice step cannot be zero");
            }
        }
        boolean neg = step.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = clamp(s.getStart(), length, lower, upper, neg ? upper : lower);
        BigInteger stop = clamp(s.getStop(), length, lower, upper, neg ? lower : upper);
        return new BigInteger[]{start, stop, step};
    }

    private static BigInteger sliceIndex(Object o) {
        Object v = PyObjectOps.indexOrNull(o);
        if (v == null) {
            throw PException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return PyLong.toBig(v);
    }

    private static BigInteger clamp(Object bound, BigInteger length, BigInteger lower, BigInteger upper, BigInteger dflt) {
        if (bound == PyNone.NONE) {
            return dflt;
        }
        BigInteger v = sliceIndex(bound);
        if (v.signum() < 0) {
            v = v.add(length);
            if (v.compareTo(lower) < 0) {
                v = lower;
            }
        } else if (v.compareTo(upper) > 0) {
            v = upper;
        }
        return v;
    }
}
