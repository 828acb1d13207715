package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** reversed() of a dict or of one of its views: walks the entries backwards, live, as CPython does. */
public final class PyDictReverseIterator extends PyIterator {
    private PyDict dict;
    private final int kind;
    private int pos;
    private int expectedSize;
    private long remaining;

    public PyDictReverseIterator(PyDict dict, int kind) {
        super(BuiltinTypes.DICT_REVERSEKEYITERATOR);
        this.dict = dict;
        this.kind = kind;
        this.pos = dict.entryLimit() - 1;
        this.expectedSize = dict.size();
        this.remaining = dict.size();
    }

    @Override
    @TruffleBoundary
    public Object next() {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (d.size() != expectedSize) {
            expectedSize = -1;
            throw PException.runtimeError("dictionary changed size during iteration");
        }
        int ix = pos < 0 ? -1 : d.prevEntry(pos);
        if (ix < 0) {
            dict = null;
            return null;
        }
        pos = ix - 1;
        remaining--;
        switch (kind) {
            case DictIterator.KEYS:
                return d.getKeyAt(ix);
            case DictIterator.VALUES:
                return d.getValueAt(ix);
            default:
                return PyTuple.of(d.getKeyAt(ix), d.getValueAt(ix));
        }
    }

    @Override
    public long lengthHint() {
        return dict == null ? 0 : Math.max(0, remaining);
    }
}
