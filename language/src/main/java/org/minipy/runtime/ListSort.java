package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * list.sort and sorted(): CPython 3.11's timsort (natural runs, binary insertion up to minrun,
 * powersort merge policy, galloping merges), comparing only with {@code <}. Because the same
 * comparisons are made in the same order, side effects of {@code __lt__}, the errors raised for
 * incomparable items and the list's state after a failed sort match CPython's.
 *
 * <p>Lists of plain ints, strs or floats (without NaN and without a key function) cannot observe
 * the comparison order, so they are sorted with Java's primitive or stable object sorts.
 */
public final class ListSort {
    private static final int MIN_GALLOP = 7;
    private static final int MAX_MINRUN = 64;
    private static final int MAX_MERGE_PENDING = 85;
    /** Marks a list being sorted: any mutation replaces the store, which the sort detects. */
    private static final Object[] SORTING = new Object[0];

    private final Object[] keys;
    /** The list items moved along with their keys when a key function is used; else null. */
    private final Object[] values;
    private final int listlen;
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[MAX_MERGE_PENDING];
    private final int[] runLen = new int[MAX_MERGE_PENDING];
    private final int[] runPower = new int[MAX_MERGE_PENDING];
    private int pending;
    private Object[] tmpKeys = new Object[0];
    private Object[] tmpValues;
    private boolean descending;

    private ListSort(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
        this.listlen = keys.length;
        this.tmpValues = values == null ? null : new Object[0];
    }

    @TruffleBoundary
    public static void sort(PyList list, Object key, boolean reverse) {
        Object[] items = begin(list);
        Object[] keys = null;
        if (key != PyNone.NONE) {
            keys = new Object[items.length];
            try {
                for (int i = 0; i < items.length; i++) {
                    keys[i] = CallOps.call(key, items[i]);
                }
            } catch (RuntimeException e) {
                abort(list, items);
                throw e;
            }
        }
        finish(list, items, keys, reverse);
    }

    /**
     * First step of a sort whose keys are computed by the caller: takes the items out of the list, which
     * looks empty until {@link #finish} or {@link #abort}.
     */
    @TruffleBoundary
    public static Object[] begin(PyList list) {
        Object[] items = list.toArray();
        list.setStore(SORTING, 0);
        return items;
    }

    /** Puts the items back unsorted (the key function failed). */
    @TruffleBoundary
    public static void abort(PyList list, Object[] items) {
        list.setStore(items, items.length);
    }

    /** Sorts the items taken by {@link #begin} by their keys (null: by themselves) and puts them back. */
    @TruffleBoundary
    public static void finish(PyList list, Object[] items, Object[] keys, boolean reverse) {
        int n = items.length;
        boolean ok = false;
        try {
            if (n > 1) {
                if (reverse) {
                    if (keys != null) {
                        reverse(keys);
                    }
                    reverse(items);
                }
                try {
                    if (keys != null) {
                        if (!sortByNumericKeys(keys, items) && !sortByIntLedTuples(keys, items)) {
                            new ListSort(keys, items).run();
                        }
                    } else if (!fastSort(items) && !sortByIntLedTuples(items, items)) {
                        new ListSort(items, null).run();
                    }
                } finally {
                    if (reverse) {
                        reverse(items);
                    }
                }
            }
            ok = true;
        } finally {
            boolean modified = list.getStore() != SORTING || list.size() != 0;
            list.setStore(items, n);
            if (modified && ok) {
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

    /**
     * Sorts items by keys that are all ints or all NaN-free floats, stably, on primitive keys (key=
     * functions returning a number); false when the keys are not such.
     */
    private static boolean sortByNumericKeys(Object[] keys, Object[] items) {
        int n = keys.length;
        long[] k = new long[n];
        if (keys[0] instanceof Long) {
            for (int i = 0; i < n; i++) {
                if (!(keys[i] instanceof Long l)) {
                    return false;
                }
                k[i] = l;
            }
        } else if (keys[0] instanceof Double) {
            for (int i = 0; i < n; i++) {
                if (!(keys[i] instanceof Double d) || Double.isNaN(d)) {
                    return false;
                }
                k[i] = orderedBits(d);
            }
        } else {
            return false;
        }
        int[] order = identity(n);
        sortRunByLongs(order, 0, n, k);
        permute(items, order);
        return true;
    }

    /**
     * Sorts items by keys that are all exact tuples starting with an int ({@code key=lambda r: (r.a,
     * r.b)}, lists of (int, ...) tuples): stably, one column at a time on primitive or str values,
     * each column ordering the runs that the columns before it left equal. Only for tuples of one
     * length whose items are, at each position, all ints, all strs or all NaN-free floats: their order
     * is then total and no Python code or error can run, so any stable sort gives timsort's result.
     * False otherwise.
     */
    private static boolean sortByIntLedTuples(Object[] keys, Object[] items) {
        int n = keys.length;
        if (!(keys[0] instanceof PyTuple first) || first.size() == 0) {
            return false;
        }
        Object[] firstItems = first.getItems();
        int width = firstItems.length;
        if (!(firstItems[0] instanceof Long)) {
            return false;
        }
        Object[][] rows = new Object[n][];
        for (int i = 0; i < n; i++) {
            if (!(keys[i] instanceof PyTuple t) || t.getPyType() != BuiltinTypes.TUPLE || t.size() != width) {
                return false;
            }
            Object[] its = t.getItems();
            for (int p = 0; p < width; p++) {
                Object x = its[p];
                Object f = firstItems[p];
                boolean same = x instanceof Long ? f instanceof Long : x instanceof String ? f instanceof String : x instanceof Double d && !Double.isNaN(d) && f instanceof Double;
                if (!same) {
                    return false;
                }
            }
            rows[i] = its;
        }
        int[] order = identity(n);
        sortColumn(order, 0, n, rows, 0, width);
        permute(items, order);
        return true;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Reorders items so that position i holds the item that was at order[i]. */
    private static void permute(Object[] items, int[] order) {
        int n = items.length;
        Object[] sorted = new Object[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = items[order[i]];
        }
        System.arraycopy(sorted, 0, items, 0, n);
    }

    /**
     * Stably sorts the rows {@code order[lo, hi)} by column {@code col}, then each run of rows equal
     * in that column by the next column.
     */
    private static void sortColumn(int[] order, int lo, int hi, Object[][] rows, int col, int width) {
        if (hi - lo < 2 || col == width) {
            return;
        }
        Object probe = rows[order[lo]][col];
        if (probe instanceof String) {
            Integer[] boxed = new Integer[hi - lo];
            for (int j = lo; j < hi; j++) {
                boxed[j - lo] = order[j];
            }
            // Arrays.sort on objects is a stable merge sort
            Arrays.sort(boxed, (a, b) -> PyStrOps.compare((String) rows[a][col], (String) rows[b][col]));
            for (int j = lo; j < hi; j++) {
                order[j] = boxed[j - lo];
            }
            int runStart = lo;
            for (int j = lo + 1; j <= hi; j++) {
                if (j == hi || !rows[order[j]][col].equals(rows[order[runStart]][col])) {
                    sortColumn(order, runStart, j, rows, col + 1, width);
                    runStart = j;
                }
            }
            return;
        }
        long[] vals = new long[hi - lo];
        for (int j = lo; j < hi; j++) {
            Object x = rows[order[j]][col];
            vals[j - lo] = x instanceof Long l ? l : orderedBits((Double) x);
        }
        sortRunByLongs(order, lo, hi, vals);
        // vals now follows order: find the runs of equal values
        int runStart = lo;
        for (int j = lo + 1; j <= hi; j++) {
            if (j == hi || vals[j - lo] != vals[runStart - lo]) {
                sortColumn(order, runStart, j, rows, col + 1, width);
                runStart = j;
            }
        }
    }

    /**
     * Stably sorts {@code order[lo, hi)} by {@code vals} (vals[j - lo] belongs to order[j]); on return
     * vals is permuted along. When the values span less than 2**31, each becomes one long of (value -
     * min, position) and a primitive sort does the work; otherwise a merge sort on the values.
     */
    private static void sortRunByLongs(int[] order, int lo, int hi, long[] vals) {
        int n = hi - lo;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int j = 0; j < n; j++) {
            long v = vals[j];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max - min >= 0 && max - min < (1L << 31)) {
            long[] packed = new long[n];
            for (int j = 0; j < n; j++) {
                packed[j] = ((vals[j] - min) << 32) | j;
            }
            Arrays.sort(packed);
            int[] from = new int[n];
            for (int j = 0; j < n; j++) {
                int src = (int) packed[j];
                from[j] = order[lo + src];
                vals[j] = (packed[j] >>> 32) + min;
            }
            System.arraycopy(from, 0, order, lo, n);
            return;
        }
        int[] pos = identity(n);
        mergeSortByLongs(pos, new int[n], vals, 0, n);
        int[] from = new int[n];
        long[] sortedVals = new long[n];
        for (int j = 0; j < n; j++) {
            from[j] = order[lo + pos[j]];
            sortedVals[j] = vals[pos[j]];
        }
        System.arraycopy(from, 0, order, lo, n);
        System.arraycopy(sortedVals, 0, vals, 0, n);
    }

    /** Stable merge sort of the positions {@code pos[lo, hi)} by {@code vals[pos]}; tmp is scratch space. */
    private static void mergeSortByLongs(int[] pos, int[] tmp, long[] vals, int lo, int hi) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int x = pos[i];
                int j = i;
                while (j > lo && vals[x] < vals[pos[j - 1]]) {
                    pos[j] = pos[j - 1];
                    j--;
                }
                pos[j] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSortByLongs(pos, tmp, vals, lo, mid);
        mergeSortByLongs(pos, tmp, vals, mid, hi);
        if (vals[pos[mid]] >= vals[pos[mid - 1]]) {
            return;
        }
        System.arraycopy(pos, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (vals[tmp[j]] < vals[tmp[i]]) {
                pos[o++] = tmp[j++];
            } else {
                pos[o++] = tmp[i++];
            }
        }
        while (i < mid) {
            pos[o++] = tmp[i++];
        }
        while (j < hi) {
            pos[o++] = tmp[j++];
        }
    }

    /** A long whose signed order is the double's order (-0.0 and 0.0 equal, as Python's < has them). */
    private static long orderedBits(double d) {
        long b = Double.doubleToLongBits(d == 0.0 ? 0.0 : d);
        return b < 0 ? b ^ Long.MAX_VALUE : b;
    }

    /** Sorts homogeneous ints, strs or NaN-free floats directly; false when the list is not such. */
    private static boolean fastSort(Object[] items) {
        Object first = items[0];
        if (first instanceof Long) {
            long[] vals = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof Long l)) {
                    return false;
                }
                vals[i] = l;
            }
            Arrays.sort(vals);
            for (int i = 0; i < items.length; i++) {
                items[i] = vals[i];
            }
            return true;
        } else if (first instanceof String) {
            for (Object o : items) {
                if (!(o instanceof String)) {
                    return false;
                }
            }
            Arrays.sort(items, (a, b) -> PyStrOps.compare((String) a, (String) b));
            return true;
        } else if (first instanceof Double) {
            for (Object o : items) {
                if (!(o instanceof Double d) || Double.isNaN(d)) {
                    return false;
                }
            }
            // stable, and -0.0 == 0.0 as with Python's <
            Arrays.sort(items, (a, b) -> {
                double x = (Double) a;
                double y = (Double) b;
                return x < y ? -1 : (x > y ? 1 : 0);
            });
            return true;
        }
        return false;
    }

    private static boolean lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return PyStrOps.compare(x, y) < 0;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y && x.getPyType() == BuiltinTypes.TUPLE && y.getPyType() == BuiltinTypes.TUPLE) {
            return tupleLt(x.getItems(), y.getItems());
        }
        return PyObjectOps.isTrue(PyObjectOps.richCompare(a, b, PyObjectOps.LT));
    }

    /** {@code v < w} for exact tuples, as tuple.__lt__: the first unequal items decide. */
    private static boolean tupleLt(Object[] v, Object[] w) {
        int n = Math.min(v.length, w.length);
        int i = 0;
        for (; i < n; i++) {
            Object x = v[i];
            Object y = w[i];
            if (x == y) {
                continue;
            }
            boolean eq;
            if (x instanceof Long lx && y instanceof Long ly) {
                eq = lx.longValue() == ly.longValue();
            } else if (x instanceof String sx && y instanceof String sy) {
                eq = sx.equals(sy);
            } else {
                eq = PyObjectOps.richCompareBool(x, y, PyObjectOps.EQ);
            }
            if (!eq) {
                break;
            }
        }
        if (i >= n) {
            return v.length < w.length;
        }
        return lt(v[i], w[i]);
    }

    // ------------------------------------------------------------------ the main loop

    private static int computeMinrun(int n) {
        int r = 0;
        while (n >= MAX_MINRUN) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void run() {
        int lo = 0;
        int nremaining = listlen;
        int minrun = computeMinrun(nremaining);
        do {
            int n = countRun(lo, lo + nremaining);
            if (descending) {
                reverseRange(lo, lo + n);
            }
            if (n < minrun) {
                int force = nremaining <= minrun ? nremaining : minrun;
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[pending] = lo;
            runLen[pending] = n;
            pending++;
            lo += n;
            nremaining -= n;
        } while (nremaining > 0);
        forceCollapse();
    }

    private void reverseRange(int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            Object t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
            if (values != null) {
                t = values[i];
                values[i] = values[j];
                values[j] = t;
            }
        }
    }

    /** Length of the run starting at lo (ascending, or strictly descending: sets {@link #descending}). */
    private int countRun(int lo, int hi) {
        descending = false;
        int p = lo + 1;
        if (p == hi) {
            return 1;
        }
        int n = 2;
        if (lt(keys[p], keys[p - 1])) {
            descending = true;
            for (p = p + 1; p < hi; ++p, ++n) {
                if (!lt(keys[p], keys[p - 1])) {
                    break;
                }
            }
        } else {
            for (p = p + 1; p < hi; ++p, ++n) {
                if (lt(keys[p], keys[p - 1])) {
                    break;
                }
            }
        }
        return n;
    }

    /** Sorts [lo, hi) by binary insertion, given that [lo, start) is already sorted. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) {
            ++start;
        }
        for (; start < hi; ++start) {
            int l = lo;
            int r = start;
            Object pivot = keys[r];
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                Object pv = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = pv;
            }
        }
    }

    /** The powersort "power" of the run boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2). */
    private static int powerloop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            ++result;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    private void foundNewRun(int n2) {
        if (pending > 0) {
            int s1 = runBase[pending - 1];
            int n1 = runLen[pending - 1];
            int power = powerloop(s1, n1, n2, listlen);
            while (pending > 1 && runPower[pending - 2] > power) {
                mergeAt(pending - 2);
            }
            runPower[pending - 1] = power;
        }
    }

    private void forceCollapse() {
        while (pending > 1) {
            int n = pending - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                --n;
            }
            mergeAt(n);
        }
    }

    private void mergeAt(int i) {
        int pa = runBase[i];
        int na = runLen[i];
        int pb = runBase[i + 1];
        int nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        --pending;
        int k = gallopRight(keys[pb], keys, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(pa, na, pb, nb);
        } else {
            mergeHi(pa, na, pb, nb);
        }
    }

    // ------------------------------------------------------------------ galloping

    /** k in 0..n with a[k-1] < key <= a[k] (a starts at base). */
    private static int gallopLeft(Object key, Object[] a, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(a[base + hint + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(a[base + hint - ofs], key)) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** k in 0..n with a[k-1] <= key < a[k] (a starts at base). */
    private static int gallopRight(Object key, Object[] a, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint + ofs])) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    // ------------------------------------------------------------------ merging

    private void ensureTmp(int need) {
        if (tmpKeys.length < need) {
            tmpKeys = new Object[need];
            if (values != null) {
                tmpValues = new Object[need];
            }
        }
    }

    /** keys/values[dst..dst+len) = src arrays[si..si+len) (overlap-safe). */
    private void copy(Object[] srcK, Object[] srcV, int si, Object[] dstK, Object[] dstV, int di, int len) {
        System.arraycopy(srcK, si, dstK, di, len);
        if (values != null) {
            System.arraycopy(srcV, si, dstV, di, len);
        }
    }

    private void put(int di, Object[] srcK, Object[] srcV, int si) {
        keys[di] = srcK[si];
        if (values != null) {
            values[di] = srcV[si];
        }
    }

    /** Merges the runs [pa, pa+na) and [pb, pb+nb) (pb == pa+na, na <= nb), with run A in the temp array. */
    private void mergeLo(int pa, int na, int pb, int nb) {
        Object[] k = keys;
        Object[] v = values;
        ensureTmp(na);
        Object[] tk = tmpKeys;
        Object[] tv = tmpValues;
        copy(k, v, pa, tk, tv, 0, na);
        int dest = pa;
        int a = 0;
        int b = pb;
        put(dest++, k, v, b++);
        --nb;
        try {
            copyB: {
                succeed: {
                    if (nb == 0) {
                        break succeed;
                    }
                    if (na == 1) {
                        break copyB;
                    }
                    int mg = minGallop;
                    for (;;) {
                        int acount = 0;
                        int bcount = 0;
                        for (;;) {
                            if (lt(k[b], tk[a])) {
                                put(dest++, k, v, b++);
                                ++bcount;
                                acount = 0;
                                --nb;
                                if (nb == 0) {
                                    break succeed;
                                }
                                if (bcount >= mg) {
                                    break;
                                }
                            } else {
                                put(dest++, tk, tv, a++);
                                ++acount;
                                bcount = 0;
                                --na;
                                if (na == 1) {
                                    break copyB;
                                }
                                if (acount >= mg) {
                                    break;
                                }
                            }
                        }
                        ++mg;
                        do {
                            mg -= mg > 1 ? 1 : 0;
                            minGallop = mg;
                            int c = gallopRight(k[b], tk, a, na, 0);
                            acount = c;
                            if (c != 0) {
                                copy(tk, tv, a, k, v, dest, c);
                                dest += c;
                                a += c;
                                na -= c;
                                if (na == 1) {
                                    break copyB;
                                }
                                if (na == 0) {
                                    break succeed;
                                }
                            }
                            put(dest++, k, v, b++);
                            --nb;
                            if (nb == 0) {
                                break succeed;
                            }
                            c = gallopLeft(tk[a], k, b, nb, 0);
                            bcount = c;
                            if (c != 0) {
                                copy(k, v, b, k, v, dest, c);
                                dest += c;
                                b += c;
                                nb -= c;
                                if (nb == 0) {
                                    break succeed;
                                }
                            }
                            put(dest++, tk, tv, a++);
                            --na;
                            if (na == 1) {
                                break copyB;
                            }
                        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                        ++mg;
                        minGallop = mg;
                    }
                }
                // succeed
                if (na > 0) {
                    copy(tk, tv, a, k, v, dest, na);
                }
                return;
            }
            // copyB: the last element of A belongs at the end of the merge
            copy(k, v, b, k, v, dest, nb);
            put(dest + nb, tk, tv, a);
        } catch (RuntimeException e) {
            if (na > 0) {
                copy(tk, tv, a, k, v, dest, na);
            }
            throw e;
        }
    }

    /** Merges the runs [pa, pa+na) and [pb, pb+nb) (pb == pa+na, na >= nb), with run B in the temp array. */
    private void mergeHi(int pa, int na, int pb, int nb) {
        Object[] k = keys;
        Object[] v = values;
        ensureTmp(nb);
        Object[] tk = tmpKeys;
        Object[] tv = tmpValues;
        copy(k, v, pb, tk, tv, 0, nb);
        int dest = pb + nb - 1;
        int b = nb - 1;
        int a = pa + na - 1;
        put(dest--, k, v, a--);
        --na;
        try {
            copyA: {
                succeed: {
                    if (na == 0) {
                        break succeed;
                    }
                    if (nb == 1) {
                        break copyA;
                    }
                    int mg = minGallop;
                    for (;;) {
                        int acount = 0;
                        int bcount = 0;
                        for (;;) {
                            if (lt(tk[b], k[a])) {
                                put(dest--, k, v, a--);
                                ++acount;
                                bcount = 0;
                                --na;
                                if (na == 0) {
                                    break succeed;
                                }
                                if (acount >= mg) {
                                    break;
                                }
                            } else {
                                put(dest--, tk, tv, b--);
                                ++bcount;
                                acount = 0;
                                --nb;
                                if (nb == 1) {
                                    break copyA;
                                }
                                if (bcount >= mg) {
                                    break;
                                }
                            }
                        }
                        ++mg;
                        do {
                            mg -= mg > 1 ? 1 : 0;
                            minGallop = mg;
                            int c = gallopRight(tk[b], k, pa, na, na - 1);
                            c = na - c;
                            acount = c;
                            if (c != 0) {
                                dest -= c;
                                a -= c;
                                copy(k, v, a + 1, k, v, dest + 1, c);
                                na -= c;
                                if (na == 0) {
                                    break succeed;
                                }
                            }
                            put(dest--, tk, tv, b--);
                            --nb;
                            if (nb == 1) {
                                break copyA;
                            }
                            c = gallopLeft(k[a], tk, 0, nb, nb - 1);
                            c = nb - c;
                            bcount = c;
                            if (c != 0) {
                                dest -= c;
                                b -= c;
                                copy(tk, tv, b + 1, k, v, dest + 1, c);
                                nb -= c;
                                if (nb == 1) {
                                    break copyA;
                                }
                                if (nb == 0) {
                                    break succeed;
                                }
                            }
                            put(dest--, k, v, a--);
                            --na;
                            if (na == 0) {
                                break succeed;
                            }
                        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                        ++mg;
                        minGallop = mg;
                    }
                }
                // succeed
                if (nb > 0) {
                    copy(tk, tv, 0, k, v, dest - (nb - 1), nb);
                }
                return;
            }
            // copyA: the first element of B belongs at the front of the merge
            copy(k, v, a + 1 - na, k, v, dest + 1 - na, na);
            dest -= na;
            put(dest, tk, tv, b);
        } catch (RuntimeException e) {
            if (nb > 0) {
                copy(tk, tv, 0, k, v, dest - (nb - 1), nb);
            }
            throw e;
        }
    }
}
