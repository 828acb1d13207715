package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyIterator;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyLong;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/** The builtin iterator types, and enumerate, zip, map, filter and reversed. */
@CoreFunctions(types = {"list_iterator", "list_reverseiterator", "tuple_iterator", "range_iterator", "str_iterator", "str_ascii_iterator", "bytes_iterator", "dict_keyiterator",
                "dict_valueiterator", "dict_itemiterator", "dict_reversekeyiterator", "set_iterator", "iterator", "callable_iterator", "enumerate", "zip", "map", "filter", "reversed"})
public final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends Builtin1 {
        @Specialization
        static Object next(Object self) {
            Object v = ((PyIterator) self).next();
            if (v == null) {
                throw PException.stopIteration(PyNone.NONE);
            }
            return v;
        }
    }

    @Builtin(name = "__length_hint__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LengthHintNode extends Builtin1 {
        @Specialization
        static Object hint(Object self) {
            long h = ((PyIterator) self).lengthHint();
            if (h < 0) {
                return org.minipy.runtime.PySingleton.NOT_IMPLEMENTED;
            }
            return h;
        }
    }

    @Builtin(name = "__new__", params = {"cls", "iterable", "start"}, required = 2, posonly = 1, kind = Builtin.Kind.NEW, types = "enumerate")
    @GenerateNodeFactory
    public abstract static class EnumerateNewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object iterable, Object start) {
            Object s = 0L;
            if (BuiltinFunctions.given(start)) {
                s = PyObjectOps.indexOrNull(start);
                if (s == null) {
                    throw PException.typeError("'" + PyObjectOps.typeName(start) + "' object cannot be interpreted as an integer");
                }
            }
            return new PyIterator.Enumerate((PyType) cls, PyObjectOps.getIter(iterable), s);
        }
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "iterables", kwonly = {"strict"}, kind = Builtin.Kind.NEW, types = "zip", argStyle = Builtin.ArgStyle.PARSE_TUPLE)
    @GenerateNodeFactory
    public abstract static class ZipNewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object strict, Object iterables) {
            Object[] its = ((PyTuple) iterables).getItems();
            Object[] iters = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                iters[i] = PyObjectOps.getIter(its[i]);
            }
            return new PyIterator.Zip((PyType) cls, iters, BuiltinFunctions.given(strict) && PyObjectOps.isTrue(strict));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "func"}, varargs = "iterables", kind = Builtin.Kind.NEW, types = "map")
    @GenerateNodeFactory
    public abstract static class MapNewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object func, Object iterables) {
            Object[] its = ((PyTuple) iterables).getItems();
            if (its.length == 0) {
                throw PException.typeError("map() must have at least two arguments.");
            }
            Object[] iters = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                iters[i] = PyObjectOps.getIter(its[i]);
            }
            return new PyIterator.MapIterator((PyType) cls, func, iters);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "function", "iterable"}, kind = Builtin.Kind.NEW, types = "filter")
    @GenerateNodeFactory
    public abstract static class FilterNewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object func, Object iterable) {
            return new PyIterator.FilterIterator((PyType) cls, func, PyObjectOps.getIter(iterable));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "sequence"}, kind = Builtin.Kind.NEW, types = "reversed")
    @GenerateNodeFactory
    public abstract static class ReversedNewNode extends PyBuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object seq) {
            PyType t = PyObjectOps.type(seq);
            Object rev = t.lookup("__reversed__");
            if (rev != null && rev != PyNone.NONE) {
                return CallOps.callUnbound(rev, seq, new Object[0], CallOps.NO_KW);
            }
            if (rev == PyNone.NONE || t.lookup("__getitem__") == null || t.lookup("__len__") == null || seq instanceof PyDict) {
                throw PException.typeError("'" + t.getName() + "' object is not reversible");
            }
            long n = PyObjectOps.len(seq);
            return new PyIterator.ReversedIterator((PyType) cls, seq, n);
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reduce(Object self) {
            if (self instanceof PyIterator.ListIterator li && li.getList() != null) {
                return PyTuple.of(PyNone.NONE, PyTuple.of(li.getList()), (long) li.getIndex());
            }
            return PyTuple.of(PyObjectOps.type(self), PyTuple.EMPTY);
        }
    }

    static Object unused() {
        return PyList.class.getName() + PyLong.class.getName();
    }
}
