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
            if ((long) s.length() * count > Integer.MAX_VALUE - 16) {
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
        long total = size * count;
        if (total > Integer.MAX_VALUE - 16) {
            throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
        }
        Object[] items = new Object[(int) total];
        for (int i = 0; i < count; i++) {
            System.arraycopy(src, 0, items, i * size, size);
        }
        return items;
    }
}
