package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Indexing and slicing of the builtin sequences and dicts. */
public final class SubscriptOps {
    private SubscriptOps() {
    }

    /** Slice bounds resolved against a length, as PySlice_GetIndicesEx. */
    public record SliceInfo(long start, long stop, long step, int length) {
    }

    @TruffleBoundary
    public static SliceInfo sliceIndices(PySlice s, long len) {
        long step;
        if (s.getStep() == PyNone.NONE) {
            step = 1;
        } else {
            step = clampIndex(s.getStep());
            if (step == 0) {
                throw PException.valueError("slice step cannot be zero");
            }
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? len - 1 : len;
        long start;
        long stop;
        if (s.getStart() == PyNone.NONE) {
            start = step < 0 ? upper : lower;
        } else {
            start = clampIndex(s.getStart());
            if (start < 0) {
                start += len;
                if (start < lower) {
                    start = lower;
                }
            } else if (start > upper) {
                start = upper;
            }
        }
        if (s.getStop() == PyNone.NONE) {
            stop = step < 0 ? lower : upper;
        } else {
            stop = clampIndex(s.getStop());
            if (stop < 0) {
                stop += len;
                if (stop < lower) {
                    stop = lower;
                }
            } else if (stop > upper) {
                stop = upper;
            }
        }
        long slen;
        if (step < 0) {
            slen = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            slen = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new SliceInfo(start, stop, step, (int) slen);
    }

    /** An index for slicing: ints and __index__ objects, clamped to the long range. */
    @TruffleBoundary
    static long clampIndex(Object o) {
        Object v = PyObjectOps.indexOrNull(o);
        if (v == null) {
            throw PException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (v instanceof Long l) {
            return l;
        }
        BigInteger b = (BigInteger) v;
        return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    /** A sequence index: ints and __index__ objects; raises TypeError with {@code what} otherwise. */
    @TruffleBoundary
    public static long indexValue(Object key, String typeName) {
        if (key instanceof Long l) {
            return l;
        }
        if (key instanceof Boolean b) {
            return b ? 1 : 0;
        }
        Object v = PyObjectOps.indexOrNull(key);
        if (v == null) {
            throw PException.typeError(typeName + " indices must be integers or slices, not " + PyObjectOps.typeName(key));
        }
        if (v instanceof Long l) {
            return l;
        }
        throw PException.indexError("cannot fit 'int' into an index-sized integer");
    }

    // ------------------------------------------------------------------ get

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        if (!BuiltinTypes.getType(obj).isBuiltin()) {
            return PyObjectOps.getItem(obj, key);
        }
        if (obj instanceof PyList l) {
            return listGet(l, key);
        } else if (obj instanceof PyTuple t) {
            return tupleGet(t, key);
        } else if (obj instanceof String s) {
            return strGet(s, key);
        } else if (obj instanceof PyDict d) {
            Object v = d.getItem(key);
            if (v == null) {
                throw PException.keyError(key);
            }
            return v;
        } else if (obj instanceof PyRange r) {
            return RangeOps.getItem(r, key);
        } else if (obj instanceof PyBytes b) {
            return bytesGet(b, key);
        }
        return PyObjectOps.getItem(obj, key);
    }

    @TruffleBoundary
    public static Object listGet(PyList l, Object key) {
        if (key instanceof PySlice s) {
            SliceInfo si = sliceIndices(s, l.size());
            Object[] store = l.getStore();
            Object[] out = new Object[si.length()];
            if (si.step() == 1) {
                System.arraycopy(store, (int) si.start(), out, 0, si.length());
            } else {
                long j = si.start();
                for (int i = 0; i < si.length(); i++, j += si.step()) {
                    out[i] = store[(int) j];
                }
            }
            return new PyList(out);
        }
        long i = indexValue(key, "list");
        int n = l.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PException.indexError("list index out of range");
        }
        return l.get((int) i);
    }

    @TruffleBoundary
    public static Object tupleGet(PyTuple t, Object key) {
        if (key instanceof PySlice s) {
            SliceInfo si = sliceIndices(s, t.size());
            if (si.step() == 1 && si.start() == 0 && si.length() == t.size() && t.getPyType() == BuiltinTypes.TUPLE) {
                return t;
            }
            Object[] items = t.getItems();
            Object[] out = new Object[si.length()];
            long j = si.start();
            for (int i = 0; i < si.length(); i++, j += si.step()) {
                out[i] = items[(int) j];
            }
            return new PyTuple(out);
        }
        long i = indexValue(key, "tuple");
        int n = t.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PException.indexError("tuple index out of range");
        }
        return t.get((int) i);
    }

    @TruffleBoundary
    public static Object strGet(String s, Object key) {
        if (PyStrOps.hasPairs(s)) {
            return strGetPairs(s, key);
        }
        if (key instanceof PySlice sl) {
            SliceInfo si = sliceIndices(sl, s.length());
            if (si.step() == 1) {
                return s.substring((int) si.start(), (int) si.start() + si.length());
            }
            StringBuilder sb = new StringBuilder(si.length());
            long j = si.start();
            for (int i = 0; i < si.length(); i++, j += si.step()) {
                sb.append(s.charAt((int) j));
            }
            return sb.toString();
        }
        if (!(key instanceof Long) && PyObjectOps.indexOrNull(key) == null) {
            throw PException.typeError("string indices must be integers, not '" + PyObjectOps.typeName(key) + "'");
        }
        long i = indexValue(key, "string");
        int n = s.length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PException.indexError("string index out of range");
        }
        return PyStrOps.charToString(s.charAt((int) i));
    }

    /** strGet for strings with surrogate pairs: indices count code points. */
    private static Object strGetPairs(String s, Object key) {
        int[] cps = s.codePoints().toArray();
        if (key instanceof PySlice sl) {
            SliceInfo si = sliceIndices(sl, cps.length);
            if (si.step() == 1) {
                return new String(cps, (int) si.start(), si.length());
            }
            StringBuilder sb = new StringBuilder(si.length());
            long j = si.start();
            for (int i = 0; i < si.length(); i++, j += si.step()) {
                sb.appendCodePoint(cps[(int) j]);
            }
            return sb.toString();
        }
        if (!(key instanceof Long) && PyObjectOps.indexOrNull(key) == null) {
            throw PException.typeError("string indices must be integers, not '" + PyObjectOps.typeName(key) + "'");
        }
        long i = indexValue(key, "string");
        int n = cps.length;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PException.indexError("string index out of range");
        }
        return new String(cps, (int) i, 1);
    }

    @TruffleBoundary
    public static Object bytesGet(PyBytes b, Object key) {
        if (key instanceof PySlice sl) {
            SliceInfo si = sliceIndices(sl, b.length());
            byte[] out = new byte[si.length()];
            long j = si.start();
            for (int i = 0; i < si.length(); i++, j += si.step()) {
                out[i] = b.getStore()[(int) j];
            }
            return b.isByteArray() ? PyBytes.bytearray(out) : new PyBytes(out);
        }
        long i = indexValue(key, b.isByteArray() ? "bytearray" : "byte");
        int n = b.length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PException.indexError(b.isByteArray() ? "bytearray index out of range" : "index out of range");
        }
        return (long) (b.getStore()[(int) i] & 0xff);
    }

    // ------------------------------------------------------------------ set / delete

    @TruffleBoundary
    public static void listSet(PyList l, Object key, Object value) {
        if (key instanceof PySlice s) {
            listSetSlice(l, s, value);
            return;
        }
        long i = indexValue(key, "list");
        int n = l.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PException.indexError("list assignment index out of range");
        }
        l.set((int) i, value);
    }

    @TruffleBoundary
    public static void listSetSlice(PyList l, PySlice s, Object value) {
        SliceInfo si = sliceIndices(s, l.size());
        Object[] values;
        if (value == l) {
            values = l.toArray();
        } else {
            Object it;
            try {
                it = PyObjectOps.getIter(value);
            } catch (PException e) {
                if (e.isInstance(BuiltinTypes.TYPE_ERROR)) {
                    throw PException.typeError(si.step() == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
                }
                throw e;
            }
            values = PyObjectOps.toArray(it);
        }
        if (si.step() == 1) {
            int start = (int) si.start();
            int stop = Math.max(start, (int) si.stop());
            int n = l.size();
            int newSize = n - (stop - start) + values.length;
            Object[] store = new Object[Math.max(newSize, 4)];
            Object[] old = l.getStore();
            System.arraycopy(old, 0, store, 0, start);
            System.arraycopy(values, 0, store, start, values.length);
            System.arraycopy(old, stop, store, start + values.length, n - stop);
            l.setStore(store, newSize);
            return;
        }
        if (values.length != si.length()) {
            throw PException.valueError("attempt to assign sequence of size " + values.length + " to extended slice of size " + si.length());
        }
        long j = si.start();
        for (int i = 0; i < si.length(); i++, j += si.step()) {
            l.set((int) j, values[i]);
        }
    }

    @TruffleBoundary
    public static void listDelete(PyList l, Object key) {
        if (key instanceof PySlice s) {
            SliceInfo si = sliceIndices(s, l.size());
            if (si.length() == 0) {
                return;
            }
            boolean[] remove = new boolean[l.size()];
            long j = si.start();
            for (int i = 0; i < si.length(); i++, j += si.step()) {
                remove[(int) j] = true;
            }
            Object[] old = l.getStore();
            int n = l.size();
            Object[] store = new Object[Math.max(n - si.length(), 4)];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!remove[i]) {
                    store[k++] = old[i];
                }
            }
            l.setStore(store, k);
            return;
        }
        long i = indexValue(key, "list");
        int n = l.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PException.indexError("list assignment index out of range");
        }
        l.removeAt((int) i);
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        if (obj instanceof PyList l && l.getPyType() == BuiltinTypes.LIST) {
            listSet(l, key, value);
        } else if (obj instanceof PyDict d && d.getPyType() == BuiltinTypes.DICT) {
            d.setItem(key, value);
        } else {
            PyObjectOps.setItem(obj, key, value);
        }
    }

    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        if (obj instanceof PyList l && l.getPyType() == BuiltinTypes.LIST) {
            listDelete(l, key);
        } else if (obj instanceof PyDict d && d.getPyType() == BuiltinTypes.DICT) {
            if (d.removeItem(key) == null) {
                throw PException.keyError(key);
            }
        } else {
            PyObjectOps.delItem(obj, key);
        }
    }
}
