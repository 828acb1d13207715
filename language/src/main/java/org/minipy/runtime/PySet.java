package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code set} and {@code frozenset}, with CPython's open-addressing table (linear probes,
 * then perturbation) so that iteration order, {@code pop()} and {@code repr} match CPython exactly
 * for the same hashes.
 */
public final class PySet extends PyObject {
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();

    private Object[] keys;
    private long[] hashes;
    private int mask;
    /** Active + dummy entries. */
    private int fill;
    /** Active entries. */
    private int used;
    private int finger;
    private long cachedHash = -1;

    public PySet(PyType type) {
        super(type);
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
    }

    public PySet() {
        this(BuiltinTypes.SET);
    }

    public static PySet newFrozen() {
        return new PySet(BuiltinTypes.FROZENSET);
    }

    public boolean isFrozen() {
        return getPyType().isSubtypeOf(BuiltinTypes.FROZENSET);
    }

    public int size() {
        return used;
    }

    public int tableSize() {
        return mask + 1;
    }

    /** Key at table slot i (null or internal dummy for free slots: use {@link #isActive}). */
    public Object keyAt(int i) {
        return keys[i];
    }

    public long hashAt(int i) {
        return hashes[i];
    }

    public boolean isActive(int i) {
        Object k = keys[i];
        return k != null && k != DUMMY;
    }

    @TruffleBoundary
    public boolean add(Object key) {
        return addEntry(key, PyHash.hash(key));
    }

    @TruffleBoundary
    public boolean addEntry(Object key, long hash) {
        restart: while (true) {
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            int freeslot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int e = i;
                do {
                    Object k = keys[e];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            cachedHash = -1;
                            return true;
                        }
                        fill++;
                        used++;
                        keys[e] = key;
                        hashes[e] = hash;
                        cachedHash = -1;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (k != DUMMY && hashes[e] == hash) {
                        if (k == key || (k instanceof String s1 && key instanceof String s2 && s1.equals(s2))) {
                            return false;
                        }
                        Object[] table = keys;
                        boolean eq = PyHash.equalsSlow(k, key);
                        if (eq) {
                            return false;
                        }
                        if (table != keys || keys[e] != k) {
                            continue restart;
                        }
                        m = mask;
                    } else if (k == DUMMY) {
                        if (freeslot < 0) {
                            freeslot = e;
                        }
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            Object k = oldKeys[j];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[j]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Table slot of key, or -1. */
    private int lookup(Object key, long hash) {
        restart: while (true) {
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int e = i;
                do {
                    Object k = keys[e];
                    if (k == null) {
                        return -1;
                    }
                    if (k != DUMMY && hashes[e] == hash) {
                        if (k == key || (k instanceof String s1 && key instanceof String s2 && s1.equals(s2))) {
                            return e;
                        }
                        Object[] table = keys;
                        if (PyHash.equalsSlow(k, key)) {
                            return e;
                        }
                        if (table != keys || keys[e] != k) {
                            continue restart;
                        }
                        m = mask;
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    @TruffleBoundary
    public boolean contains(Object key) {
        return lookup(key, PyHash.hash(key)) >= 0;
    }

    @TruffleBoundary
    public boolean containsEntry(Object key, long hash) {
        return lookup(key, hash) >= 0;
    }

    @TruffleBoundary
    public boolean discard(Object key) {
        return discardEntry(key, PyHash.hash(key));
    }

    @TruffleBoundary
    public boolean discardEntry(Object key, long hash) {
        int e = lookup(key, hash);
        if (e < 0) {
            return false;
        }
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        cachedHash = -1;
        return true;
    }

    /** Removes and returns an arbitrary element as CPython does, or null when empty. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int e = finger & mask;
        while (keys[e] == null || keys[e] == DUMMY) {
            e++;
            if (e > mask) {
                e = 0;
            }
        }
        Object key = keys[e];
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        finger = e + 1;
        cachedHash = -1;
        return key;
    }

    @TruffleBoundary
    public void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        cachedHash = -1;
    }

    /** CPython's set_merge: adds all elements of another set. */
    @TruffleBoundary
    public void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    keys[i] = k;
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            cachedHash = -1;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[i]);
                }
            }
            cachedHash = -1;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    /** Adds all keys of a dict (CPython's set_update_internal dict branch). */
    @TruffleBoundary
    public void mergeDict(PyDict d) {
        int dictsize = d.size();
        if ((long) (fill + dictsize) * 5 >= (long) mask * 3) {
            resize((used + dictsize) * 2);
        }
        for (int ix = d.nextEntry(0); ix >= 0; ix = d.nextEntry(ix + 1)) {
            addEntry(d.getKeyAt(ix), d.getHashAt(ix));
        }
    }

    @TruffleBoundary
    public Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                out[n++] = k;
            }
        }
        return out;
    }

    /** Frozenset hash, as CPython's frozenset_hash. */
    @TruffleBoundary
    public long frozenHash() {
        if (cachedHash != -1) {
            return cachedHash;
        }
        long hash = 0;
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            long h = k == null ? 0 : (k == DUMMY ? -1 : hashes[i]);
            hash ^= shuffleBits(h);
        }
        if (((mask + 1 - fill) & 1) != 0) {
            hash ^= shuffleBits(0);
        }
        if (((fill - used) & 1) != 0) {
            hash ^= shuffleBits(-1);
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        cachedHash = hash;
        return hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @TruffleBoundary
    public PySet copyAs(PyType type) {
        PySet s = new PySet(type);
        s.merge(this);
        return s;
    }
}
