package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The generic parts of dict and of its views, as CPython's dictobject.c does them: update from a
 * mapping or from a sequence of pairs, equality, and the set operations of keys and items views.
 */
public final class DictOps {
    private DictOps() {
    }

    public static boolean isExactDict(Object o) {
        return o instanceof PyDict d && d.getPyType() == BuiltinTypes.DICT;
    }

    /** True if {@code d}'s type iterates like dict (CPython: tp_iter == dict_iter). */
    @TruffleBoundary
    public static boolean iteratesLikeDict(PyDict d) {
        PyType t = d.getPyType();
        return t == BuiltinTypes.DICT || t.lookup("__iter__") == BuiltinTypes.DICT.lookup("__iter__");
    }

    /** dict_update_common: the body of dict.__init__ and dict.update. */
    @TruffleBoundary
    public static void updateCommon(PyDict self, PyTuple args, PyDict kwargs, String methname) {
        if (args.size() > 1) {
            throw PException.typeError(methname + " expected at most 1 argument, got " + args.size());
        }
        if (args.size() == 1) {
            updateArg(self, args.get(0));
        }
        if (kwargs != null && kwargs.size() > 0) {
            merge(self, kwargs);
        }
    }

    /** dict_update_arg: a dict, a mapping with keys(), or an iterable of pairs. */
    @TruffleBoundary
    public static void updateArg(PyDict self, Object arg) {
        if (isExactDict(arg)) {
            merge(self, arg);
            return;
        }
        if (PyObjectOps.getAttrOrNull(arg, "keys") != null) {
            merge(self, arg);
            return;
        }
        mergeFromSeq2(self, arg);
    }

    /** PyDict_Merge(a, b, override=1). */
    @TruffleBoundary
    public static void merge(PyDict a, Object b) {
        if (b instanceof PyDict bd && iteratesLikeDict(bd)) {
            if (a == bd || bd.size() == 0) {
                return;
            }
            if (a.size() == 0 && a.getPyType() == BuiltinTypes.DICT) {
                a.copyFrom(bd);
                return;
            }
            int n = bd.entryLimit();
            int expectedSize = bd.size();
            for (int ix = bd.nextEntry(0); ix >= 0 && ix < n; ix = bd.nextEntry(ix + 1)) {
                a.setItemWithHash(bd.getKeyAt(ix), bd.getHashAt(ix), bd.getValueAt(ix));
                if (bd.size() != expectedSize) {
                    throw PException.runtimeError("dict mutated during update");
                }
            }
            return;
        }
        for (Object key : mappingKeys(b)) {
            Object value = PyObjectOps.getItem(b, key);
            a.setItem(key, value);
        }
    }

    /** PyMapping_Keys: the keys of a mapping, as an array. */
    @TruffleBoundary
    public static Object[] mappingKeys(Object o) {
        if (isExactDict(o)) {
            return ((PyDict) o).keysArray();
        }
        Object keys = CallOps.call(PyObjectOps.getAttr(o, "keys"));
        Object it;
        try {
            it = PyObjectOps.getIter(keys);
        } catch (PException e) {
            if (e.isInstance(BuiltinTypes.TYPE_ERROR)) {
                throw PException.typeError(PyObjectOps.typeName(o) + ".keys() returned a non-iterable (type " + PyObjectOps.typeName(keys) + ")");
            }
            throw e;
        }
        return PyObjectOps.toArray(it);
    }

    /** PyDict_MergeFromSeq2 with override. */
    @TruffleBoundary
    public static void mergeFromSeq2(PyDict d, Object seq2) {
        Object it = PyObjectOps.getIter(seq2);
        long i = 0;
        Object item;
        while ((item = PyObjectOps.next(it)) != null) {
            Object[] fast;
            if (item instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE) {
                fast = t.getItems();
            } else if (item instanceof PyList l && l.getPyType() == BuiltinTypes.LIST) {
                fast = l.toArray();
            } else {
                try {
                    fast = PyObjectOps.toArray(item);
                } catch (PException e) {
                    if (e.isInstance(BuiltinTypes.TYPE_ERROR)) {
                        throw PException.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    throw e;
                }
            }
            if (fast.length != 2) {
                throw PException.raise(BuiltinTypes.VALUE_ERROR, "dictionary update sequence element #" + i + " has length " + fast.length + "; 2 is required");
            }
            d.setItem(fast[0], fast[1]);
            i++;
        }
    }

    /** dict_equal. */
    @TruffleBoundary
    public static boolean dictEquals(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int ix = a.nextEntry(0); ix >= 0; ix = a.nextEntry(ix + 1)) {
            if (ix >= a.entryLimit()) {
                break;
            }
            Object key = a.getKeyAt(ix);
            Object aval = a.getValueAt(ix);
            long h = a.getHashAt(ix);
            Object bval = b.getItemWithHash(key, h);
            if (bval == null) {
                return false;
            }
            if (!PyObjectOps.richCompareBool(aval, bval, PyObjectOps.EQ)) {
                return false;
            }
        }
        return true;
    }

    /** dict | other (both dicts): a new exact dict. */
    @TruffleBoundary
    public static PyDict or(PyDict self, PyDict other) {
        PyDict d = self.copy();
        updateArg(d, other);
        return d;
    }

    /** dict.fromkeys(iterable, value) on class {@code cls}. */
    @TruffleBoundary
    public static Object fromKeys(Object cls, Object iterable, Object value) {
        Object d = CallOps.call(cls);
        if (isExactDict(d)) {
            PyDict dd = (PyDict) d;
            if (isExactDict(iterable)) {
                PyDict src = (PyDict) iterable;
                for (int ix = src.nextEntry(0); ix >= 0; ix = src.nextEntry(ix + 1)) {
                    dd.setItemWithHash(src.getKeyAt(ix), src.getHashAt(ix), value);
                }
                return d;
            }
            if (iterable instanceof PySet s && (s.getPyType() == BuiltinTypes.SET || s.getPyType() == BuiltinTypes.FROZENSET)) {
                for (int i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1)) {
                    dd.setItemWithHash(s.keyAt(i), s.hashAt(i), value);
                }
                return d;
            }
            Object it = PyObjectOps.getIter(iterable);
            Object key;
            while ((key = PyObjectOps.next(it)) != null) {
                dd.setItem(key, value);
            }
            return d;
        }
        Object it = PyObjectOps.getIter(iterable);
        Object key;
        while ((key = PyObjectOps.next(it)) != null) {
            PyObjectOps.setItem(d, key, value);
        }
        return d;
    }

    /** dict.__getitem__, with __missing__ for subclasses. */
    @TruffleBoundary
    public static Object getItem(PyDict d, Object key) {
        Object v = d.getItem(key);
        if (v != null) {
            return v;
        }
        return missing(d, key);
    }

    @TruffleBoundary
    public static Object missing(PyDict d, Object key) {
        PyType t = d.getPyType();
        if (t != BuiltinTypes.DICT) {
            Object m = t.lookup("__missing__");
            if (m != null) {
                return CallOps.callUnbound(m, d, new Object[]{key}, CallOps.NO_KW);
            }
        }
        throw PException.keyError(key);
    }

    // ------------------------------------------------------------------ views

    public static boolean isSetView(Object o) {
        return o instanceof PyDictView v && v.getKind() != PyIterator.DictIterator.VALUES;
    }

    @TruffleBoundary
    public static boolean viewContains(PyDictView v, Object item) {
        PyDict d = v.getDict();
        switch (v.getKind()) {
            case PyIterator.DictIterator.KEYS:
                return d.containsKey(item);
            case PyIterator.DictIterator.ITEMS: {
                if (!(item instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                Object found = d.getItem(t.get(0));
                if (found == null) {
                    return false;
                }
                return PyObjectOps.richCompareBool(found, t.get(1), PyObjectOps.EQ);
            }
            default: {
                Object it = new PyIterator.DictIterator(d, PyIterator.DictIterator.VALUES);
                Object x;
                while ((x = PyObjectOps.next(it)) != null) {
                    if (PyObjectOps.richCompareBool(x, item, PyObjectOps.EQ)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /** dictviews_to_set. */
    @TruffleBoundary
    private static PySet toSet(Object self) {
        Object left = self;
        if (self instanceof PyDictView v && v.getKind() == PyIterator.DictIterator.KEYS && isExactDict(v.getDict())) {
            left = v.getDict();
        }
        PySet s = new PySet(BuiltinTypes.SET);
        s.update(left);
        return s;
    }

    /** all_contained_in. */
    private static boolean allContainedIn(Object self, Object other) {
        Object it = PyObjectOps.getIter(self);
        Object x;
        while ((x = PyObjectOps.next(it)) != null) {
            if (!PyObjectOps.contains(other, x)) {
                return false;
            }
        }
        return true;
    }

    /** dictview_richcompare; null for NotImplemented. */
    @TruffleBoundary
    public static Object viewCompare(PyDictView self, Object other, int op) {
        if (!(other instanceof PySet) && !isSetView(other)) {
            return null;
        }
        long lenSelf = self.getDict().size();
        long lenOther = PyObjectOps.len(other);
        boolean ok = false;
        switch (op) {
            case PyObjectOps.EQ:
            case PyObjectOps.NE:
                if (lenSelf == lenOther) {
                    ok = allContainedIn(self, other);
                }
                if (op == PyObjectOps.NE) {
                    ok = !ok;
                }
                break;
            case PyObjectOps.LT:
                if (lenSelf < lenOther) {
                    ok = allContainedIn(self, other);
                }
                break;
            case PyObjectOps.LE:
                if (lenSelf <= lenOther) {
                    ok = allContainedIn(self, other);
                }
                break;
            case PyObjectOps.GT:
                if (lenSelf > lenOther) {
                    ok = allContainedIn(other, self);
                }
                break;
            default:
                if (lenSelf >= lenOther) {
                    ok = allContainedIn(other, self);
                }
                break;
        }
        return ok;
    }

    /** dictviews_sub(self, other): self may be any iterable (reflected operation). */
    @TruffleBoundary
    public static PySet viewSub(Object self, Object other) {
        PySet result = toSet(self);
        result.differenceUpdate(other);
        return result;
    }

    /** dictviews_or. */
    @TruffleBoundary
    public static PySet viewOr(Object self, Object other) {
        PySet result = toSet(self);
        result.update(other);
        return result;
    }

    /** dictviews_xor. */
    @TruffleBoundary
    public static PySet viewXor(Object self, Object other) {
        if (self instanceof PyDictView a && a.getKind() == PyIterator.DictIterator.ITEMS && other instanceof PyDictView b && b.getKind() == PyIterator.DictIterator.ITEMS) {
            return itemsXor(a.getDict(), b.getDict());
        }
        PySet result = toSet(self);
        result.symmetricDifferenceUpdate(other);
        return result;
    }

    private static PySet itemsXor(PyDict d1, PyDict d2) {
        PyDict temp = d1.copy();
        PySet result = new PySet(BuiltinTypes.SET);
        for (int ix = d2.nextEntry(0); ix >= 0; ix = d2.nextEntry(ix + 1)) {
            Object key = d2.getKeyAt(ix);
            Object val2 = d2.getValueAt(ix);
            long h = d2.getHashAt(ix);
            Object val1 = temp.getItemWithHash(key, h);
            boolean toDelete = val1 != null && PyObjectOps.richCompareBool(val1, val2, PyObjectOps.EQ);
            if (toDelete) {
                temp.removeWithHash(key, h);
            } else {
                result.add(PyTuple.of(key, val2));
            }
        }
        result.update(new PyDictView(temp, PyIterator.DictIterator.ITEMS));
        return result;
    }

    /** _PyDictView_Intersect(self, other): one of them is a keys or items view. */
    @TruffleBoundary
    public static Object viewAnd(Object self, Object other) {
        if (!isSetView(self)) {
            Object tmp = other;
            other = self;
            self = tmp;
        }
        PyDictView sv = (PyDictView) self;
        long lenSelf = sv.getDict().size();
        if (other instanceof PySet os && os.getPyType() == BuiltinTypes.SET && lenSelf <= PyObjectOps.len(other)) {
            return os.intersection(self);
        }
        if (isSetView(other)) {
            long lenOther = ((PyDictView) other).getDict().size();
            if (lenOther > lenSelf) {
                Object tmp = other;
                other = self;
                self = tmp;
            }
        }
        PyDictView view = (PyDictView) self;
        PySet result = new PySet(BuiltinTypes.SET);
        Object it = PyObjectOps.getIter(other);
        Object key;
        while ((key = PyObjectOps.next(it)) != null) {
            if (viewContains(view, key)) {
                result.add(key);
            }
        }
        return result;
    }

    /** dictviews_isdisjoint. */
    @TruffleBoundary
    public static boolean viewIsDisjoint(Object self, Object other) {
        if (self == other) {
            return ((PyDictView) self).getDict().size() == 0;
        }
        if (other instanceof PySet || isSetView(other)) {
            long lenSelf = ((PyDictView) self).getDict().size();
            long lenOther = PyObjectOps.len(other);
            if (lenOther > lenSelf) {
                Object tmp = other;
                other = self;
                self = tmp;
            }
        }
        Object it = PyObjectOps.getIter(other);
        Object item;
        while ((item = PyObjectOps.next(it)) != null) {
            if (PyObjectOps.contains(self, item)) {
                return false;
            }
        }
        return true;
    }
}
