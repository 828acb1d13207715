package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Concatenation, repetition and %-formatting of the builtin sequences, used by operators. */
public final class SequenceOps {
    private SequenceOps() {
    }

    /** Result of a binary operator on exact builtin sequences, or null when not applicable. */
    @TruffleBoundary
    public static Object fastBinary(BinaryOp op, Object a, Object b) {
        switch (op) {
            case ADD:
                if (a instanceof String sa && b instanceof String sb) {
                    return sa.concat(sb);
                }
                if (a instanceof PyList la && b instanceof PyList lb && la.getPyType() == BuiltinTypes.LIST && lb.getPyType() == BuiltinTypes.LIST) {
                    return concat(la, lb);
                }
                if (a instanceof PyTuple ta && b instanceof PyTuple tb && ta.getPyType() == BuiltinTypes.TUPLE && tb.getPyType() == BuiltinTypes.TUPLE) {
                    return concat(ta, tb);
                }
                return null;
            case MUL:
                if (PyLong.isInt(b) && isExactSeq(a)) {
                    return repeat(a, b);
                }
                if (PyLong.isInt(a) && isExactSeq(b)) {
                    return repeat(b, a);
                }
                if (isExactSeq(a) && !(b instanceof PyList || b instanceof PyTuple || b instanceof String || b instanceof Double)) {
                    Object n = PyObjectOps.indexOrNull(b);
                    if (n != null && PyObjectOps.type(b).lookup("__rmul__") == null) {
                        return repeat(a, n);
                    }
                }
                return null;
            case MOD:
                if (a instanceof String s) {
                    return StringFormatter.percentFormat(s, b);
                }
                return null;
            default:
                return null;
        }
    }

    private static boolean isExactSeq(Object o) {
        return o instanceof String || (o instanceof PyList l && l.getPyType() == BuiltinTypes.LIST) || (o instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE);
    }

    public static PyList concat(PyList a, PyList b) {
        int n = a.size() + b.size();
        Object[] items = new Object[n];
        System.arraycopy(a.getStore(), 0, items, 0, a.size());
        System.arraycopy(b.getStore(), 0, items, a.size(), b.size());
        return new PyList(items);
    }

    public static PyTuple concat(PyTuple a, PyTuple b) {
        Object[] items = new Object[a.size() + b.size()];
        System.arraycopy(a.getItems(), 0, items, 0, a.size());
        System.arraycopy(b.getItems(), 0, items, a.size(), b.size());
        return new PyTuple(items);
    }

    @TruffleBoundary
    public static long repeatCount(Object n) {
        if (n instanceof BigInteger bi) {
            if (bi.signum() < 0) {
                return 0;
            }
            throw PException.overflow("cannot fit 'int' into an index-sized integer");
        }
        long c = PyLong.asLong(n);
        return Math.max(0, c);
    }

    @TruffleBoundary
    public static Object repeat(Object seq, Object n) {
        long count = repeatCount(n);
        if (seq instanceof String s) {
            if (count == 0 || s.isEmpty()) {
                return "";
            }
            if (count > (Integer.MAX_VALUE - 16) / s.length()) {
                throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
            }
            return s.repeat((int) count);
        } else if (seq instanceof PyList l) {
            Object[] items = repeatArray(l.getStore(), l.size(), count);
            return new PyList(items);
        } else if (seq instanceof PyTuple t) {
            if (count == 1) {
                return t;
            }
            return new PyTuple(repeatArray(t.getItems(), t.size(), count));
        }
        throw new IllegalArgumentException();
    }

    private static Object[] repeatArray(Object[] src, int size, long count) {
        if (size == 0 || count <= 0) {
            return new Object[0];
        }
        if (count > (Integer.MAX_VALUE - 16) / size) {
            throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
        }
        long total = size * count;
        if (total > Integer.MAX_VALUE - 16) {
            throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
        }
        Object[] items = new Object[(int) total];
        if (total == 0) {
            return items;
        }
        System.arraycopy(src, 0, items, 0, size);
        int filled = size;
        while (filled < total) {
            int n = (int) Math.min(filled, total - filled);
            System.arraycopy(items, 0, items, filled, n);
            filled += n;
        }
        return items;
    }

    // ------------------------------------------------------------------ searching and comparing

    /** PyObject_RichCompareBool(item, value, Py_EQ) with fast paths for ints and strs. */
    public static boolean itemEq(Object item, Object value) {
        if (item == value) {
            return true;
        }
        if (item instanceof Long a && value instanceof Long b) {
            return a.longValue() == b.longValue();
        }
        if (item instanceof String a && value instanceof String b) {
            return a.equals(b);
        }
        return PyObjectOps.richCompareBool(item, value, PyObjectOps.EQ);
    }

    /** {@code item in list}: compares each element (read live, the list may change) with {@code ==}. */
    @TruffleBoundary
    public static boolean listContains(PyList l, Object item) {
        for (int i = 0; i < l.size(); i++) {
            Object v = l.get(i);
            if (itemEq(v, item)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public static boolean arrayContains(Object[] items, Object item) {
        for (Object v : items) {
            if (itemEq(v, item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean compareSizes(long a, long b, int op) {
        switch (op) {
            case PyObjectOps.LT:
                return a < b;
            case PyObjectOps.LE:
                return a <= b;
            case PyObjectOps.EQ:
                return a == b;
            case PyObjectOps.NE:
                return a != b;
            case PyObjectOps.GT:
                return a > b;
            default:
                return a >= b;
        }
    }

    /** Lexicographic comparison of two lists, as CPython's list_richcompare (sizes are read live). */
    @TruffleBoundary
    public static Object compareLists(PyList a, PyList b, int op) {
        if (a.size() != b.size() && (op == PyObjectOps.EQ || op == PyObjectOps.NE)) {
            return op == PyObjectOps.NE;
        }
        int i = 0;
        for (; i < a.size() && i < b.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (!itemEq(x, y)) {
                break;
            }
        }
        if (i >= a.size() || i >= b.size()) {
            return compareSizes(a.size(), b.size(), op);
        }
        if (op == PyObjectOps.EQ) {
            return false;
        } else if (op == PyObjectOps.NE) {
            return true;
        }
        return PyObjectOps.richCompare(a.get(i), b.get(i), op);
    }

    /** Lexicographic comparison of two item arrays (tuples), as CPython's tuplerichcompare. */
    @TruffleBoundary
    public static Object compareArrays(Object[] a, Object[] b, int op) {
        int i = 0;
        int n = Math.min(a.length, b.length);
        for (; i < n; i++) {
            Object x = a[i];
            Object y = b[i];
            if (!itemEq(x, y)) {
                break;
            }
        }
        if (i >= n) {
            return compareSizes(a.length, b.length, op);
        }
        if (op == PyObjectOps.EQ) {
            return false;
        } else if (op == PyObjectOps.NE) {
            return true;
        }
        return PyObjectOps.richCompare(a[i], b[i], op);
    }
}
