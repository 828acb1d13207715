package org.minipy.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PyBytes;
import org.minipy.runtime.PyComplex;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyDictView;
import org.minipy.runtime.PyFloatFormat;
import org.minipy.runtime.PyIterator;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyRange;
import org.minipy.runtime.PySet;
import org.minipy.runtime.PySlice;
import org.minipy.runtime.PyStrOps;
import org.minipy.runtime.PyTuple;

/** repr() of the builtin value types, as CPython prints them. */
public final class BuiltinReprs {
    private BuiltinReprs() {
    }

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof String s) {
            return PyStrOps.repr(s);
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Long || o instanceof BigInteger) {
            return o.toString();
        } else if (o instanceof Double d) {
            return PyFloatFormat.repr(d);
        } else if (o instanceof PyList l) {
            return reprList(l);
        } else if (o instanceof PyTuple t) {
            return reprTuple(t);
        } else if (o instanceof PyDict d) {
            return reprDict(d);
        } else if (o instanceof PySet s) {
            return reprSet(s);
        } else if (o instanceof PyRange r) {
            Object step = r.getStep();
            if (step instanceof Long l && l == 1) {
                return "range(" + PyObjectOps.repr(r.getStart()) + ", " + PyObjectOps.repr(r.getStop()) + ")";
            }
            return "range(" + PyObjectOps.repr(r.getStart()) + ", " + PyObjectOps.repr(r.getStop()) + ", " + PyObjectOps.repr(step) + ")";
        } else if (o instanceof PySlice s) {
            return "slice(" + PyObjectOps.repr(s.getStart()) + ", " + PyObjectOps.repr(s.getStop()) + ", " + PyObjectOps.repr(s.getStep()) + ")";
        } else if (o instanceof PyDictView v) {
            String name = v.getPyType().getName();
            Object[] items;
            PyDict d = v.getDict();
            if (v.getKind() == PyIterator.DictIterator.KEYS) {
                items = d.keysArray();
            } else if (v.getKind() == PyIterator.DictIterator.VALUES) {
                items = d.valuesArray();
            } else {
                Object[] ks = d.keysArray();
                Object[] vs = d.valuesArray();
                items = new Object[ks.length];
                for (int i = 0; i < ks.length; i++) {
                    items[i] = PyTuple.of(ks[i], vs[i]);
                }
            }
            if (!PyObjectOps.reprEnter(v)) {
                return "...";
            }
            try {
                StringBuilder sb = new StringBuilder(name).append("([");
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(PyObjectOps.repr(items[i]));
                }
                return sb.append("])").toString();
            } finally {
                PyObjectOps.reprLeave(v);
            }
        } else if (o instanceof PyComplex c) {
            return reprComplex(c);
        } else if (o instanceof PyBytes b) {
            return reprBytes(b);
        } else if (o == PyNone.NONE) {
            return "None";
        }
        return PyObjectOps.defaultRepr(o);
    }

    @TruffleBoundary
    public static String reprList(PyList l) {
        if (l.size() == 0) {
            return "[]";
        }
        if (!PyObjectOps.reprEnter(l)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(PyObjectOps.repr(l.get(i)));
            }
            return sb.append(']').toString();
        } finally {
            PyObjectOps.reprLeave(l);
        }
    }

    @TruffleBoundary
    public static String reprTuple(PyTuple t) {
        if (t.size() == 0) {
            return "()";
        }
        if (!PyObjectOps.reprEnter(t)) {
            return "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(PyObjectOps.repr(t.get(i)));
            }
            if (t.size() == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        } finally {
            PyObjectOps.reprLeave(t);
        }
    }

    @TruffleBoundary
    public static String reprDict(PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        if (!PyObjectOps.reprEnter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int ix = d.nextEntry(0); ix >= 0; ix = d.nextEntry(ix + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                Object k = d.getKeyAt(ix);
                Object v = d.getValueAt(ix);
                sb.append(PyObjectOps.repr(k)).append(": ").append(PyObjectOps.repr(v));
            }
            return sb.append('}').toString();
        } finally {
            PyObjectOps.reprLeave(d);
        }
    }

    @TruffleBoundary
    public static String reprSet(PySet s) {
        boolean frozen = s.getPyType().isSubtypeOf(BuiltinTypes.FROZENSET);
        String typeName = s.getPyType().getName();
        boolean exact = s.getPyType() == BuiltinTypes.SET || s.getPyType() == BuiltinTypes.FROZENSET;
        if (s.size() == 0) {
            return typeName + "()";
        }
        if (!PyObjectOps.reprEnter(s)) {
            return typeName + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            if (frozen || !exact) {
                sb.append(typeName).append('(');
            }
            sb.append('{');
            Object[] items = s.toArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(PyObjectOps.repr(items[i]));
            }
            sb.append('}');
            if (frozen || !exact) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            PyObjectOps.reprLeave(s);
        }
    }

    @TruffleBoundary
    public static String reprComplex(PyComplex c) {
        return org.minipy.runtime.ComplexOps.repr(c);
    }

    @TruffleBoundary
    public static String reprBytes(PyBytes b) {
        byte[] data = b.getStore();
        int n = b.length();
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < n; i++) {
            if (data[i] == '\'') {
                hasSingle = true;
            } else if (data[i] == '"') {
                hasDouble = true;
            }
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder();
        if (b.isByteArray()) {
            sb.append("bytearray(");
        }
        sb.append('b').append(quote);
        for (int i = 0; i < n; i++) {
            int c = data[i] & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
        if (b.isByteArray()) {
            sb.append(')');
        }
        return sb.toString();
    }
}
