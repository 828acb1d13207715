package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Builtin iterator objects. {@link #next()} returns null when exhausted (and stays exhausted).
 */
public abstract class PyIterator extends PyObject {
    protected PyIterator(PyType type) {
        super(type);
    }

    public abstract Object next();

    /** {@code __length_hint__}, or -1 when unknown. */
    public long lengthHint() {
        return -1;
    }

    public static final class ListIterator extends PyIterator {
        private PyList list;
        private int index;

        public ListIterator(PyList list) {
            super(BuiltinTypes.LIST_ITERATOR);
            this.list = list;
        }

        @Override
        public Object next() {
            PyList l = list;
            if (l != null) {
                if (index < l.size()) {
                    return l.get(index++);
                }
                list = null;
            }
            return null;
        }

        @Override
        public long lengthHint() {
            return list == null ? 0 : Math.max(0, list.size() - index);
        }

        public PyList getList() {
            return list;
        }

        public int getIndex() {
            return index;
        }

        public void setIndex(int i) {
            index = i;
        }
    }

    public static final class ListReverseIterator extends PyIterator {
        private PyList list;
        private int index;

        public ListReverseIterator(PyList list) {
            super(BuiltinTypes.LIST_REVERSEITERATOR);
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public Object next() {
            PyList l = list;
            if (l != null) {
                if (index >= 0 && index < l.size()) {
                    return l.get(index--);
                }
                list = null;
            }
            return null;
        }

        @Override
        public long lengthHint() {
            return list == null ? 0 : Math.max(0, Math.min(index + 1, list.size()));
        }
    }

    /** Iterates a fixed array (tuples, and snapshots). */
    public static final class ArrayIterator extends PyIterator {
        private final Object[] items;
        private int index;

        public ArrayIterator(PyType type, Object[] items) {
            super(type);
            this.items = items;
        }

        @Override
        public Object next() {
            if (index < items.length) {
                return items[index++];
            }
            return null;
        }

        @Override
        public long lengthHint() {
            return items.length - index;
        }
    }

    public static final class RangeIterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(long start, long step, long len) {
            super(BuiltinTypes.RANGE_ITERATOR);
            this.next = start;
            this.step = step;
            this.remaining = len;
        }

        @Override
        public Object next() {
            if (remaining > 0) {
                long v = next;
                next += step;
                remaining--;
                return v;
            }
            return null;
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        public long nextLong() {
            long v = next;
            next += step;
            remaining--;
            return v;
        }

        @Override
        public long lengthHint() {
            return remaining;
        }
    }

    public static final class BigRangeIterator extends PyIterator {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        public BigRangeIterator(BigInteger start, BigInteger step, BigInteger len) {
            super(BuiltinTypes.RANGE_ITERATOR);
            this.next = start;
            this.step = step;
            this.remaining = len;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (remaining.signum() > 0) {
                BigInteger v = next;
                next = next.add(step);
                remaining = remaining.subtract(BigInteger.ONE);
                return PyLong.normalize(v);
            }
            return null;
        }
    }

    public static final class StrIterator extends PyIterator {
        private final String s;
        private int index;

        public StrIterator(String s, boolean ascii) {
            super(ascii ? BuiltinTypes.STR_ASCII_ITERATOR : BuiltinTypes.STR_ITERATOR);
            this.s = s;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (index < s.length()) {
                char c = s.charAt(index);
                if (Character.isHighSurrogate(c) && index + 1 < s.length() && Character.isLowSurrogate(s.charAt(index + 1))) {
                    String r = s.substring(index, index + 2);
                    index += 2;
                    return r;
                }
                index++;
                return PyStrOps.charToString(c);
            }
            return null;
        }

        @Override
        public long lengthHint() {
            return s.length() - index;
        }
    }

    public static final class BytesIterator extends PyIterator {
        private final PyBytes b;
        private int index;

        public BytesIterator(PyBytes b) {
            super(BuiltinTypes.BYTES_ITERATOR);
            this.b = b;
        }

        @Override
        public Object next() {
            if (index < b.length()) {
                return (long) (b.getStore()[index++] & 0xff);
            }
            return null;
        }
    }

    /** Iterates a dict's keys, values or items; detects size changes as CPython does. */
    public static final class DictIterator extends PyIterator {
        public static final int KEYS = 0;
        public static final int VALUES = 1;
        public static final int ITEMS = 2;

        private final PyDict dict;
        private final int kind;
        private int pos;
        private final int expectedSize;
        private long remaining;
        private boolean done;

        public DictIterator(PyDict dict, int kind) {
            super(kind == KEYS ? BuiltinTypes.DICT_KEYITERATOR : kind == VALUES ? BuiltinTypes.DICT_VALUEITERATOR : BuiltinTypes.DICT_ITEMITERATOR);
            this.dict = dict;
            this.kind = kind;
            this.expectedSize = dict.size();
            this.remaining = dict.size();
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (done) {
                return null;
            }
            if (dict.size() != expectedSize) {
                done = true;
                throw PException.runtimeError("dictionary changed size during iteration");
            }
            int ix = dict.nextEntry(pos);
            if (ix < 0) {
                done = true;
                return null;
            }
            if (remaining <= 0) {
                done = true;
                throw PException.runtimeError("dictionary keys changed during iteration");
            }
            remaining--;
            pos = ix + 1;
            switch (kind) {
                case KEYS:
                    return dict.getKeyAt(ix);
                case VALUES:
                    return dict.getValueAt(ix);
                default:
                    return PyTuple.of(dict.getKeyAt(ix), dict.getValueAt(ix));
            }
        }

        @Override
        public long lengthHint() {
            return done ? 0 : remaining;
        }
    }

    public static final class DictReverseIterator extends PyIterator {
        private final Object[] items;
        private int index;

        public DictReverseIterator(PyType type, Object[] items) {
            super(type);
            this.items = items;
            this.index = items.length - 1;
        }

        @Override
        public Object next() {
            if (index >= 0) {
                return items[index--];
            }
            return null;
        }
    }

    public static final class SetIterator extends PyIterator {
        private final PySet set;
        private int pos;
        private final int expectedSize;
        private boolean done;

        public SetIterator(PySet set) {
            super(BuiltinTypes.SET_ITERATOR);
            this.set = set;
            this.expectedSize = set.size();
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (done) {
                return null;
            }
            if (set.size() != expectedSize) {
                done = true;
                throw PException.runtimeError("Set changed size during iteration");
            }
            int n = set.tableSize();
            while (pos < n) {
                int i = pos++;
                if (set.isActive(i)) {
                    return set.keyAt(i);
                }
            }
            done = true;
            return null;
        }
    }

    /** Iteration through {@code __getitem__} with 0, 1, 2, ... until IndexError or StopIteration. */
    public static final class SeqIterator extends PyIterator {
        private Object seq;
        private long index;

        public SeqIterator(Object seq) {
            super(BuiltinTypes.SEQ_ITERATOR);
            this.seq = seq;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (seq == null) {
                return null;
            }
            try {
                return PyObjectOps.getItem(seq, index++);
            } catch (PException e) {
                if (e.isInstance(BuiltinTypes.INDEX_ERROR) || e.isInstance(BuiltinTypes.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
    }

    /** iter(callable, sentinel). */
    public static final class CallableIterator extends PyIterator {
        private Object callable;
        private final Object sentinel;

        public CallableIterator(Object callable, Object sentinel) {
            super(BuiltinTypes.CALLABLE_ITERATOR);
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (callable == null) {
                return null;
            }
            Object v;
            try {
                v = CallOps.call(callable);
            } catch (PException e) {
                if (e.isInstance(BuiltinTypes.STOP_ITERATION)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (PyObjectOps.richCompareBool(v, sentinel, PyObjectOps.EQ)) {
                callable = null;
                return null;
            }
            return v;
        }
    }

    public static final class Enumerate extends PyIterator {
        private final Object iterator;
        /** The next count while it fits in a long ({@link #bigCount} is then null). */
        private long count;
        private Object bigCount;

        public Enumerate(PyType type, Object iterator, Object start) {
            super(type);
            this.iterator = iterator;
            if (start instanceof Long l) {
                this.count = l;
            } else {
                this.bigCount = start;
            }
        }

        public Object getIterator() {
            return iterator;
        }

        /** True when the next count fits in a long and so does the one after it. */
        public boolean hasSmallCount() {
            return bigCount == null && count < Long.MAX_VALUE;
        }

        /** The next count (with {@link #hasSmallCount}), advancing it. */
        public long takeSmallCount() {
            return count++;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object v = PyObjectOps.next(iterator);
            if (v == null) {
                return null;
            }
            Object c;
            if (hasSmallCount()) {
                c = takeSmallCount();
            } else {
                c = bigCount == null ? (Object) count : bigCount;
                bigCount = PyLong.normalize(PyLong.toBig(c).add(BigInteger.ONE));
            }
            return PyTuple.of(c, v);
        }
    }

    public static final class Zip extends PyIterator {
        private final Object[] iterators;
        private final boolean strict;
        private boolean done;

        public Zip(PyType type, Object[] iterators, boolean strict) {
            super(type);
            this.iterators = iterators;
            this.strict = strict;
        }

        /** Two iterators, not strict, not yet exhausted: the case that call sites handle inline. */
        public boolean isSimplePair() {
            return iterators.length == 2 && !strict && !done;
        }

        public Object getIterator(int i) {
            return iterators[i];
        }

        public void setDone() {
            done = true;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (done || iterators.length == 0) {
                return null;
            }
            Object[] items = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = PyObjectOps.next(iterators[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw PException.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
                        }
                        for (int j = 1; j < iterators.length; j++) {
                            if (PyObjectOps.next(iterators[j]) != null) {
                                throw PException.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                    }
                    return null;
                }
                items[i] = v;
            }
            return new PyTuple(items);
        }
    }

    public static final class MapIterator extends PyIterator {
        private final Object function;
        private final Object[] iterators;

        public MapIterator(PyType type, Object function, Object[] iterators) {
            super(type);
            this.function = function;
            this.iterators = iterators;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object[] args = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = PyObjectOps.next(iterators[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return CallOps.call(function, args);
        }
    }

    public static final class FilterIterator extends PyIterator {
        private final Object function;
        private final Object iterator;

        public FilterIterator(PyType type, Object function, Object iterator) {
            super(type);
            this.function = function;
            this.iterator = iterator;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            while (true) {
                Object v = PyObjectOps.next(iterator);
                if (v == null) {
                    return null;
                }
                boolean keep;
                if (function == PyNone.NONE || function == BuiltinTypes.BOOL) {
                    keep = PyObjectOps.isTrue(v);
                } else {
                    keep = PyObjectOps.isTrue(CallOps.call(function, v));
                }
                if (keep) {
                    return v;
                }
            }
        }
    }

    /** reversed() over a sequence with __len__ and __getitem__. */
    public static final class ReversedIterator extends PyIterator {
        private Object seq;
        private long index;

        public ReversedIterator(PyType type, Object seq, long len) {
            super(type);
            this.seq = seq;
            this.index = len - 1;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (seq == null || index < 0) {
                seq = null;
                return null;
            }
            try {
                return PyObjectOps.getItem(seq, index--);
            } catch (PException e) {
                if (e.isInstance(BuiltinTypes.INDEX_ERROR) || e.isInstance(BuiltinTypes.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public long lengthHint() {
            return seq == null ? 0 : index + 1;
        }
    }
}
