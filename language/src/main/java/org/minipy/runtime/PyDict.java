package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * Python's {@code dict}: insertion-ordered, with the layout of CPython's compact dict (a sparse index
 * table over a dense array of entries). Keys are compared with Python's hash and equality; str and
 * int keys take fast paths.
 *
 * <p>For fast global lookups, a node may cache the entry index of a key together with
 * {@link #getKeysAssumption()}, which stays valid as long as no key is added or removed.
 */
public class PyDict extends PyObject {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final Object DELETED = new Object();

    private int[] indices;
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
        clearStorage(8);
    }

    public PyDict(int expected) {
        super(BuiltinTypes.DICT);
        int cap = 8;
        while (cap * 2 / 3 < expected) {
            cap <<= 1;
        }
        clearStorage(cap);
    }

    private void clearStorage(int tableSize) {
        indices = new int[tableSize];
        Arrays.fill(indices, EMPTY);
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

    /** Index of the live entry holding {@code key}, or -1. */
    @TruffleBoundary
    public final int findEntryStr(String key) {
        long h = PyHash.hashString(key);
        int mask = indices.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == h) {
                Object k = keys[ix];
                if (k == key || (k instanceof String s && s.equals(key))) {
                    return ix;
                }
                if (!(k instanceof String) && k != DELETED && PyHash.equalsSlow(k, key)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Value at an entry index obtained from {@link #findEntryStr} while the keys assumption holds. */
    public final Object getValueAt(int ix) {
        return values[ix];
    }

    public final void setValueAt(int ix, Object value) {
        values[ix] = value;
    }

    public final Object getKeyAt(int ix) {
        return keys[ix];
    }

    /** Size of the dense entry array: valid entry indices are below it. */
    public final int entryLimit() {
        return nentries;
    }

    /** True if the entry at {@code ix} is live. */
    public final boolean isLiveAt(int ix) {
        return ix < nentries && keys[ix] != DELETED && keys[ix] != null;
    }

    // ------------------------------------------------------------------ lookup

    private int findIndexSlot(Object key, long h, boolean[] foundOut) {
        // returns the table slot where key lives (foundOut[0]=true) or where it should be inserted
        int mask = indices.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        int freeSlot = -1;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                foundOut[0] = false;
                return freeSlot >= 0 ? freeSlot : i;
            }
            if (ix == DUMMY) {
                if (freeSlot < 0) {
                    freeSlot = i;
                }
            } else if (hashes[ix] == h) {
                Object k = keys[ix];
                if (k == key || PyHash.equals(k, key)) {
                    foundOut[0] = true;
                    return i;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private int findEntry(Object key, long h) {
        int mask = indices.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == h) {
                Object k = keys[ix];
                if (k == key || PyHash.equals(k, key)) {
                    // the table may have been changed by a Python __eq__
                    if (ix < nentries && keys[ix] == k) {
                        return ix;
                    }
                    return findEntry(key, h);
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Returns the value or null. Raises TypeError for unhashable keys. */
    @TruffleBoundary
    public final Object getItem(Object key) {
        if (key instanceof String s) {
            int ix = findEntryStr(s);
            return ix < 0 ? null : values[ix];
        }
        long h = PyHash.hash(key);
        int ix = findEntry(key, h);
        return ix < 0 ? null : values[ix];
    }

    @TruffleBoundary
    public final Object getItemWithHash(Object key, long h) {
        int ix = findEntry(key, h);
        return ix < 0 ? null : values[ix];
    }

    @TruffleBoundary
    public final Object getItemStr(String key) {
        int ix = findEntryStr(key);
        return ix < 0 ? null : values[ix];
    }

    @TruffleBoundary
    public final boolean containsKey(Object key) {
        return getItem(key) != null;
    }

    // ------------------------------------------------------------------ insertion

    @TruffleBoundary
    public final void setItem(Object key, Object value) {
        setItemWithHash(key, PyHash.hash(key), value);
    }

    @TruffleBoundary
    public final void setItemStr(String key, Object value) {
        setItemWithHash(key, PyHash.hashString(key), value);
    }

    @TruffleBoundary
    public final void setItemWithHash(Object key, long h, Object value) {
        assert value != null;
        int ix = findEntry(key, h);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        insertNew(key, h, value);
    }

    private void insertNew(Object key, long h, Object value) {
        if (nentries >= keys.length) {
            resize(growTarget());
        }
        int mask = indices.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        int ix = nentries++;
        indices[i] = ix;
        hashes[ix] = h;
        keys[ix] = key;
        values[ix] = value;
        size++;
        keysChanged();
    }

    private int growTarget() {
        // CPython: GROWTH_RATE(d) = used * 3
        int want = size * 3;
        int cap = 8;
        while (cap < want) {
            cap <<= 1;
        }
        return Math.max(cap, 8);
    }

    private void resize(int newTableSize) {
        long[] oh = hashes;
        Object[] ok = keys;
        Object[] ov = values;
        int on = nentries;
        while (usable(newTableSize) < size) {
            newTableSize <<= 1;
        }
        clearStorage(newTableSize);
        int mask = newTableSize - 1;
        int n = 0;
        for (int j = 0; j < on; j++) {
            Object k = ok[j];
            if (k == DELETED || k == null) {
                continue;
            }
            long h = oh[j];
            int i = (int) (h & mask);
            long perturb = h;
            while (indices[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            indices[i] = n;
            hashes[n] = h;
            keys[n] = k;
            values[n] = ov[j];
            n++;
        }
        nentries = n;
        size = n;
    }

    // ------------------------------------------------------------------ removal

    /** Removes {@code key}; returns the old value or null. */
    @TruffleBoundary
    public final Object removeItem(Object key) {
        long h = PyHash.hash(key);
        return removeWithHash(key, h);
    }

    @TruffleBoundary
    public final Object removeWithHash(Object key, long h) {
        boolean[] found = new boolean[1];
        int slot = findIndexSlot(key, h, found);
        if (!found[0]) {
            return null;
        }
        int ix = indices[slot];
        Object old = values[ix];
        indices[slot] = DUMMY;
        keys[ix] = DELETED;
        values[ix] = null;
        size--;
        keysChanged();
        return old;
    }

    @TruffleBoundary
    public final boolean delItemStr(String key) {
        return removeItem(key) != null;
    }

    @TruffleBoundary
    public final void clear() {
        clearStorage(8);
        keysChanged();
    }

    /** Removes and returns the last entry as {key, value}, or null when empty. */
    @TruffleBoundary
    public final Object[] popLast() {
        for (int j = nentries - 1; j >= 0; j--) {
            Object k = keys[j];
            if (k != DELETED && k != null) {
                Object v = values[j];
                removeWithHash(k, hashes[j]);
                nentries = j;
                return new Object[]{k, v};
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ iteration

    /** Next live entry index at or after {@code ix}, or -1. */
    public final int nextEntry(int ix) {
        int j = ix;
        while (j < nentries) {
            Object k = keys[j];
            if (k != DELETED && k != null) {
                return j;
            }
            j++;
        }
        return -1;
    }

    @TruffleBoundary
    public final Object[] keysArray() {
        Object[] out = new Object[size];
        int n = 0;
        for (int j = 0; j < nentries; j++) {
            Object k = keys[j];
            if (k != DELETED && k != null) {
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
            Object k = keys[j];
            if (k != DELETED && k != null) {
                out[n++] = values[j];
            }
        }
        return out;
    }

    public final long getHashAt(int ix) {
        return hashes[ix];
    }

    @TruffleBoundary
    public final PyDict copy() {
        PyDict d = new PyDict(size);
        copyInto(d);
        return d;
    }

    @TruffleBoundary
    public final void copyInto(PyDict d) {
        for (int j = 0; j < nentries; j++) {
            Object k = keys[j];
            if (k != DELETED && k != null) {
                d.setItemWithHash(k, hashes[j], values[j]);
            }
        }
    }

    public static void neverPartOfCompilation() {
        CompilerDirectives.transferToInterpreter();
    }
}
