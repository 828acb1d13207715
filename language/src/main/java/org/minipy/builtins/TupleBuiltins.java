package org.minipy.builtins;

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
import org.minipy.runtime.PyGenericAlias;
import org.minipy.runtime.PyHash;
import org.minipy.runtime.PyIterator;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.SequenceOps;
import org.minipy.runtime.SubscriptOps;

/** Methods of the builtin type tuple. */
@CoreFunctions(types = {"tuple"})
public final class TupleBuiltins {
    private TupleBuiltins() {
    }

    static PyTuple asTuple(Object self, String method) {
        if (self instanceof PyTuple t) {
            return t;
        }
        CompilerDirectives.transferToInterpreter();
        throw ListBuiltins.descriptorError(method, "tuple", self);
    }

    /** tuple(iterable) for the exact tuple type. */
    @TruffleBoundary
    public static PyTuple fromIterable(Object iterable) {
        Object[] items = PyObjectOps.toArray(iterable);
        return items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW)
    @GenerateNodeFactory
    public abstract static class NewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            PyType t = ListBuiltins.checkNewType(cls, BuiltinTypes.TUPLE);
            if (kwargs instanceof PyDict d && d.size() > 0 && (t == BuiltinTypes.TUPLE || t.lookup("__init__") == BuiltinTypes.OBJECT.lookup("__init__"))) {
                throw PException.typeError("tuple() takes no keyword arguments");
            }
            Object[] a = ((PyTuple) args).getItems();
            if (a.length > 1) {
                throw PException.typeError("tuple expected at most 1 argument, got " + a.length);
            }
            if (a.length == 0) {
                return t == BuiltinTypes.TUPLE ? PyTuple.EMPTY : new PyTuple(t, new Object[0]);
            }
            Object iterable = a[0];
            if (t == BuiltinTypes.TUPLE) {
                if (iterable instanceof PyTuple src && src.getPyType() == BuiltinTypes.TUPLE) {
                    return src;
                }
                return fromIterable(iterable);
            }
            return new PyTuple(t, PyObjectOps.toArray(iterable));
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        static Object repr(Object self) {
            return BuiltinReprs.reprTuple(asTuple(self, "__repr__"));
        }
    }

    @Builtin(name = "__class_getitem__", params = {"cls", "item"}, kind = Builtin.Kind.CLASSMETHOD)
    @GenerateNodeFactory
    public abstract static class ClassGetItemNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object classGetItem(Object cls, Object item) {
            return new PyGenericAlias(cls, item);
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetNewArgsNode extends Builtin1 {
        @Specialization
        static Object getnewargs(Object self) {
            return PyTuple.of(new PyTuple(asTuple(self, "__getnewargs__").getItems()));
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends Builtin1 {
        @Specialization
        static long hash(Object self) {
            return PyHash.hashTuple(asTuple(self, "__hash__").getItems());
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends Builtin1 {
        @Specialization
        static long len(PyTuple self) {
            return self.size();
        }

        @Fallback
        static long len(Object self) {
            return asTuple(self, "__len__").size();
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends Builtin2 {
        @Specialization
        static Object getLong(PyTuple self, long index) {
            long i = index < 0 ? index + self.size() : index;
            if (i < 0 || i >= self.size()) {
                CompilerDirectives.transferToInterpreter();
                throw PException.indexError("tuple index out of range");
            }
            return self.get((int) i);
        }

        @Fallback
        static Object get(Object self, Object key) {
            return SubscriptOps.tupleGet(asTuple(self, "__getitem__"), key);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends Builtin2 {
        @Specialization
        static boolean contains(Object self, Object key) {
            return SequenceOps.arrayContains(asTuple(self, "__contains__").getItems(), key);
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return new PyIterator.ArrayIterator(BuiltinTypes.TUPLE_ITERATOR, asTuple(self, "__iter__").getItems());
        }
    }

    @Builtin(name = "__add__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class AddNode extends Builtin2 {
        @Specialization
        static Object add(Object self, Object value) {
            PyTuple t = asTuple(self, "__add__");
            if (!(value instanceof PyTuple other)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            if (other.size() == 0 && t.getPyType() == BuiltinTypes.TUPLE) {
                return t;
            }
            if (t.size() == 0 && other.getPyType() == BuiltinTypes.TUPLE) {
                return other;
            }
            return SequenceOps.concat(t, other);
        }
    }

    @Builtin(name = "__mul__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class MulNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object mul(Object self, Object value) {
            PyTuple t = asTuple(self, "__mul__");
            Object n = PyObjectOps.indexOrNull(value);
            if (n == null) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            if (t.getPyType() != BuiltinTypes.TUPLE) {
                t = new PyTuple(t.getItems());
            }
            Object r = SequenceOps.repeat(t, n);
            return r instanceof PyTuple rt && rt.size() == 0 ? PyTuple.EMPTY : r;
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class RMulNode extends Builtin2 {
        @Specialization
        static Object rmul(Object self, Object value) {
            return MulNode.mul(self, value);
        }
    }

    abstract static class CompareNode extends Builtin2 {
        @TruffleBoundary
        static Object compare(Object self, Object other, int op, String name) {
            PyTuple a = asTuple(self, name);
            if (!(other instanceof PyTuple b)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return SequenceOps.compareArrays(a.getItems(), b.getItems(), op);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class EqNode extends CompareNode {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(self, other, PyObjectOps.EQ, "__eq__");
        }
    }

    @Builtin(name = "__ne__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class NeNode extends CompareNode {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(self, other, PyObjectOps.NE, "__ne__");
        }
    }

    @Builtin(name = "__lt__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class LtNode extends CompareNode {
        @Specialization
        static Object lt(Object self, Object other) {
            return compare(self, other, PyObjectOps.LT, "__lt__");
        }
    }

    @Builtin(name = "__le__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class LeNode extends CompareNode {
        @Specialization
        static Object le(Object self, Object other) {
            return compare(self, other, PyObjectOps.LE, "__le__");
        }
    }

    @Builtin(name = "__gt__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class GtNode extends CompareNode {
        @Specialization
        static Object gt(Object self, Object other) {
            return compare(self, other, PyObjectOps.GT, "__gt__");
        }
    }

    @Builtin(name = "__ge__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class GeNode extends CompareNode {
        @Specialization
        static Object ge(Object self, Object other) {
            return compare(self, other, PyObjectOps.GE, "__ge__");
        }
    }

    @Builtin(name = "index", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class IndexNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object index(Object self, Object args) {
            Object[] items = asTuple(self, "index").getItems();
            Object[] a = ListBuiltins.checkCount("index", args, 1, 3);
            Object value = a[0];
            Object startArg = a.length > 1 ? a[1] : org.minipy.runtime.NoValue.INSTANCE;
            Object stopArg = a.length > 2 ? a[2] : org.minipy.runtime.NoValue.INSTANCE;
            long n = items.length;
            long start = BuiltinFunctions.given(startArg) ? ListBuiltins.sliceBound(startArg) : 0;
            long stop = BuiltinFunctions.given(stopArg) ? ListBuiltins.sliceBound(stopArg) : Long.MAX_VALUE;
            if (start < 0) {
                start = Math.max(0, start + n);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + n);
            }
            for (long i = start; i < stop && i < n; i++) {
                Object item = items[(int) i];
                if (SequenceOps.itemEq(item, value)) {
                    return i;
                }
            }
            throw PException.valueError("tuple.index(x): x not in tuple");
        }
    }

    @Builtin(name = "count", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static long count(Object self, Object value) {
            long c = 0;
            for (Object item : asTuple(self, "count").getItems()) {
                if (SequenceOps.itemEq(item, value)) {
                    c++;
                }
            }
            return c;
        }
    }
}
