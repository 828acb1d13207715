package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * Python's {@code dict}: insertion-ordered, with the layout of CPython's compact dict (a sparse index
 * table over a dense array of entries). Keys are compared with Python's hash and equality; str and
 * int keys take fast paths that neither box nor call Python code.
 *
 * <p>Deleted entries leave a hole in the dense arrays (key null) and a dummy in the index table; both
 * are bounded by the usable size of the table, and the next growth compacts them away, so a dict that
 * sees many insertions and deletions stays small and fast.
 *
 * <p>For fast global lookups, a node may cache the entry index of a key together with
 * {@link #getKeysAssumption()}, which stays valid as long as no key is added or removed.
 */
public class PyDict extends PyObject {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MINSIZE = 8;

    /** Sparse table: entry index, EMPTY or DUMMY. Its length is a power of two. */
    private int[] indices;
    /** Dense entry arrays; a deleted entry has a null key and value. */
    private long[] hashes;
    private Object[] keys;
    private Object[] values;
    /** Number of entries used (live or deleted) in the dense arrays. */
    private int nentries;
    /** Number of live entries. */
    private int size;
    /** Bumped on every insertion or removal of a key (for iterators). */
    private int keysVersion;
    private Assumption keysStable;

    public PyDict() {
        this(BuiltinTypes.DICT);
    }

    public PyDict(PyType type) {
        super(type);
        clearStorage(MINSIZE);
    }

    public PyDict(int expected) {
        super(BuiltinTypes.DICT);
        clearStorage(tableSizeFor(expected));
    }

    /** The smallest table whose usable part holds {@code n} entries. */
    private static int tableSizeFor(int n) {
        int cap = MINSIZE;
        while (usable(cap) < n) {
            cap <<= 1;
        }
        return cap;
    }

    private void clearStorage(int tableSize) {
        int[] idx = new int[tableSize];
        Arrays.fill(idx, EMPTY);
        indices = idx;
        int usable = usable(tableSize);
        hashes = new long[usable];
        keys = new Object[usable];
        values = new Object[usable];
        nentries = 0;
        size = 0;
    }

    private static int usable(int tableSize) {
        return (tableSize << 1) / 3;
    }

    public final int size() {
        return size;
    }

    public final int getKeysVersion() {
        return keysVersion;
    }

    // ------------------------------------------------------------------ assumption for caching

    public final Assumption getKeysAssumption() {
        Assumption a = keysStable;
        if (a == null) {
            a = createKeysAssumption();
        }
        return a;
    }

    @TruffleBoundary
    private Assumption createKeysAssumption() {
        Assumption a = Truffle.getRuntime().createAssumption("dict keys");
        keysStable = a;
        return a;
    }

    private void keysChanged() {
        keysVersion++;
        Assumption a = keysStable;
        if (a != null) {
            keysStable = null;
            a.invalidate();
        }
    }

    // ------------------------------------------------------------------ entry access

    /** Value at an entry index obtained from {@link #findEntryStr} while the keys assumption holds. */
    public final boolean isExactDict() {
        return getPyType() == BuiltinTypes.DICT;
    }

    public final Object getValueAt(int ix) {
        return values[ix];
    }

    public final void setValueAt(int ix, Object value) {
        values[ix] = value;
    }

    public final Object getKeyAt(int ix) {
        return keys[ix];
    }

    public final long getHashAt(int ix) {
        return hashes[ix];
    }

    /** Size of the dense entry array: valid entry indices are below it. */
    /**
     * What dict.__sizeof__ gives in CPython 3.11: the dict object, plus (unless it is still empty) its
     * keys object: header, index table of 1 to 8 bytes per slot, and 16-byte entries when all keys are
     * str or 24-byte entries otherwise.
     */
    public final long cpythonSizeof() {
        if (size == 0 && nentries == 0) {
            return 48;
        }
        long n = indices.length;
        int width = n <= 128 ? 1 : n <= 65536 ? 2 : n <= (1L << 32) ? 4 : 8;
        boolean strKeys = true;
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null && !(keys[i] instanceof String)) {
                strKeys = false;
                break;
            }
        }
        return 48 + 32 + n * width + (long) usable((int) n) * (strKeys ? 16 : 24);
    }

    public final int entryLimit() {
        return nentries;
    }

    /** True if the entry at {@code ix} is live. */
    public final boolean isLiveAt(int ix) {
        return ix >= 0 && ix < nentries && keys[ix] != null;
    }

    // ------------------------------------------------------------------ lookup

    /** Index of the live entry holding {@code key}, or -1. */
    @TruffleBoundary
    public final int findEntryStr(String key) {
        return lookupStr(key, PyHash.hashString(key));
    }

    /** Index of the live entry holding the int {@code key}, or -1. */
    @TruffleBoundary
    public final int findEntryLong(long key) {
        return lookupLong(key, PyHash.hashLong(key));
    }

    /** Index of the live entry holding {@code key}, or -1; raises TypeError for unhashable keys. */
    @TruffleBoundary
    public final int findEntry(Object key) {
        if (key instanceof String s) {
            return lookupStr(s, PyHash.hashString(s));
        } else if (key instanceof Long l) {
            return lookupLong(l, PyHash.hashLong(l));
        }
        return lookup(key, PyHash.hash(key));
    }

    @TruffleBoundary
    public final int findEntryWithHash(Object key, long h) {
        if (key instanceof String s) {
            return lookupStr(s, h);
        } else if (key instanceof Long l) {
            return lookupLong(l, h);
        }
        return lookup(key, h);
    }

    private int lookupStr(String key, long h) {
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == h) {
                Object k = keys[ix];
                if (k == key) {
                    return ix;
                }
                if (k instanceof String s) {
                    if (s.equals(key)) {
                        return ix;
                    }
                } else if (k instanceof PyObject) {
                    // a user object may compare equal to a str
                    return lookup(key, h);
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private int lookupLong(long key, long h) {
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == h) {
                Object k = keys[ix];
                if (k instanceof Long l) {
                    if (l == key) {
                        return ix;
                    }
                } else if (!(k instanceof String)) {
                    // 1.0, True or a user object may compare equal to an int
                    return lookup(key, h);
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Result of the fast lookups when Python equality would have to decide: take the general path. */
    public static final int UNKNOWN = -2;

    /** Entry index of str {@code key}, -1, or {@link #UNKNOWN}; no Python code runs, so it compiles inline. */
    public final int findEntryStrFast(String key) {
        long h = PyHash.hashString(key);
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == h) {
                Object k = keys[ix];
                if (k == key || k instanceof String ks && ks.equals(key)) {
                    return ix;
                }
                if (!(k instanceof String)) {
                    return UNKNOWN;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Entry index of int {@code key}, -1, or {@link #UNKNOWN}; no Python code runs. */
    public final int findEntryLongFast(long key) {
        long h = PyHash.hashLong(key);
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == h) {
                Object k = keys[ix];
                if (k instanceof Long l) {
                    if (l == key) {
                        return ix;
                    }
                } else if (!(k instanceof String)) {
                    return UNKNOWN;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The generic lookup: identity, then Python equality (which may run Python code). */
    private int lookup(Object key, long h) {
        restart: while (true) {
            int[] idx = indices;
            int mask = idx.length - 1;
            int i = (int) (h & mask);
            long perturb = h;
            while (true) {
                int ix = idx[i];
                if (ix == EMPTY) {
                    return -1;
                }
                if (ix >= 0 && hashes[ix] == h) {
                    Object k = keys[ix];
                    if (k == key) {
                        return ix;
                    }
                    if (keyEquals(k, key)) {
                        if (indices == idx && keys[ix] == k) {
                            return ix;
                        }
                        continue restart;
                    }
                    if (indices != idx || keys[ix] != k) {
                        // the table was changed by a Python __eq__
                        continue restart;
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /**
     * Python equality of two keys with equal hashes (identity first, like PyObject_RichCompareBool),
     * with fast paths for str, int and exact tuples of them.
     */
    static boolean keyEquals(Object a, Object b) {
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
        } else if (a instanceof Long la) {
            if (b instanceof Long lb) {
                return la.longValue() == lb.longValue();
            }
            if (b instanceof String) {
                return false;
            }
        } else if (a instanceof PyTuple ta && b instanceof PyTuple tb && ta.getPyType() == BuiltinTypes.TUPLE && tb.getPyType() == BuiltinTypes.TUPLE) {
            Object[] x = ta.getItems();
            Object[] y = tb.getItems();
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                if (!keyEquals(x[i], y[i])) {
                    return false;
                }
            }
            return x.length == y.length;
        }
        return PyHash.equalsSlow(a, b);
    }

    /** Table slot that refers to entry {@code ix} (which has hash {@code h}). */
    private int slotOf(long h, int ix) {
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (idx[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Returns the value or null. Raises TypeError for unhashable keys. */
    @TruffleBoundary
    public final Object getItem(Object key) {
        int ix = findEntry(key);
        return ix < 0 ? null : values[ix];
    }

    @TruffleBoundary
    public final Object getItemWithHash(Object key, long h) {
        int ix = findEntryWithHash(key, h);
        return ix < 0 ? null : values[ix];
    }

    @TruffleBoundary
    public final Object getItemStr(String key) {
        int ix = lookupStr(key, PyHash.hashString(key));
        return ix < 0 ? null : values[ix];
    }

    @TruffleBoundary
    public final Object getItemLong(long key) {
        int ix = lookupLong(key, PyHash.hashLong(key));
        return ix < 0 ? null : values[ix];
    }

    @TruffleBoundary
    public final boolean containsKey(Object key) {
        return findEntry(key) >= 0;
    }

    // ------------------------------------------------------------------ insertion

    @TruffleBoundary
    public final void setItem(Object key, Object value) {
        if (key instanceof String s) {
            setItemStr(s, value);
        } else if (key instanceof Long l) {
            setItemLong(l, value);
        } else {
            long h = PyHash.hash(key);
            int ix = lookup(key, h);
            if (ix >= 0) {
                values[ix] = value;
            } else {
                insertNew(key, h, value);
            }
        }
    }

    @TruffleBoundary
    public final void setItemStr(String key, Object value) {
        assert value != null;
        long h = PyHash.hashString(key);
        int ix = lookupStr(key, h);
        if (ix >= 0) {
            values[ix] = value;
        } else {
            insertNew(key, h, value);
        }
    }

    @TruffleBoundary
    public final void setItemLong(long key, Object value) {
        assert value != null;
        long h = PyHash.hashLong(key);
        int ix = lookupLong(key, h);
        if (ix >= 0) {
            values[ix] = value;
        } else {
            insertNew(key, h, value);
        }
    }

    @TruffleBoundary
    public final void setItemWithHash(Object key, long h, Object value) {
        assert value != null;
        int ix = findEntryWithHash(key, h);
        if (ix >= 0) {
            values[ix] = value;
        } else {
            insertNew(key, h, value);
        }
    }

    /** dict.setdefault: the value of {@code key}, inserting {@code dflt} first if it is missing. */
    @TruffleBoundary
    public final Object setDefault(Object key, Object dflt) {
        long h;
        int ix;
        if (key instanceof String s) {
            h = PyHash.hashString(s);
            ix = lookupStr(s, h);
        } else if (key instanceof Long l) {
            h = PyHash.hashLong(l);
            ix = lookupLong(l, h);
        } else {
            h = PyHash.hash(key);
            ix = lookup(key, h);
        }
        if (ix >= 0) {
            return values[ix];
        }
        insertNew(key, h, dflt);
        return dflt;
    }

    /** Inserts a key known to be absent. */
    private void insertNew(Object key, long h, Object value) {
        if (nentries >= keys.length) {
            resize(growTarget());
        }
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        int ix = nentries++;
        idx[i] = ix;
        hashes[ix] = h;
        keys[ix] = key;
        values[ix] = value;
        size++;
        keysChanged();
    }

    private int growTarget() {
        // CPython: GROWTH_RATE(d) = used * 3
        return powerOfTwoAtLeast(size * 3);
    }

    private static int powerOfTwoAtLeast(int n) {
        int cap = MINSIZE;
        while (cap < n) {
            cap <<= 1;
        }
        return cap;
    }

    /** Rebuilds the table with {@code newTableSize} slots, compacting the entries. */
    private void resize(int newTableSize) {
        long[] oh = hashes;
        Object[] ok = keys;
        Object[] ov = values;
        int on = nentries;
        int live = size;
        int ts = newTableSize;
        while (usable(ts) <= live) {
            ts <<= 1;
        }
        clearStorage(ts);
        int[] idx = indices;
        int mask = ts - 1;
        int n = 0;
        for (int j = 0; j < on; j++) {
            Object k = ok[j];
            if (k == null) {
                continue;
            }
            long h = oh[j];
            int i = (int) (h & mask);
            long perturb = h;
            while (idx[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            idx[i] = n;
            hashes[n] = h;
            keys[n] = k;
            values[n] = ov[j];
            n++;
        }
        nentries = n;
        size = n;
    }

    // ------------------------------------------------------------------ removal

    private Object removeAt(int ix) {
        int slot = slotOf(hashes[ix], ix);
        Object old = values[ix];
        indices[slot] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        size--;
        keysChanged();
        return old;
    }

    /** Removes {@code key}; returns the old value or null. Raises TypeError for unhashable keys. */
    @TruffleBoundary
    public final Object removeItem(Object key) {
        int ix = findEntry(key);
        return ix < 0 ? null : removeAt(ix);
    }

    @TruffleBoundary
    public final Object removeWithHash(Object key, long h) {
        int ix = findEntryWithHash(key, h);
        return ix < 0 ? null : removeAt(ix);
    }

    @TruffleBoundary
    public final Object removeStr(String key) {
        int ix = lookupStr(key, PyHash.hashString(key));
        return ix < 0 ? null : removeAt(ix);
    }

    @TruffleBoundary
    public final boolean delItemStr(String key) {
        return removeStr(key) != null;
    }

    @TruffleBoundary
    public final void clear() {
        clearStorage(MINSIZE);
        keysChanged();
    }

    /** Removes and returns the last entry as {key, value}, or null when empty (dict.popitem). */
    @TruffleBoundary
    public final Object[] popLast() {
        int j = nentries - 1;
        while (j >= 0 && keys[j] == null) {
            j--;
        }
        if (j < 0) {
            return null;
        }
        Object k = keys[j];
        Object v = removeAt(j);
        nentries = j;
        return new Object[]{k, v};
    }

    // ------------------------------------------------------------------ iteration

    /** Next live entry index at or after {@code ix}, or -1. */
    public final int nextEntry(int ix) {
        int j = ix;
        int n = nentries;
        Object[] ks = keys;
        while (j < n) {
            if (ks[j] != null) {
                return j;
            }
            j++;
        }
        return -1;
    }

    /** Previous live entry index at or before {@code ix}, or -1. */
    public final int prevEntry(int ix) {
        int j = Math.min(ix, nentries - 1);
        Object[] ks = keys;
        while (j >= 0) {
            if (ks[j] != null) {
                return j;
            }
            j--;
        }
        return -1;
    }

    @TruffleBoundary
    public final Object[] keysArray() {
        Object[] out = new Object[size];
        int n = 0;
        for (int j = 0; j < nentries; j++) {
            Object k = keys[j];
            if (k != null) {
                out[n++] = k;
            }
        }
        return out;
    }

    @TruffleBoundary
    public final Object[] valuesArray() {
        Object[] out = new Object[size];
        int n = 0;
        for (int j = 0; j < nentries; j++) {
            if (keys[j] != null) {
                out[n++] = values[j];
            }
        }
        return out;
    }

    /** A new exact dict with the same items. */
    @TruffleBoundary
    public final PyDict copy() {
        PyDict d = new PyDict(BuiltinTypes.DICT);
        d.copyFrom(this);
        return d;
    }

    /** Replaces the (empty) contents of this dict with a copy of {@code src}. */
    @TruffleBoundary
    public final void copyFrom(PyDict src) {
        if (src.nentries == src.size && src.size > 0 && size == 0) {
            // no holes: clone the arrays (CPython's clone_combined_dict_keys)
            indices = src.indices.clone();
            hashes = src.hashes.clone();
            keys = src.keys.clone();
            values = src.values.clone();
            nentries = src.nentries;
            size = src.size;
            keysChanged();
            return;
        }
        if (size == 0 && src.size > 0) {
            clearStorage(tableSizeFor(src.size));
        }
        src.copyInto(this);
    }

    /** Inserts all items of this dict into {@code d} (overriding existing keys). */
    @TruffleBoundary
    public final void copyInto(PyDict d) {
        if (d == this) {
            return;
        }
        int n = nentries;
        for (int j = 0; j < n && j < nentries; j++) {
            Object k = keys[j];
            if (k != null) {
                d.setItemWithHash(k, hashes[j], values[j]);
            }
        }
    }

    public static void neverPartOfCompilation() {
        CompilerDirectives.transferToInterpreter();
    }
}
