package org.minipy.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyHash;
import org.minipy.runtime.PyIterator;
import org.minipy.runtime.PyLong;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyRange;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PySlice;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.RangeOps;

/** Methods of the builtin types range and slice. */
@CoreFunctions(types = {"range", "slice"})
public final class RangeBuiltins {
    private RangeBuiltins() {
    }

    /** Called by the registry once the type's builtins are installed: slices are unhashable (3.11). */
    static void initType(PyType type) {
        if (type == BuiltinTypes.SLICE) {
            type.getDict().setItemStr("__hash__", PyNone.NONE);
        }
    }

    static PyRange asRange(Object self, String method) {
        if (self instanceof PyRange r) {
            return r;
        }
        CompilerDirectives.transferToInterpreter();
        throw ListBuiltins.descriptorError(method, "range", self);
    }

    static PySlice asSlice(Object self, String method) {
        if (self instanceof PySlice s) {
            return s;
        }
        CompilerDirectives.transferToInterpreter();
        throw ListBuiltins.descriptorError(method, "slice", self);
    }

    @TruffleBoundary
    static Object[] checkArgs(String name, Object args, Object kwargs) {
        if (kwargs instanceof PyDict d && d.size() > 0) {
            throw PException.typeError(name + "() takes no keyword arguments");
        }
        Object[] a = ((PyTuple) args).getItems();
        if (a.length == 0) {
            throw PException.typeError(name + " expected at least 1 argument, got 0");
        }
        if (a.length > 3) {
            throw PException.typeError(name + " expected at most 3 arguments, got " + a.length);
        }
        return a;
    }

    // ================================================================== range

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeNewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            ListBuiltins.checkNewType(cls, BuiltinTypes.RANGE);
            Object[] a = checkArgs("range", args, kwargs);
            if (a.length == 1) {
                Object stop = PyObjectOps.index(a[0]);
                if (stop instanceof Long l) {
                    return new PyRange(0L, (long) l, 1L);
                }
                return new PyRange((Object) 0L, stop, (Object) 1L);
            }
            Object start = PyObjectOps.index(a[0]);
            Object stop = PyObjectOps.index(a[1]);
            Object step = 1L;
            if (a.length == 3) {
                step = PyObjectOps.index(a[2]);
                if (step instanceof Long l && l == 0) {
                    throw PException.valueError("range() arg 3 must not be zero");
                }
            }
            if (start instanceof Long s && stop instanceof Long e && step instanceof Long st) {
                return new PyRange((long) s, (long) e, (long) st);
            }
            return new PyRange(start, stop, step);
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeReprNode extends Builtin1 {
        @Specialization
        static Object repr(Object self) {
            return BuiltinReprs.repr(asRange(self, "__repr__"));
        }
    }

    /** The length as a Python int. */
    @TruffleBoundary
    static Object lengthObject(PyRange r) {
        if (r.isLong()) {
            return r.getLongLength();
        }
        return PyLong.normalize(r.bigLength());
    }

    @Builtin(name = "__len__", params = {"self"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeLenNode extends Builtin1 {
        @Specialization
        static long len(Object self) {
            PyRange r = asRange(self, "__len__");
            if (r.isLong()) {
                return r.getLongLength();
            }
            return bigLen(r);
        }

        @TruffleBoundary
        static long bigLen(PyRange r) {
            BigInteger b = r.bigLength();
            if (b.bitLength() >= 64) {
                throw PException.overflow("Python int too large to convert to C ssize_t");
            }
            return b.longValue();
        }
    }

    @Builtin(name = "__bool__", params = {"self"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeBoolNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean bool(Object self) {
            PyRange r = asRange(self, "__bool__");
            if (r.isLong()) {
                return r.getLongLength() != 0;
            }
            return r.bigLength().signum() != 0;
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeGetItemNode extends Builtin2 {
        @Specialization(guards = "self.isLong()")
        static Object getLong(PyRange self, long index) {
            long n = self.getLongLength();
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) {
                CompilerDirectives.transferToInterpreter();
                throw PException.indexError("range object index out of range");
            }
            try {
                return Math.addExact(self.getLongStart(), Math.multiplyExact(i, self.getLongStep()));
            } catch (ArithmeticException e) {
                CompilerDirectives.transferToInterpreter();
                return RangeOps.getItem(self, index);
            }
        }

        @Fallback
        static Object get(Object self, Object key) {
            return RangeOps.getItem(asRange(self, "__getitem__"), key);
        }
    }

    @Builtin(name = "__iter__", params = {"self"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeIterNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object iter(Object self) {
            PyRange r = asRange(self, "__iter__");
            if (r.isLong()) {
                return new PyIterator.RangeIterator(r.getLongStart(), r.getLongStep(), r.getLongLength());
            }
            return new PyIterator.BigRangeIterator(PyLong.toBig(r.getStart()), PyLong.toBig(r.getStep()), r.bigLength());
        }
    }

    @Builtin(name = "__reversed__", params = {"self"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeReversedNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reversed(Object self) {
            PyRange r = asRange(self, "__reversed__");
            if (r.isLong()) {
                long n = r.getLongLength();
                if (n == 0) {
                    return new PyIterator.RangeIterator(0, 1, 0);
                }
                try {
                    long last = Math.addExact(r.getLongStart(), Math.multiplyExact(n - 1, r.getLongStep()));
                    long step = Math.negateExact(r.getLongStep());
                    return new PyIterator.RangeIterator(last, step, n);
                } catch (ArithmeticException e) {
                    // fall through to the big version
                }
            }
            BigInteger n = r.bigLength();
            BigInteger step = PyLong.toBig(r.getStep());
            BigInteger last = PyLong.toBig(r.getStart()).add(step.multiply(n.subtract(BigInteger.ONE)));
            return new PyIterator.BigRangeIterator(last, step.negate(), n);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeContainsNode extends Builtin2 {
        @Specialization
        static boolean contains(Object self, Object key) {
            return RangeOps.contains(asRange(self, "__contains__"), key);
        }
    }

    @TruffleBoundary
    static boolean rangeEquals(PyRange a, PyRange b) {
        if (a == b) {
            return true;
        }
        Object la = lengthObject(a);
        if (!PyObjectOps.eq(la, lengthObject(b))) {
            return false;
        }
        if (la instanceof Long l && l == 0) {
            return true;
        }
        if (!PyObjectOps.eq(a.getStart(), b.getStart())) {
            return false;
        }
        if (la instanceof Long l && l == 1) {
            return true;
        }
        return PyObjectOps.eq(a.getStep(), b.getStep());
    }

    @Builtin(name = "__eq__", params = {"self", "value"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeEqNode extends Builtin2 {
        @Specialization
        static Object eq(Object self, Object other) {
            PyRange r = asRange(self, "__eq__");
            if (!(other instanceof PyRange o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return rangeEquals(r, o);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "value"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeNeNode extends Builtin2 {
        @Specialization
        static Object ne(Object self, Object other) {
            PyRange r = asRange(self, "__ne__");
            if (!(other instanceof PyRange o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return !rangeEquals(r, o);
        }
    }

    @Builtin(name = "__hash__", params = {"self"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeHashNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static long hash(Object self) {
            PyRange r = asRange(self, "__hash__");
            Object len = lengthObject(r);
            if (len instanceof Long l && l == 0) {
                return PyHash.hashTuple(new Object[]{len, PyNone.NONE, PyNone.NONE});
            }
            if (len instanceof Long l && l == 1) {
                return PyHash.hashTuple(new Object[]{len, r.getStart(), PyNone.NONE});
            }
            return PyHash.hashTuple(new Object[]{len, r.getStart(), r.getStep()});
        }
    }

    @Builtin(name = "__reduce__", params = {"self"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeReduceNode extends Builtin1 {
        @Specialization
        static Object reduce(Object self) {
            PyRange r = asRange(self, "__reduce__");
            return PyTuple.of(BuiltinTypes.RANGE, PyTuple.of(r.getStart(), r.getStop(), r.getStep()));
        }
    }

    @Builtin(name = "index", params = {"self", "value"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeIndexNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object index(Object self, Object value) {
            PyRange r = asRange(self, "index");
            if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
                if (!RangeOps.contains(r, value)) {
                    throw PException.valueError(PyObjectOps.repr(value) + " is not in range");
                }
                BigInteger v = PyLong.toBig(value);
                return PyLong.normalize(v.subtract(PyLong.toBig(r.getStart())).divide(PyLong.toBig(r.getStep())));
            }
            Object it = PyObjectOps.getIter(r);
            Object v;
            long i = 0;
            while ((v = PyObjectOps.next(it)) != null) {
                if (PyObjectOps.richCompareBool(v, value, PyObjectOps.EQ)) {
                    return i;
                }
                i++;
            }
            throw PException.valueError("sequence.index(x): x not in sequence");
        }
    }

    @Builtin(name = "count", params = {"self", "value"}, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeCountNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static long count(Object self, Object value) {
            PyRange r = asRange(self, "count");
            if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
                return RangeOps.contains(r, value) ? 1 : 0;
            }
            Object it = PyObjectOps.getIter(r);
            Object v;
            long c = 0;
            while ((v = PyObjectOps.next(it)) != null) {
                if (PyObjectOps.richCompareBool(v, value, PyObjectOps.EQ)) {
                    c++;
                }
            }
            return c;
        }
    }

    @Builtin(name = "start", params = {"self"}, kind = Builtin.Kind.GETTER, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeStartNode extends Builtin1 {
        @Specialization
        static Object start(Object self) {
            return asRange(self, "start").getStart();
        }
    }

    @Builtin(name = "stop", params = {"self"}, kind = Builtin.Kind.GETTER, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeStopNode extends Builtin1 {
        @Specialization
        static Object stop(Object self) {
            return asRange(self, "stop").getStop();
        }
    }

    @Builtin(name = "step", params = {"self"}, kind = Builtin.Kind.GETTER, types = "range")
    @GenerateNodeFactory
    public abstract static class RangeStepNode extends Builtin1 {
        @Specialization
        static Object step(Object self) {
            return asRange(self, "step").getStep();
        }
    }

    // ================================================================== slice

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceNewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            ListBuiltins.checkNewType(cls, BuiltinTypes.SLICE);
            Object[] a = checkArgs("slice", args, kwargs);
            switch (a.length) {
                case 1:
                    return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
                case 2:
                    return new PySlice(a[0], a[1], PyNone.NONE);
                default:
                    return new PySlice(a[0], a[1], a[2]);
            }
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceReprNode extends Builtin1 {
        @Specialization
        static Object repr(Object self) {
            return BuiltinReprs.repr(asSlice(self, "__repr__"));
        }
    }

    @Builtin(name = "start", params = {"self"}, kind = Builtin.Kind.GETTER, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceStartNode extends Builtin1 {
        @Specialization
        static Object start(Object self) {
            return asSlice(self, "start").getStart();
        }
    }

    @Builtin(name = "stop", params = {"self"}, kind = Builtin.Kind.GETTER, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceStopNode extends Builtin1 {
        @Specialization
        static Object stop(Object self) {
            return asSlice(self, "stop").getStop();
        }
    }

    @Builtin(name = "step", params = {"self"}, kind = Builtin.Kind.GETTER, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceStepNode extends Builtin1 {
        @Specialization
        static Object step(Object self) {
            return asSlice(self, "step").getStep();
        }
    }

    @Builtin(name = "indices", params = {"self", "len"}, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceIndicesNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object indices(Object self, Object lenArg) {
            PySlice s = asSlice(self, "indices");
            BigInteger length = PyLong.toBig(PyObjectOps.index(lenArg));
            if (length.signum() < 0) {
                throw PException.valueError("length should not be negative");
            }
            BigInteger[] si = RangeOps.bigSliceIndices(s, length);
            return PyTuple.of(PyLong.normalize(si[0]), PyLong.normalize(si[1]), PyLong.normalize(si[2]));
        }
    }

    @Builtin(name = "__reduce__", params = {"self"}, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceReduceNode extends Builtin1 {
        @Specialization
        static Object reduce(Object self) {
            PySlice s = asSlice(self, "__reduce__");
            return PyTuple.of(BuiltinTypes.SLICE, PyTuple.of(s.getStart(), s.getStop(), s.getStep()));
        }
    }

    @TruffleBoundary
    static Object sliceCompare(Object self, Object other, int op, String name) {
        PySlice a = asSlice(self, name);
        if (!(other instanceof PySlice b)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        if (a == b) {
            return op == PyObjectOps.EQ || op == PyObjectOps.LE || op == PyObjectOps.GE;
        }
        return org.minipy.runtime.SequenceOps.compareArrays(new Object[]{a.getStart(), a.getStop(), a.getStep()}, new Object[]{b.getStart(), b.getStop(), b.getStep()}, op);
    }

    @Builtin(name = "__eq__", params = {"self", "value"}, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceEqNode extends Builtin2 {
        @Specialization
        static Object cmp(Object self, Object other) {
            return sliceCompare(self, other, PyObjectOps.EQ, "__eq__");
        }
    }

    @Builtin(name = "__ne__", params = {"self", "value"}, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceNeNode extends Builtin2 {
        @Specialization
        static Object cmp(Object self, Object other) {
            return sliceCompare(self, other, PyObjectOps.NE, "__ne__");
        }
    }

    @Builtin(name = "__lt__", params = {"self", "value"}, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceLtNode extends Builtin2 {
        @Specialization
        static Object cmp(Object self, Object other) {
            return sliceCompare(self, other, PyObjectOps.LT, "__lt__");
        }
    }

    @Builtin(name = "__le__", params = {"self", "value"}, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceLeNode extends Builtin2 {
        @Specialization
        static Object cmp(Object self, Object other) {
            return sliceCompare(self, other, PyObjectOps.LE, "__le__");
        }
    }

    @Builtin(name = "__gt__", params = {"self", "value"}, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceGtNode extends Builtin2 {
        @Specialization
        static Object cmp(Object self, Object other) {
            return sliceCompare(self, other, PyObjectOps.GT, "__gt__");
        }
    }

    @Builtin(name = "__ge__", params = {"self", "value"}, types = "slice")
    @GenerateNodeFactory
    public abstract static class SliceGeNode extends Builtin2 {
        @Specialization
        static Object cmp(Object self, Object other) {
            return sliceCompare(self, other, PyObjectOps.GE, "__ge__");
        }
    }
}
