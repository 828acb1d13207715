package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * list.sort: a stable sort that, like CPython's timsort, compares only with {@code <}. Short lists are
 * sorted with CPython's run detection and binary insertion, so that the comparisons made (and the
 * errors raised for incomparable items) match CPython's.
 */
public final class ListSort {
    private static final int MIN_MERGE = 64;

    private ListSort() {
    }

    @TruffleBoundary
    public static void sort(PyList list, Object key, boolean reverse) {
        int n = list.size();
        Object[] items = list.toArray();
        list.setStore(new Object[0], 0);
        try {
            Object[] keys = items;
            if (key != PyNone.NONE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = CallOps.call(key, items[i]);
                }
            }
            if (reverse) {
                reverse(keys);
                if (keys != items) {
                    reverse(items);
                }
            }
            sortRange(keys, keys == items ? null : items, 0, n);
            if (reverse) {
                reverse(keys);
                if (keys != items) {
                    reverse(items);
                }
            }
        } finally {
            boolean modified = list.size() != 0;
            list.setStore(items, n);
            if (modified) {
                throw PException.valueError("list modified during sort");
            }
        }
    }

    private static void reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y) < 0;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        return PyObjectOps.isTrue(PyObjectOps.richCompare(a, b, PyObjectOps.LT));
    }

    private static void swap(Object[] a, int i, int j) {
        Object t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void sortRange(Object[] keys, Object[] values, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        if (n < MIN_MERGE) {
            int run = countRun(keys, values, lo, hi);
            binaryInsertion(keys, values, lo, hi, lo + run);
            return;
        }
        int mid = lo + n / 2;
        sortRange(keys, values, lo, mid);
        sortRange(keys, values, mid, hi);
        merge(keys, values, lo, mid, hi);
    }

    /** Length of the run at lo; a descending run is reversed in place (CPython's count_run). */
    private static int countRun(Object[] keys, Object[] values, int lo, int hi) {
        if (lo + 1 == hi) {
            return 1;
        }
        int n = 2;
        if (lt(keys[lo + 1], keys[lo])) {
            for (int p = lo + 2; p < hi; p++, n++) {
                if (!lt(keys[p], keys[p - 1])) {
                    break;
                }
            }
            for (int i = lo, j = lo + n - 1; i < j; i++, j--) {
                swap(keys, i, j);
                if (values != null) {
                    swap(values, i, j);
                }
            }
        } else {
            for (int p = lo + 2; p < hi; p++, n++) {
                if (lt(keys[p], keys[p - 1])) {
                    break;
                }
            }
        }
        return n;
    }

    private static void binaryInsertion(Object[] keys, Object[] values, int lo, int hi, int start) {
        for (int i = start; i < hi; i++) {
            Object pivot = keys[i];
            Object pv = values == null ? null : values[i];
            int l = lo;
            int r = i;
            while (l < r) {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            System.arraycopy(keys, l, keys, l + 1, i - l);
            keys[l] = pivot;
            if (values != null) {
                System.arraycopy(values, l, values, l + 1, i - l);
                values[l] = pv;
            }
        }
    }

    private static void merge(Object[] keys, Object[] values, int lo, int mid, int hi) {
        if (!lt(keys[mid], keys[mid - 1])) {
            return;
        }
        Object[] left = java.util.Arrays.copyOfRange(keys, lo, mid);
        Object[] leftV = values == null ? null : java.util.Arrays.copyOfRange(values, lo, mid);
        int i = 0;
        int j = mid;
        int k = lo;
        while (i < left.length && j < hi) {
            if (lt(keys[j], left[i])) {
                if (values != null) {
                    values[k] = values[j];
                }
                keys[k++] = keys[j++];
            } else {
                if (values != null) {
                    values[k] = leftV[i];
                }
                keys[k++] = left[i++];
            }
        }
        while (i < left.length) {
            if (values != null) {
                values[k] = leftV[i];
            }
            keys[k++] = left[i++];
        }
    }
}
