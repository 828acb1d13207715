package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/**
 * Uncached access to instance attributes of a {@link PyObject}: shape properties, or the materialized
 * dict once the object is in dict mode. Attribute nodes use cached libraries instead.
 */
public final class InstanceAttrs {
    private InstanceAttrs() {
    }

    private static DynamicObjectLibrary lib() {
        return DynamicObjectLibrary.getUncached();
    }

    @TruffleBoundary
    public static Object get(PyObject o, String name) {
        Object d = lib().getOrDefault(o, PyObject.DICT_KEY, null);
        if (d != null) {
            return ((PyDict) d).getItemStr(name);
        }
        return lib().getOrDefault(o, name, null);
    }

    @TruffleBoundary
    public static void put(PyObject o, String name, Object value) {
        Object d = lib().getOrDefault(o, PyObject.DICT_KEY, null);
        if (d != null) {
            ((PyDict) d).setItemStr(name, value);
            return;
        }
        lib().put(o, name, value);
    }

    /** Removes an attribute; false if it was absent. */
    @TruffleBoundary
    public static boolean remove(PyObject o, String name) {
        Object d = lib().getOrDefault(o, PyObject.DICT_KEY, null);
        if (d != null) {
            return ((PyDict) d).removeItem(name) != null;
        }
        return lib().removeKey(o, name);
    }

    /** Slot values (__slots__) are stored under their member descriptor, apart from the instance dict. */
    @TruffleBoundary
    public static Object getSlot(PyObject o, Object key) {
        return lib().getOrDefault(o, key, null);
    }

    @TruffleBoundary
    public static void putSlot(PyObject o, Object key, Object value) {
        lib().put(o, key, value);
    }

    @TruffleBoundary
    public static boolean removeSlot(PyObject o, Object key) {
        return lib().removeKey(o, key);
    }

    @TruffleBoundary
    public static boolean isDictMode(PyObject o) {
        return lib().containsKey(o, PyObject.DICT_KEY);
    }

    /** The instance dict, switching the object to dict mode on first request. */
    @TruffleBoundary
    public static PyDict getDict(PyObject o) {
        Object d = lib().getOrDefault(o, PyObject.DICT_KEY, null);
        if (d != null) {
            return (PyDict) d;
        }
        PyDict dict = new PyDict();
        Object[] keys = lib().getKeyArray(o);
        for (Object k : keys) {
            if (k instanceof String s) {
                dict.setItemStr(s, lib().getOrDefault(o, k, null));
            }
        }
        for (Object k : keys) {
            if (k instanceof String) {
                lib().removeKey(o, k);
            }
        }
        lib().put(o, PyObject.DICT_KEY, dict);
        return dict;
    }

    @TruffleBoundary
    public static void setDict(PyObject o, PyDict dict) {
        getDict(o);
        lib().put(o, PyObject.DICT_KEY, dict);
    }

    /** Attribute names in insertion order (for dir() and vars()). */
    @TruffleBoundary
    public static Object[] keys(PyObject o) {
        Object d = lib().getOrDefault(o, PyObject.DICT_KEY, null);
        if (d != null) {
            return ((PyDict) d).keysArray();
        }
        Object[] keys = lib().getKeyArray(o);
        int n = 0;
        for (Object k : keys) {
            if (k instanceof String) {
                n++;
            }
        }
        Object[] out = new Object[n];
        n = 0;
        for (Object k : keys) {
            if (k instanceof String) {
                out[n++] = k;
            }
        }
        return out;
    }
}
