package org.minipy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.ListBuiltins;
import org.minipy.builtins.TupleBuiltins;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyIterator;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyRange;
import org.minipy.runtime.PySet;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/**
 * Calls of builtin types with positional arguments of the common exact types, done inline without
 * packing the arguments for {@code __new__}: {@code range(n)}, {@code range(a, b[, c])},
 * {@code tuple(iterable)}, {@code list(iterable)}, {@code set()}, {@code dict()}, {@code int(x)},
 * {@code float(x)} and {@code str(x)} on ints, floats and strs. {@link #execute} returns null when
 * the arguments are of another kind, and the call site then takes the general path, so results and
 * errors are always those of the type's {@code __new__}.
 */
public abstract class FastTypeCallNode extends Node {
    /** The new object, or null when this fast path does not apply to {@code args}. */
    public abstract Object execute(Object[] args);

    /** A fast path for calling {@code type} with {@code nargs} positional arguments, or null. */
    static FastTypeCallNode create(PyType type, int nargs) {
        if (type == BuiltinTypes.RANGE && nargs >= 1 && nargs <= 3) {
            return new RangeCall(nargs);
        }
        if (type == BuiltinTypes.TUPLE && nargs == 1) {
            return new TupleCall();
        }
        if (type == BuiltinTypes.LIST && nargs <= 1) {
            return new ListCall(nargs);
        }
        if (type == BuiltinTypes.SET && nargs == 0) {
            return new EmptySetCall();
        }
        if (type == BuiltinTypes.DICT && nargs == 0) {
            return new EmptyDictCall();
        }
        if (type == BuiltinTypes.INT && nargs == 1) {
            return new IntCall();
        }
        if (type == BuiltinTypes.FLOAT && nargs == 1) {
            return new FloatCall();
        }
        if (type == BuiltinTypes.STR && nargs == 1) {
            return new StrCall();
        }
        if (type == BuiltinTypes.REVERSED && nargs == 1) {
            return new ReversedCall();
        }
        if (type == BuiltinTypes.ENUMERATE && nargs == 1) {
            return new EnumerateCall();
        }
        if (type == BuiltinTypes.ZIP && nargs == 2) {
            return new ZipCall();
        }
        return null;
    }

    static final class RangeCall extends FastTypeCallNode {
        private final int nargs;

        RangeCall(int nargs) {
            this.nargs = nargs;
        }

        @Override
        public Object execute(Object[] args) {
            if (nargs == 1) {
                if (args[0] instanceof Long stop) {
                    return new PyRange(0L, (long) stop, 1L);
                }
                return null;
            }
            if (!(args[0] instanceof Long start) || !(args[1] instanceof Long stop)) {
                return null;
            }
            long step = 1;
            if (nargs == 3) {
                if (!(args[2] instanceof Long s) || s == 0) {
                    return null;
                }
                step = s;
            }
            return new PyRange((long) start, (long) stop, step);
        }
    }

    static final class TupleCall extends FastTypeCallNode {
        @Override
        public Object execute(Object[] args) {
            Object a = args[0];
            if (a instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE) {
                return t;
            }
            if (a instanceof PyList l && l.getPyType() == BuiltinTypes.LIST) {
                return l.size() == 0 ? PyTuple.EMPTY : new PyTuple(l.toArray());
            }
            return TupleBuiltins.fromIterable(a);
        }
    }

    static final class ListCall extends FastTypeCallNode {
        private final int nargs;

        ListCall(int nargs) {
            this.nargs = nargs;
        }

        @Override
        public Object execute(Object[] args) {
            if (nargs == 0) {
                return new PyList();
            }
            Object a = args[0];
            if (a instanceof PyList l && l.getPyType() == BuiltinTypes.LIST) {
                return new PyList(l.toArray());
            }
            if (a instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE) {
                return new PyList(t.getItems().clone());
            }
            return fromIterable(a);
        }

        @TruffleBoundary
        private static PyList fromIterable(Object iterable) {
            PyList l = new PyList();
            ListBuiltins.extend(l, iterable);
            return l;
        }
    }

    static final class EmptySetCall extends FastTypeCallNode {
        @Override
        public Object execute(Object[] args) {
            return new PySet();
        }
    }

    static final class EmptyDictCall extends FastTypeCallNode {
        @Override
        public Object execute(Object[] args) {
            return new PyDict();
        }
    }

    static final class IntCall extends FastTypeCallNode {
        @Override
        public Object execute(Object[] args) {
            Object a = args[0];
            if (a instanceof Long) {
                return a;
            }
            if (a instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (a instanceof Double d) {
                double v = d;
                if (v > -9.2e18 && v < 9.2e18) {
                    return (long) v;
                }
            }
            return null;
        }
    }

    static final class FloatCall extends FastTypeCallNode {
        @Override
        public Object execute(Object[] args) {
            Object a = args[0];
            if (a instanceof Double) {
                return a;
            }
            if (a instanceof Long l) {
                return (double) l;
            }
            return null;
        }
    }

    static final class StrCall extends FastTypeCallNode {
        @Override
        public Object execute(Object[] args) {
            Object a = args[0];
            if (a instanceof String) {
                return a;
            }
            if (a instanceof Long l) {
                return longToString(l);
            }
            return null;
        }

        @TruffleBoundary
        private static String longToString(long l) {
            return Long.toString(l);
        }
    }

    static final class ReversedCall extends FastTypeCallNode {
        @Override
        public Object execute(Object[] args) {
            if (args[0] instanceof PyList l && l.getPyType() == BuiltinTypes.LIST) {
                return new PyIterator.ListReverseIterator(l);
            }
            return null;
        }
    }

    static final class EnumerateCall extends FastTypeCallNode {
        @Override
        public Object execute(Object[] args) {
            return new PyIterator.Enumerate(BuiltinTypes.ENUMERATE, getIter(args[0]), 0L);
        }
    }

    static final class ZipCall extends FastTypeCallNode {
        @Override
        public Object execute(Object[] args) {
            Object a = args[0];
            Object b = args[1];
            if (isListOrTuple(a) && isListOrTuple(b)) {
                return new PyIterator.Zip(BuiltinTypes.ZIP, new Object[]{getIter(a), getIter(b)}, false);
            }
            return null;
        }

        private static boolean isListOrTuple(Object o) {
            return o instanceof PyList l && l.getPyType() == BuiltinTypes.LIST || o instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE;
        }
    }

    @TruffleBoundary
    static Object getIter(Object o) {
        return PyObjectOps.getIter(o);
    }
}
