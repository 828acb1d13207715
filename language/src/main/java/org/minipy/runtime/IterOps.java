package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Iterators of the builtin containers. */
public final class IterOps {
    private IterOps() {
    }

    /** The iterator of a builtin container whose type is exactly builtin, or null. */
    @TruffleBoundary
    public static Object builtinIter(Object o) {
        if (o instanceof PyList l) {
            return new PyIterator.ListIterator(l);
        } else if (o instanceof PyTuple t) {
            return new PyIterator.ArrayIterator(BuiltinTypes.TUPLE_ITERATOR, t.getItems());
        } else if (o instanceof String s) {
            return new PyIterator.StrIterator(s, PyStrOps.isAscii(s));
        } else if (o instanceof PyRange r) {
            if (r.isLong()) {
                return new PyIterator.RangeIterator(r.getLongStart(), r.getLongStep(), r.getLongLength());
            }
            return new PyIterator.BigRangeIterator(PyLong.toBig(r.getStart()), PyLong.toBig(r.getStep()), r.bigLength());
        } else if (o instanceof PyDict d) {
            return new PyIterator.DictIterator(d, PyIterator.DictIterator.KEYS);
        } else if (o instanceof PySet s) {
            return new PyIterator.SetIterator(s);
        } else if (o instanceof PyBytes b) {
            return new PyIterator.BytesIterator(b);
        } else if (o instanceof PyIterator it) {
            return it;
        } else if (o instanceof PyDictView v) {
            return new PyIterator.DictIterator(v.getDict(), v.getKind());
        }
        return null;
    }
}
