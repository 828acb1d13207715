package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code set} and {@code frozenset}, with CPython's open-addressing table (linear probes,
 * then perturbation) so that iteration order, {@code pop()} and {@code repr} match CPython exactly
 * for the same hashes. The set algebra follows CPython's setobject.c step by step (which operand is
 * iterated, when a table is resized or copied), because those choices decide the final table layout.
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

    /*
     * Lookup accelerators for sets that remove elements. Removal leaves dummies, and CPython's
     * insertion puts a re-added key in the last dummy of its probe run, so churn of small ints builds
     * long runs of dummies that every lookup walks (nqueens: about 15 probes per lookup). Both arrays
     * are indexed by hash & FILTER_MASK, exist from a set's first removal until it is cleared, and
     * never change the table, so iteration order stays CPython's.
     *
     * filter: how many active entries have that hash bucket, saturating at FILTER_SATURATED (then
     * kept until clear). A zero proves a key absent.
     * hint: the slot where a key of that bucket was last found or stored. A hint is only a guess: it
     * is used when the slot holds an equal key, which, keys being unique, is the key's only slot.
     */
    private byte[] filter;
    private int[] hint;
    private static final int FILTER_MASK = 63;
    private static final byte FILTER_SATURATED = 127;

    public PySet(PyType type) {
        super(type);
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
    }

    /** Counts the active entries into a new filter (the first removal from this set). */
    @TruffleBoundary
    private void enableFilter() {
        byte[] f = new byte[FILTER_MASK + 1];
        int[] h = new int[FILTER_MASK + 1];
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                int b = (int) hashes[i] & FILTER_MASK;
                if (f[b] != FILTER_SATURATED) {
                    f[b]++;
                }
                h[b] = i;
            }
        }
        filter = f;
        hint = h;
    }

    /** Puts an active entry in a free or dummy slot (the caller counts a free one in fill). */
    private void storeEntry(int slot, Object key, long hash) {
        used++;
        keys[slot] = key;
        hashes[slot] = hash;
        filterAdd(hash, slot);
        cachedHash = -1;
    }

    private void filterAdd(long hash, int slot) {
        byte[] f = filter;
        if (f != null) {
            int b = (int) hash & FILTER_MASK;
            byte c = f[b];
            if (c != FILTER_SATURATED) {
                f[b] = (byte) (c + 1);
            }
            hint[b] = slot;
        }
    }

    /** Before removing an entry with this hash. */
    private void filterRemove(long hash) {
        if (filter == null) {
            enableFilter();
        }
        int b = (int) hash & FILTER_MASK;
        byte c = filter[b];
        if (c != FILTER_SATURATED) {
            filter[b] = (byte) (c - 1);
        }
    }

    /** With a filter: no active entry has this hash's bucket, so no key with this hash is present. */
    private boolean filterExcludes(long hash) {
        return filter[(int) hash & FILTER_MASK] == 0;
    }

    private void noteHint(long hash, int slot) {
        if (hint != null) {
            hint[(int) hash & FILTER_MASK] = slot;
        }
    }

    private void dropFilter() {
        filter = null;
        hint = null;
    }

    public PySet() {
        this(BuiltinTypes.SET);
    }

    public static PySet newFrozen() {
        return new PySet(BuiltinTypes.FROZENSET);
    }

    public boolean isExactSet() {
        return getPyType() == BuiltinTypes.SET;
    }

    public boolean isExactSetOrFrozenset() {
        PyType t = getPyType();
        return t == BuiltinTypes.SET || t == BuiltinTypes.FROZENSET;
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

    /** CPython's set_next: the first active slot at or after {@code pos}, or -1. */
    public int nextSlot(int pos) {
        int i = pos;
        while (i <= mask) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /**
     * Equality of a stored key and a probe key with the same hash without calling Python code:
     * 1 equal, 0 different, -1 unknown.
     */
    private static int quickEquals(Object k, Object key) {
        if (k == key) {
            return 1;
        }
        if (k instanceof String s1) {
            if (key instanceof String s2) {
                return s1.equals(s2) ? 1 : 0;
            }
            return key instanceof PyObject ? -1 : 0;
        }
        if (k instanceof Long l1) {
            if (key instanceof Long l2) {
                return l1.longValue() == l2.longValue() ? 1 : 0;
            }
            return key instanceof String ? 0 : -1;
        }
        return -1;
    }

    /** Python equality of two keys (may run Python code). */
    private static boolean slowEquals(Object k, Object key) {
        return PyDict.keyEquals(k, key);
    }

    // ------------------------------------------------------------------ the table

    @TruffleBoundary
    public boolean add(Object key) {
        return addEntry(key, PyHash.hash(key));
    }

    /** CPython's set_add_entry; returns true if the key was added. */
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
                            storeEntry(freeslot, key, hash);
                            return true;
                        }
                        fill++;
                        storeEntry(e, key, hash);
                        if ((long) fill * 5 >= (long) m * 3) {
                            resizeForUsed();
                        }
                        return true;
                    }
                    if (k != DUMMY && hashes[e] == hash) {
                        int q = quickEquals(k, key);
                        if (q == 1) {
                            return false;
                        }
                        if (q < 0) {
                            Object[] table = keys;
                            if (slowEquals(k, key)) {
                                return false;
                            }
                            if (table != keys || keys[e] != k) {
                                continue restart;
                            }
                            m = mask;
                        }
                    } else if (k == DUMMY) {
                        // CPython remembers the last dummy slot seen on the probe sequence
                        freeslot = e;
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** CPython's growth rule after an add fills the table, also used to drop dummies. */
    @TruffleBoundary
    private void resizeForUsed() {
        resize(used > 50000 ? used * 2 : used * 4);
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

    // ------------------------------------------------------------------ int keys without a boundary

    /** Result of the fast paths when a stored key is not an int: the caller takes the general path. */
    public static final int UNKNOWN = -2;

    /**
     * The slot of int key {@code key}, -1 if absent, or {@link #UNKNOWN} when a probed key with the same
     * hash is not an int (then Python equality would decide). Small enough to compile inline.
     */
    private int lookupLong(long key, long hash) {
        int m = mask;
        if (filter != null) {
            if (filterExcludes(hash)) {
                return -1;
            }
            int h = hint[(int) hash & FILTER_MASK];
            if (h <= m && keys[h] instanceof Long l && l == key) {
                return h;
            }
        }
        // the first slot inline; a longer probe sequence out of line, which keeps compiled callers small
        int i = (int) (hash & m);
        Object k = keys[i];
        if (k == null) {
            return -1;
        }
        if (k instanceof Long l && l == key) {
            return i;
        }
        return probeLong(key, hash);
    }

    /** lookupLong's probe sequence from its start. */
    @TruffleBoundary
    private int probeLong(long key, long hash) {
        int m = mask;
        byte[] f = filter;
        int b = (int) hash & FILTER_MASK;
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
                    if (k instanceof Long l) {
                        if (l == key) {
                            if (f != null) {
                                hint[b] = e;
                            }
                            return e;
                        }
                    } else {
                        return UNKNOWN;
                    }
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** {@code key in s} for an int: 1 or 0, or {@link #UNKNOWN}. */
    public int containsLong(long key) {
        int e = lookupLong(key, PyHash.hashLong(key));
        return e == UNKNOWN ? UNKNOWN : (e >= 0 ? 1 : 0);
    }

    /** Removes int {@code key}: 1 removed, 0 absent, or {@link #UNKNOWN}. */
    public int discardLong(long key) {
        long hash = PyHash.hashLong(key);
        int e = lookupLong(key, hash);
        if (e < 0) {
            return e == UNKNOWN ? UNKNOWN : 0;
        }
        filterRemove(hash);
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        cachedHash = -1;
        return 1;
    }

    /**
     * Adds int {@code key} when that needs no Python equality: 1 added, 0 present, or
     * {@link #UNKNOWN} (the caller then takes {@link #add}). Follows set_add_entry's choice of slot.
     */
    public int addLong(long key) {
        long hash = PyHash.hashLong(key);
        int m = mask;
        // inline: the key's first slot is free, or holds the key
        int i0 = (int) (hash & m);
        Object k0 = keys[i0];
        if (k0 == null && (long) (fill + 1) * 5 < (long) m * 3) {
            fill++;
            storeEntry(i0, key, hash);
            return 1;
        }
        if (k0 instanceof Long l0 && l0 == key) {
            return 0;
        }
        return addLongProbe(key, hash);
    }

    @TruffleBoundary
    private int addLongProbe(long key, long hash) {
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
                        storeEntry(freeslot, key, hash);
                        return 1;
                    }
                    fill++;
                    storeEntry(e, key, hash);
                    if ((long) fill * 5 >= (long) m * 3) {
                        resizeForUsed();
                    }
                    return 1;
                }
                if (k != DUMMY && hashes[e] == hash) {
                    if (k instanceof Long l) {
                        if (l == key) {
                            return 0;
                        }
                    } else {
                        return UNKNOWN;
                    }
                } else if (k == DUMMY) {
                    freeslot = e;
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Table slot of key, or -1 (CPython's set_lookkey). */
    private int lookup(Object key, long hash) {
        if (filter != null) {
            if (filterExcludes(hash)) {
                return -1;
            }
            int h = hint[(int) hash & FILTER_MASK];
            if (h <= mask && hashes[h] == hash && keys[h] != DUMMY && keys[h] != null && quickEquals(keys[h], key) == 1) {
                return h;
            }
        }
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
                        int q = quickEquals(k, key);
                        if (q == 1) {
                            noteHint(hash, e);
                            return e;
                        }
                        if (q < 0) {
                            Object[] table = keys;
                            boolean eq = slowEquals(k, key);
                            if (table != keys || keys[e] != k) {
                                continue restart;
                            }
                            if (eq) {
                                noteHint(hash, e);
                                return e;
                            }
                            m = mask;
                        }
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** {@code key in s}; a set key is looked up as a frozenset, as CPython does. */
    @TruffleBoundary
    public boolean contains(Object key) {
        return lookup(key, hashForLookup(key)) >= 0;
    }

    /** Membership without the set-to-frozenset conversion (CPython's set_contains_key). */
    @TruffleBoundary
    public boolean containsKey(Object key) {
        return lookup(key, PyHash.hash(key)) >= 0;
    }

    @TruffleBoundary
    public boolean containsEntry(Object key, long hash) {
        return lookup(key, hash) >= 0;
    }

    /** The hash of a key, or for an unhashable set the hash of the equal frozenset. */
    @TruffleBoundary
    public static long hashForLookup(Object key) {
        if (key instanceof PySet ks && ks.getPyType() != BuiltinTypes.FROZENSET) {
            try {
                return PyHash.hash(key);
            } catch (PException e) {
                if (ks.getPyType().isSubtypeOf(BuiltinTypes.SET) && e.isInstance(BuiltinTypes.TYPE_ERROR)) {
                    return ks.computeFrozenHash();
                }
                throw e;
            }
        }
        return PyHash.hash(key);
    }

    /** set.discard; a set key is looked up as a frozenset. */
    @TruffleBoundary
    public boolean discard(Object key) {
        return discardEntry(key, hashForLookup(key));
    }

    /** Discard without the set-to-frozenset conversion (CPython's set_discard_key). */
    @TruffleBoundary
    public boolean discardKey(Object key) {
        return discardEntry(key, PyHash.hash(key));
    }

    @TruffleBoundary
    public boolean discardEntry(Object key, long hash) {
        int e = lookup(key, hash);
        if (e < 0) {
            return false;
        }
        filterRemove(hash);
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
        filterRemove(hashes[e]);
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
        dropFilter();
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
        cachedHash = -1;
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    keys[i] = k;
                    hashes[i] = other.hashes[i];
                }
            }
            dropFilter();
            fill = other.fill;
            used = other.used;
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
            dropFilter();
            return;
        }
        for (int i = other.nextSlot(0); i >= 0; i = other.nextSlot(i + 1)) {
            addEntry(other.keys[i], other.hashes[i]);
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

    /** Frozenset hash, as CPython's frozenset_hash (cached). */
    @TruffleBoundary
    public long frozenHash() {
        if (cachedHash != -1) {
            return cachedHash;
        }
        long hash = computeFrozenHash();
        cachedHash = hash;
        return hash;
    }

    /** The cached frozenset hash, or -1 (for the equality shortcut of set_richcompare). */
    public long cachedHashOrMinusOne() {
        return isFrozen() ? cachedHash : -1;
    }

    @TruffleBoundary
    public long computeFrozenHash() {
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
        return hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** CPython's set_swap_bodies (the finger stays with each object). */
    private void swapBodies(PySet b) {
        Object[] k = keys;
        keys = b.keys;
        b.keys = k;
        long[] h = hashes;
        hashes = b.hashes;
        b.hashes = h;
        byte[] f = filter;
        filter = b.filter;
        b.filter = f;
        int[] hi = hint;
        hint = b.hint;
        b.hint = hi;
        int t = mask;
        mask = b.mask;
        b.mask = t;
        t = fill;
        fill = b.fill;
        b.fill = t;
        t = used;
        used = b.used;
        b.used = t;
        if (isFrozen() && b.isFrozen()) {
            long ch = cachedHash;
            cachedHash = b.cachedHash;
            b.cachedHash = ch;
        } else {
            cachedHash = -1;
            b.cachedHash = -1;
        }
    }

    // ------------------------------------------------------------------ set algebra (setobject.c)

    /** make_new_set_basetype: a new empty set or frozenset of the builtin base of {@code type}. */
    public static PySet newBaseType(PyType type) {
        if (type != BuiltinTypes.SET && type != BuiltinTypes.FROZENSET) {
            type = type.isSubtypeOf(BuiltinTypes.SET) ? BuiltinTypes.SET : BuiltinTypes.FROZENSET;
        }
        return new PySet(type);
    }

    /** A new set or frozenset of exactly {@code type} holding the elements of {@code iterable}. */
    @TruffleBoundary
    public static PySet fromIterable(PyType type, Object iterable) {
        PySet s = new PySet(type);
        s.update(iterable);
        return s;
    }

    /**
     * A set display of more than two elements that are all constants ({@code {3, 1, 2}}), built as
     * CPython 3.11 builds it, which decides its table layout: see {@link #foldConstants} and
     * {@link #fromConstant}.
     */
    @TruffleBoundary
    public static PySet fromConstantDisplay(Object[] items) {
        return fromConstant(foldConstants(items));
    }

    /**
     * The frozenset constant that CPython's compiler makes of an all-constant set display (or of the
     * set in {@code x in {1, 2, 3}}): a frozenset of the elements, rebuilt from its own iteration
     * order when the compiler merges constants. Note that CPython shares one such constant between
     * equal displays of a compilation unit, so a later {@code {7, -1, -2}} reuses the table built
     * for an earlier {@code {-1, -2, 7}}.
     */
    @TruffleBoundary
    public static PySet foldConstants(Object[] items) {
        PySet folded = new PySet(BuiltinTypes.FROZENSET);
        for (Object item : items) {
            folded.add(item);
        }
        PySet constant = new PySet(BuiltinTypes.FROZENSET);
        for (int i = folded.nextSlot(0); i >= 0; i = folded.nextSlot(i + 1)) {
            constant.add(folded.keys[i]);
        }
        return constant;
    }

    /** The set of a folded display: BUILD_SET 0, then SET_UPDATE with the frozenset constant. */
    @TruffleBoundary
    public static PySet fromConstant(PySet constant) {
        PySet s = new PySet(BuiltinTypes.SET);
        s.merge(constant);
        return s;
    }

    /** set_update_internal: adds the elements of any iterable. */
    @TruffleBoundary
    public void update(Object other) {
        if (other instanceof PySet o) {
            merge(o);
        } else if (other instanceof PyDict d && d.getPyType() == BuiltinTypes.DICT) {
            mergeDict(d);
        } else if (other instanceof PyList l && l.getPyType() == BuiltinTypes.LIST) {
            for (int i = 0; i < l.size(); i++) {
                add(l.get(i));
            }
        } else if (other instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE) {
            for (Object o : t.getItems()) {
                add(o);
            }
        } else {
            Object it = PyObjectOps.getIter(other);
            Object v;
            while ((v = PyObjectOps.next(it)) != null) {
                add(v);
            }
        }
    }

    /** set.copy (frozenset.copy of an exact frozenset returns it; the caller handles that). */
    @TruffleBoundary
    public PySet copySet() {
        PySet s = newBaseType(getPyType());
        s.merge(this);
        return s;
    }

    @TruffleBoundary
    public PySet copyAs(PyType type) {
        PySet s = new PySet(type);
        s.merge(this);
        return s;
    }

    /** set.union(*others). */
    @TruffleBoundary
    public PySet union(Object[] others) {
        PySet result = copySet();
        for (Object other : others) {
            if (other == this) {
                continue;
            }
            result.update(other);
        }
        return result;
    }

    /** set_or (both operands are sets). */
    @TruffleBoundary
    public PySet or(PySet other) {
        PySet result = copySet();
        if (other != this) {
            result.update(other);
        }
        return result;
    }

    /** set_intersection. */
    @TruffleBoundary
    public PySet intersection(Object other) {
        if (other == this) {
            return copySet();
        }
        PySet result = newBaseType(getPyType());
        if (other instanceof PySet o) {
            PySet big = this;
            PySet small = o;
            if (o.used > used) {
                big = o;
                small = this;
            }
            for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
                Object key = small.keys[i];
                long hash = small.hashes[i];
                if (big.containsEntry(key, hash)) {
                    result.addEntry(key, hash);
                }
            }
            return result;
        }
        Object it = PyObjectOps.getIter(other);
        Object key;
        while ((key = PyObjectOps.next(it)) != null) {
            long hash = PyHash.hash(key);
            if (containsEntry(key, hash)) {
                result.addEntry(key, hash);
                if (result.used >= used) {
                    break;
                }
            }
        }
        return result;
    }

    /** set.intersection(*others). */
    @TruffleBoundary
    public PySet intersectionMulti(Object[] others) {
        if (others.length == 0) {
            return copySet();
        }
        PySet result = this;
        for (Object other : others) {
            result = result.intersection(other);
        }
        return result;
    }

    /** set.intersection_update(*others). */
    @TruffleBoundary
    public void intersectionUpdateMulti(Object[] others) {
        swapBodies(intersectionMulti(others));
    }

    /** set &= other. */
    @TruffleBoundary
    public void intersectionUpdate(Object other) {
        swapBodies(intersection(other));
    }

    /** set.isdisjoint(other). */
    @TruffleBoundary
    public boolean isDisjoint(Object other) {
        if (other == this) {
            return used == 0;
        }
        if (other instanceof PySet o && (o.getPyType() == BuiltinTypes.SET || o.getPyType() == BuiltinTypes.FROZENSET)) {
            PySet big = this;
            PySet small = o;
            if (o.used > used) {
                big = o;
                small = this;
            }
            for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
                if (big.containsEntry(small.keys[i], small.hashes[i])) {
                    return false;
                }
            }
            return true;
        }
        Object it = PyObjectOps.getIter(other);
        Object key;
        while ((key = PyObjectOps.next(it)) != null) {
            if (containsKey(key)) {
                return false;
            }
        }
        return true;
    }

    /** set_difference_update_internal. */
    @TruffleBoundary
    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet o) {
            PySet src = o;
            if ((o.used >> 3) > used) {
                src = intersection(o);
            }
            for (int i = src.nextSlot(0); i >= 0; i = src.nextSlot(i + 1)) {
                discardEntry(src.keys[i], src.hashes[i]);
            }
        } else {
            Object it = PyObjectOps.getIter(other);
            Object key;
            while ((key = PyObjectOps.next(it)) != null) {
                discardKey(key);
            }
        }
        if (Integer.compareUnsigned(fill - used, mask / 4) <= 0) {
            return;
        }
        resizeForUsed();
    }

    /** set.difference_update(*others). */
    @TruffleBoundary
    public void differenceUpdateMulti(Object[] others) {
        for (Object other : others) {
            differenceUpdate(other);
        }
    }

    private PySet copyAndDifference(Object other) {
        PySet result = copySet();
        result.differenceUpdate(other);
        return result;
    }

    /** set_difference. */
    @TruffleBoundary
    public PySet difference(Object other) {
        int otherSize;
        PyDict dict = null;
        if (other instanceof PySet o) {
            otherSize = o.used;
        } else if (other instanceof PyDict d && d.getPyType() == BuiltinTypes.DICT) {
            otherSize = d.size();
            dict = d;
        } else {
            return copyAndDifference(other);
        }
        if ((used >> 2) > otherSize) {
            return copyAndDifference(other);
        }
        PySet result = newBaseType(getPyType());
        if (dict != null) {
            for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
                Object key = keys[i];
                long hash = hashes[i];
                if (dict.findEntryWithHash(key, hash) < 0) {
                    result.addEntry(key, hash);
                }
            }
            return result;
        }
        PySet o = (PySet) other;
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            Object key = keys[i];
            long hash = hashes[i];
            if (!o.containsEntry(key, hash)) {
                result.addEntry(key, hash);
            }
        }
        return result;
    }

    /** set.difference(*others). */
    @TruffleBoundary
    public PySet differenceMulti(Object[] others) {
        if (others.length == 0) {
            return copySet();
        }
        PySet result = difference(others[0]);
        for (int i = 1; i < others.length; i++) {
            result.differenceUpdate(others[i]);
        }
        return result;
    }

    /** set.symmetric_difference_update(other). */
    @TruffleBoundary
    public void symmetricDifferenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PyDict d && d.getPyType() == BuiltinTypes.DICT) {
            for (int ix = d.nextEntry(0); ix >= 0; ix = d.nextEntry(ix + 1)) {
                Object key = d.getKeyAt(ix);
                long hash = d.getHashAt(ix);
                if (!discardEntry(key, hash)) {
                    addEntry(key, hash);
                }
            }
            return;
        }
        PySet o;
        if (other instanceof PySet os) {
            o = os;
        } else {
            o = newBaseType(getPyType());
            o.update(other);
        }
        for (int i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
            Object key = o.keys[i];
            long hash = o.hashes[i];
            if (!discardEntry(key, hash)) {
                addEntry(key, hash);
            }
        }
    }

    /** set.symmetric_difference(other). */
    @TruffleBoundary
    public PySet symmetricDifference(Object other) {
        PySet result = newBaseType(getPyType());
        result.update(other);
        result.symmetricDifferenceUpdate(this);
        return result;
    }

    /** set_issubset. */
    @TruffleBoundary
    public boolean isSubset(Object other) {
        if (!(other instanceof PySet)) {
            PySet tmp = new PySet(BuiltinTypes.SET);
            tmp.update(other);
            return isSubset(tmp);
        }
        PySet o = (PySet) other;
        if (used > o.used) {
            return false;
        }
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            if (!o.containsEntry(keys[i], hashes[i])) {
                return false;
            }
        }
        return true;
    }

    /** set_issuperset. */
    @TruffleBoundary
    public boolean isSuperset(Object other) {
        if (other instanceof PySet o) {
            return o.isSubset(this);
        }
        PySet tmp = new PySet(BuiltinTypes.SET);
        tmp.update(other);
        return tmp.isSubset(this);
    }

    /** set_richcompare for two sets; op is one of PyObjectOps.LT..GE. */
    @TruffleBoundary
    public boolean compare(PySet w, int op) {
        switch (op) {
            case PyObjectOps.EQ:
                return setEquals(w);
            case PyObjectOps.NE:
                return !setEquals(w);
            case PyObjectOps.LE:
                return isSubset(w);
            case PyObjectOps.GE:
                return isSuperset(w);
            case PyObjectOps.LT:
                return used < w.used && isSubset(w);
            default:
                return used > w.used && isSuperset(w);
        }
    }

    private boolean setEquals(PySet w) {
        if (used != w.used) {
            return false;
        }
        long h1 = cachedHashOrMinusOne();
        long h2 = w.cachedHashOrMinusOne();
        if (h1 != -1 && h2 != -1 && h1 != h2) {
            return false;
        }
        return isSubset(w);
    }
}
