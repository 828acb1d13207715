package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.builtins.PyBuiltinNode.Builtin4;
import org.minipy.nodes.call.CallDispatchNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.ListSort;
import org.minipy.runtime.NoValue;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyGenericAlias;
import org.minipy.runtime.PyIterator;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.SequenceOps;
import org.minipy.runtime.SubscriptOps;

/** Methods of the builtin type list. */
@CoreFunctions(types = {"list"})
public final class ListBuiltins {
    private ListBuiltins() {
    }

    /** Called by the registry once the type's builtins are installed: lists are unhashable. */
    static void initType(PyType type) {
        type.getDict().setItemStr("__hash__", PyNone.NONE);
    }

    static boolean isExact(PyList l) {
        return l.getPyType() == BuiltinTypes.LIST;
    }

    /** The receiver as a list, or CPython's descriptor error. */
    static PyList asList(Object self, String method) {
        if (self instanceof PyList l) {
            return l;
        }
        CompilerDirectives.transferToInterpreter();
        throw descriptorError(method, "list", self);
    }

    static PException descriptorError(String method, String owner, Object self) {
        return PyObjectOps.descriptorError(method, owner, self);
    }

    /** An index-sized int argument (PyNumber_AsSsize_t with OverflowError). */
    @TruffleBoundary
    static long ssize(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        Object v = PyObjectOps.indexOrNull(o);
        if (v == null) {
            throw PException.typeError("'" + PyObjectOps.typeName(o) + "' object cannot be interpreted as an integer");
        }
        if (v instanceof Long l) {
            return l;
        }
        throw PException.overflow("Python int too large to convert to C ssize_t");
    }

    /** A slice-style bound for index(): clamped, as _PyEval_SliceIndexNotNone. */
    @TruffleBoundary
    static long sliceBound(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        Object v = PyObjectOps.indexOrNull(o);
        if (v == null) {
            throw PException.typeError("slice indices must be integers or have an __index__ method");
        }
        if (v instanceof Long l) {
            return l;
        }
        return ((java.math.BigInteger) v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    // ------------------------------------------------------------------ construction

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW)
    @GenerateNodeFactory
    public abstract static class NewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            PyType t = checkNewType(cls, BuiltinTypes.LIST);
            return t == BuiltinTypes.LIST ? new PyList() : new PyList(t);
        }
    }

    @TruffleBoundary
    static PyType checkNewType(Object cls, PyType base) {
        String n = base.getName();
        if (!(cls instanceof PyType t)) {
            throw PException.typeError(n + ".__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
        }
        if (!t.isSubtypeOf(base)) {
            throw PException.typeError(n + ".__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of " + n);
        }
        return t;
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            PyList l = asList(self, "__init__");
            if (kwargs instanceof PyDict d && d.size() > 0) {
                throw PException.typeError("list() takes no keyword arguments");
            }
            Object[] a = ((PyTuple) args).getItems();
            if (a.length > 1) {
                throw PException.typeError("list expected at most 1 argument, got " + a.length);
            }
            l.clear();
            if (a.length == 1) {
                extend(l, a[0]);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        static Object repr(Object self) {
            return BuiltinReprs.reprList(asList(self, "__repr__"));
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

    @Builtin(name = "__sizeof__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SizeofNode extends Builtin1 {
        @Specialization
        static long sizeof(Object self) {
            return 40 + 8L * asList(self, "__sizeof__").size();
        }
    }

    // ------------------------------------------------------------------ sequence protocol

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends Builtin1 {
        @Specialization
        static long len(PyList self) {
            return self.size();
        }

        @Fallback
        static long len(Object self) {
            return asList(self, "__len__").size();
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "index"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends Builtin2 {
        @Specialization
        static Object getLong(PyList self, long index) {
            long i = index < 0 ? index + self.size() : index;
            if (i < 0 || i >= self.size()) {
                CompilerDirectives.transferToInterpreter();
                throw PException.indexError("list index out of range");
            }
            return self.get((int) i);
        }

        @Fallback
        static Object get(Object self, Object index) {
            return SubscriptOps.listGet(asList(self, "__getitem__"), index);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "index", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends Builtin3 {
        @Specialization
        static Object setLong(PyList self, long index, Object value) {
            long i = index < 0 ? index + self.size() : index;
            if (i < 0 || i >= self.size()) {
                CompilerDirectives.transferToInterpreter();
                throw PException.indexError("list assignment index out of range");
            }
            self.set((int) i, value);
            return PyNone.NONE;
        }

        @Fallback
        static Object set(Object self, Object index, Object value) {
            SubscriptOps.listSet(asList(self, "__setitem__"), index, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "index"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends Builtin2 {
        @Specialization
        static Object del(Object self, Object index) {
            SubscriptOps.listDelete(asList(self, "__delitem__"), index);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends Builtin2 {
        @Specialization
        static boolean contains(Object self, Object key) {
            return SequenceOps.listContains(asList(self, "__contains__"), key);
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return new PyIterator.ListIterator(asList(self, "__iter__"));
        }
    }

    @Builtin(name = "__reversed__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReversedNode extends Builtin1 {
        @Specialization
        static Object reversed(Object self) {
            return new PyIterator.ListReverseIterator(asList(self, "__reversed__"));
        }
    }

    // ------------------------------------------------------------------ operators

    @Builtin(name = "__add__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class AddNode extends Builtin2 {
        @Specialization
        static Object add(Object self, Object value) {
            PyList l = asList(self, "__add__");
            if (!(value instanceof PyList other)) {
                // CPython's list.__add__ raises here; NotImplemented lets the operator try the
                // reflected method first, and the operator raises the same message.
                return PySingleton.NOT_IMPLEMENTED;
            }
            return SequenceOps.concat(l, other);
        }
    }

    @Builtin(name = "__iadd__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class IAddNode extends Builtin2 {
        @Specialization
        static Object iadd(Object self, Object value) {
            PyList l = asList(self, "__iadd__");
            extend(l, value);
            return l;
        }
    }

    @Builtin(name = "__mul__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class MulNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object mul(Object self, Object value) {
            PyList l = asList(self, "__mul__");
            Object n = PyObjectOps.indexOrNull(value);
            if (n == null) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return SequenceOps.repeat(l, n);
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

    @Builtin(name = "__imul__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class IMulNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object imul(Object self, Object value) {
            PyList l = asList(self, "__imul__");
            Object n = PyObjectOps.indexOrNull(value);
            if (n == null) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            long count = SequenceOps.repeatCount(n);
            if (count <= 0 || l.size() == 0) {
                l.clear();
            } else if (count > 1) {
                PyList r = (PyList) SequenceOps.repeat(new PyList(l.toArray()), n);
                l.setStore(r.getStore(), r.size());
            }
            return l;
        }
    }

    abstract static class CompareNode extends Builtin2 {
        @TruffleBoundary
        static Object compare(Object self, Object other, int op, String name) {
            PyList a = asList(self, name);
            if (!(other instanceof PyList b)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return SequenceOps.compareLists(a, b, op);
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

    // ------------------------------------------------------------------ methods

    @Builtin(name = "append", params = {"self", "object"})
    @GenerateNodeFactory
    public abstract static class AppendNode extends Builtin2 {
        @Specialization
        static Object append(PyList self, Object value) {
            self.append(value);
            return PyNone.NONE;
        }

        @Fallback
        static Object append(Object self, Object value) {
            asList(self, "append").append(value);
            return PyNone.NONE;
        }
    }

    /** list.extend / += / list(iterable): appends the items of an iterable. */
    @TruffleBoundary
    public static void extend(PyList l, Object iterable) {
        if (iterable instanceof PyList src && (isExact(src) || src == l)) {
            l.extend(src.getStore(), src.size());
            return;
        }
        if (iterable instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE) {
            l.extend(t.getItems(), t.size());
            return;
        }
        Object it = PyObjectOps.getIter(iterable);
        Object v;
        while ((v = PyObjectOps.next(it)) != null) {
            l.append(v);
        }
    }

    @Builtin(name = "extend", params = {"self", "iterable"})
    @GenerateNodeFactory
    public abstract static class ExtendNode extends Builtin2 {
        @Specialization
        static Object extendIt(Object self, Object iterable) {
            extend(asList(self, "extend"), iterable);
            return PyNone.NONE;
        }
    }

    /** CPython's argument-count message of list/tuple methods with positional-only arguments. */
    @TruffleBoundary
    static Object[] checkCount(String name, Object args, int min, int max) {
        Object[] a = ((PyTuple) args).getItems();
        if (a.length < min || a.length > max) {
            String what = min == max ? "" : a.length < min ? "at least " : "at most ";
            int n = a.length < min ? min : max;
            throw PException.typeError(name + " expected " + what + n + " argument" + (n == 1 ? "" : "s") + ", got " + a.length);
        }
        return a;
    }

    @Builtin(name = "insert", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class InsertNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object insert(Object self, Object args) {
            PyList l = asList(self, "insert");
            Object[] a = checkCount("insert", args, 2, 2);
            Object index = a[0];
            Object value = a[1];
            long i = ssize(index);
            int n = l.size();
            if (i < 0) {
                i += n;
                if (i < 0) {
                    i = 0;
                }
            }
            if (i > n) {
                i = n;
            }
            l.insert((int) i, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self", "index"}, required = 1)
    @GenerateNodeFactory
    public abstract static class PopNode extends Builtin2 {
        @Specialization(guards = "isNoValue(index)")
        static Object popLast(PyList self, @SuppressWarnings("unused") Object index) {
            int n = self.size();
            if (n == 0) {
                CompilerDirectives.transferToInterpreter();
                throw PException.indexError("pop from empty list");
            }
            Object v = self.get(n - 1);
            self.setSize(n - 1);
            return v;
        }

        @Specialization
        static Object popLong(PyList self, long index) {
            return popAt(self, index);
        }

        @Fallback
        @TruffleBoundary
        static Object pop(Object self, Object index) {
            PyList l = asList(self, "pop");
            return popAt(l, index == NoValue.INSTANCE ? -1 : ssize(index));
        }

        static boolean isNoValue(Object o) {
            return o == NoValue.INSTANCE;
        }

        static Object popAt(PyList l, long index) {
            int n = l.size();
            if (n == 0) {
                CompilerDirectives.transferToInterpreter();
                throw PException.indexError("pop from empty list");
            }
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) {
                CompilerDirectives.transferToInterpreter();
                throw PException.indexError("pop index out of range");
            }
            if (i == n - 1) {
                Object v = l.get(n - 1);
                l.setSize(n - 1);
                return v;
            }
            return l.removeAt((int) i);
        }
    }

    @Builtin(name = "remove", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object remove(Object self, Object value) {
            PyList l = asList(self, "remove");
            for (int i = 0; i < l.size(); i++) {
                Object item = l.get(i);
                if (SequenceOps.itemEq(item, value)) {
                    if (i < l.size()) {
                        l.removeAt(i);
                    }
                    return PyNone.NONE;
                }
            }
            throw PException.valueError("list.remove(x): x not in list");
        }
    }

    @Builtin(name = "index", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class IndexNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object index(Object self, Object args) {
            PyList l = asList(self, "index");
            Object[] a = checkCount("index", args, 1, 3);
            Object value = a[0];
            Object startArg = a.length > 1 ? a[1] : NoValue.INSTANCE;
            Object stopArg = a.length > 2 ? a[2] : NoValue.INSTANCE;
            long start = BuiltinFunctions.given(startArg) ? sliceBound(startArg) : 0;
            long stop = BuiltinFunctions.given(stopArg) ? sliceBound(stopArg) : Long.MAX_VALUE;
            if (start < 0) {
                start += l.size();
                if (start < 0) {
                    start = 0;
                }
            }
            if (stop < 0) {
                stop += l.size();
                if (stop < 0) {
                    stop = 0;
                }
            }
            for (long i = start; i < stop && i < l.size(); i++) {
                Object item = l.get((int) i);
                if (SequenceOps.itemEq(item, value)) {
                    return i;
                }
            }
            throw PException.valueError(PyObjectOps.repr(value) + " is not in list");
        }
    }

    @Builtin(name = "count", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static long count(Object self, Object value) {
            PyList l = asList(self, "count");
            long c = 0;
            for (int i = 0; i < l.size(); i++) {
                Object item = l.get(i);
                if (SequenceOps.itemEq(item, value)) {
                    c++;
                }
            }
            return c;
        }
    }

    @Builtin(name = "sort", params = {"self"}, kwonly = {"key", "reverse"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class SortNode extends Builtin4 {
        @Specialization
        static Object sort(VirtualFrame frame, Object self, Object key, Object reverse, Object args,
                        @Cached("create()") KeySortNode sorter) {
            PyList l = asList(self, "sort");
            if (((PyTuple) args).size() > 0) {
                CompilerDirectives.transferToInterpreter();
                throw PException.typeError("sort() takes no positional arguments");
            }
            sorter.execute(frame, l, BuiltinFunctions.given(key) ? key : PyNone.NONE, BuiltinFunctions.given(reverse) && reverseFlag(reverse));
            return PyNone.NONE;
        }
    }

    /** The {@code reverse=} argument of sort()/sorted(): an int-like flag. */
    @TruffleBoundary
    public static boolean reverseFlag(Object reverse) {
        if (reverse instanceof Boolean b) {
            return b;
        }
        Object r = PyObjectOps.indexOrNull(reverse);
        if (r == null) {
            throw PException.typeError("'" + PyObjectOps.typeName(reverse) + "' object cannot be interpreted as an integer");
        }
        return !(r instanceof Long x && x == 0);
    }

    /**
     * Sorts a list in place with an optional key function, which is called through an inline call
     * cache (so that a compiled caller can inline it) rather than through the generic call path.
     * Usable by sorted() too.
     */
    public static final class KeySortNode extends Node {
        @Child private CallDispatchNode call;

        public static KeySortNode create() {
            return new KeySortNode();
        }

        public void execute(VirtualFrame frame, PyList list, Object key, boolean reverse) {
            if (key == PyNone.NONE) {
                ListSort.finish(list, ListSort.begin(list), null, reverse);
                return;
            }
            if (call == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                call = insert(CallDispatchNode.create(1, new String[0]));
            }
            Object[] items = ListSort.begin(list);
            Object[] keys = new Object[items.length];
            try {
                for (int i = 0; i < items.length; i++) {
                    keys[i] = call.execute(frame, key, null, new Object[]{items[i]});
                }
            } catch (RuntimeException e) {
                ListSort.abort(list, items);
                throw e;
            }
            ListSort.finish(list, items, keys, reverse);
        }
    }

    @Builtin(name = "reverse", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReverseNode extends Builtin1 {
        @Specialization
        static Object reverse(Object self) {
            PyList l = asList(self, "reverse");
            Object[] a = l.getStore();
            for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends Builtin1 {
        @Specialization
        static Object copy(Object self) {
            return new PyList(asList(self, "copy").toArray());
        }
    }

    @Builtin(name = "clear", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends Builtin1 {
        @Specialization
        static Object clear(Object self) {
            asList(self, "clear").clear();
            return PyNone.NONE;
        }
    }
}
