package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.InstanceAttrs;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyGenericAlias;
import org.minipy.runtime.PyIterator;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySet;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/** Methods of the builtin types set and frozenset. */
@CoreFunctions(types = {"set", "frozenset"})
public final class SetBuiltins {
    private static final Object NI = PySingleton.NOT_IMPLEMENTED;

    private SetBuiltins() {
    }

    /** Called by the registry after the type's builtins are installed. */
    static void initType(PyType type) {
        if (type == BuiltinTypes.SET) {
            type.getDict().setItemStr("__hash__", PyNone.NONE);
        }
    }

    /** The receiver as a set, or CPython's descriptor TypeError. */
    static PySet set(Object self, String name) {
        if (self instanceof PySet s) {
            return s;
        }
        throw DictBuiltins.descriptorError(name, "set", self);
    }

    @TruffleBoundary
    static PException tooManyArgs(String typeName, int n) {
        return PException.typeError(typeName + " expected at most 1 argument, got " + n);
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = "set")
    @GenerateNodeFactory
    public abstract static class SetNewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            PyType t = checkType(cls, BuiltinTypes.SET, "set");
            if (t == BuiltinTypes.SET && ((PyDict) kwargs).size() > 0) {
                throw PException.typeError("set() takes no keyword arguments");
            }
            return new PySet(t);
        }
    }

    @TruffleBoundary
    static PyType checkType(Object cls, PyType base, String name) {
        if (!(cls instanceof PyType t)) {
            throw PException.typeError(name + ".__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
        }
        if (!t.isSubtypeOf(base)) {
            throw PException.typeError(name + ".__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of " + name);
        }
        return t;
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs", types = "set")
    @GenerateNodeFactory
    public abstract static class SetInitNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            PySet s = set(self, "__init__");
            if (((PyDict) kwargs).size() > 0) {
                throw PException.typeError("set() takes no keyword arguments");
            }
            PyTuple a = (PyTuple) args;
            if (a.size() > 1) {
                throw tooManyArgs(s.getPyType().getName(), a.size());
            }
            s.clear();
            if (a.size() == 1) {
                s.update(a.get(0));
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = "frozenset")
    @GenerateNodeFactory
    public abstract static class FrozenSetNewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            PyType t = checkType(cls, BuiltinTypes.FROZENSET, "frozenset");
            if (((PyDict) kwargs).size() > 0 && (t == BuiltinTypes.FROZENSET || t.lookup("__init__") == BuiltinTypes.OBJECT.lookup("__init__"))) {
                throw PException.typeError("frozenset() takes no keyword arguments");
            }
            PyTuple a = (PyTuple) args;
            if (a.size() > 1) {
                throw tooManyArgs(t.getName(), a.size());
            }
            if (a.size() == 0) {
                return new PySet(t);
            }
            Object iterable = a.get(0);
            if (t == BuiltinTypes.FROZENSET && iterable instanceof PySet s && s.getPyType() == BuiltinTypes.FROZENSET) {
                return s;
            }
            return PySet.fromIterable(t, iterable);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        static Object repr(Object self) {
            return BuiltinReprs.reprSet(set(self, "__repr__"));
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends Builtin1 {
        @Specialization
        static long len(Object self) {
            return set(self, "__len__").size();
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return new PyIterator.SetIterator(set(self, "__iter__"));
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends Builtin2 {
        @Specialization
        static boolean contains(Object self, Object key) {
            return set(self, "__contains__").contains(key);
        }
    }

    @Builtin(name = "__hash__", params = {"self"}, types = "frozenset")
    @GenerateNodeFactory
    public abstract static class HashNode extends Builtin1 {
        @Specialization
        static long hash(Object self) {
            return set(self, "__hash__").frozenHash();
        }
    }

    @Builtin(name = "__class_getitem__", params = {"cls", "item"}, kind = Builtin.Kind.CLASSMETHOD)
    @GenerateNodeFactory
    public abstract static class ClassGetItemNode extends Builtin2 {
        @Specialization
        static Object classGetItem(Object cls, Object item) {
            return new PyGenericAlias(cls, item);
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reduce(Object self) {
            PySet s = set(self, "__reduce__");
            Object state = PyNone.NONE;
            if (s.getPyType().hasInstanceDict()) {
                PyDict d = InstanceAttrs.getDict(s);
                if (d.size() > 0) {
                    state = d;
                }
            }
            return PyTuple.of(s.getPyType(), PyTuple.of(new PyList(s.toArray())), state);
        }
    }

    // ------------------------------------------------------------------ comparisons

    abstract static class CompareNode extends Builtin2 {
        static Object compare(Object self, Object other, int op, String name) {
            PySet s = set(self, name);
            if (!(other instanceof PySet o)) {
                return NI;
            }
            return s.compare(o, op);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends CompareNode {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(self, other, PyObjectOps.EQ, "__eq__");
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends CompareNode {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(self, other, PyObjectOps.NE, "__ne__");
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends CompareNode {
        @Specialization
        static Object lt(Object self, Object other) {
            return compare(self, other, PyObjectOps.LT, "__lt__");
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends CompareNode {
        @Specialization
        static Object le(Object self, Object other) {
            return compare(self, other, PyObjectOps.LE, "__le__");
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends CompareNode {
        @Specialization
        static Object gt(Object self, Object other) {
            return compare(self, other, PyObjectOps.GT, "__gt__");
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends CompareNode {
        @Specialization
        static Object ge(Object self, Object other) {
            return compare(self, other, PyObjectOps.GE, "__ge__");
        }
    }

    // ------------------------------------------------------------------ operators

    @Builtin(name = "__or__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends Builtin2 {
        @Specialization
        static Object or(Object self, Object other) {
            PySet s = set(self, "__or__");
            if (!(other instanceof PySet o)) {
                return NI;
            }
            return s.or(o);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ROrNode extends Builtin2 {
        @Specialization
        static Object ror(Object self, Object other) {
            PySet s = set(self, "__ror__");
            if (!(other instanceof PySet o)) {
                return NI;
            }
            return o.or(s);
        }
    }

    @Builtin(name = "__and__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AndNode extends Builtin2 {
        @Specialization
        static Object and(Object self, Object other) {
            PySet s = set(self, "__and__");
            if (!(other instanceof PySet o)) {
                return NI;
            }
            return s.intersection(o);
        }
    }

    @Builtin(name = "__rand__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RAndNode extends Builtin2 {
        @Specialization
        static Object rand(Object self, Object other) {
            PySet s = set(self, "__rand__");
            if (!(other instanceof PySet o)) {
                return NI;
            }
            return o.intersection(s);
        }
    }

    @Builtin(name = "__sub__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SubNode extends Builtin2 {
        @Specialization
        static Object sub(Object self, Object other) {
            PySet s = set(self, "__sub__");
            if (!(other instanceof PySet o)) {
                return NI;
            }
            return s.difference(o);
        }
    }

    @Builtin(name = "__rsub__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RSubNode extends Builtin2 {
        @Specialization
        static Object rsub(Object self, Object other) {
            PySet s = set(self, "__rsub__");
            if (!(other instanceof PySet o)) {
                return NI;
            }
            return o.difference(s);
        }
    }

    @Builtin(name = "__xor__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class XorNode extends Builtin2 {
        @Specialization
        static Object xor(Object self, Object other) {
            PySet s = set(self, "__xor__");
            if (!(other instanceof PySet o)) {
                return NI;
            }
            return s.symmetricDifference(o);
        }
    }

    @Builtin(name = "__rxor__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RXorNode extends Builtin2 {
        @Specialization
        static Object rxor(Object self, Object other) {
            PySet s = set(self, "__rxor__");
            if (!(other instanceof PySet o)) {
                return NI;
            }
            return o.symmetricDifference(s);
        }
    }

    @Builtin(name = "__ior__", params = {"self", "other"}, types = "set")
    @GenerateNodeFactory
    public abstract static class IOrNode extends Builtin2 {
        @Specialization
        static Object ior(Object self, Object other) {
            PySet s = set(self, "__ior__");
            if (!(other instanceof PySet)) {
                return NI;
            }
            s.update(other);
            return s;
        }
    }

    @Builtin(name = "__iand__", params = {"self", "other"}, types = "set")
    @GenerateNodeFactory
    public abstract static class IAndNode extends Builtin2 {
        @Specialization
        static Object iand(Object self, Object other) {
            PySet s = set(self, "__iand__");
            if (!(other instanceof PySet)) {
                return NI;
            }
            s.intersectionUpdate(other);
            return s;
        }
    }

    @Builtin(name = "__isub__", params = {"self", "other"}, types = "set")
    @GenerateNodeFactory
    public abstract static class ISubNode extends Builtin2 {
        @Specialization
        static Object isub(Object self, Object other) {
            PySet s = set(self, "__isub__");
            if (!(other instanceof PySet)) {
                return NI;
            }
            s.differenceUpdate(other);
            return s;
        }
    }

    @Builtin(name = "__ixor__", params = {"self", "other"}, types = "set")
    @GenerateNodeFactory
    public abstract static class IXorNode extends Builtin2 {
        @Specialization
        static Object ixor(Object self, Object other) {
            PySet s = set(self, "__ixor__");
            if (!(other instanceof PySet)) {
                return NI;
            }
            s.symmetricDifferenceUpdate(other);
            return s;
        }
    }

    // ------------------------------------------------------------------ methods

    @Builtin(name = "add", params = {"self", "object"}, types = "set")
    @GenerateNodeFactory
    public abstract static class AddNode extends Builtin2 {
        @Specialization(guards = "self.isExactSet()")
        static Object addLong(PySet self, long key) {
            if (self.addLong(key) == PySet.UNKNOWN) {
                self.add(key);
            }
            return PyNone.NONE;
        }

        @Specialization(replaces = "addLong")
        static Object add(Object self, Object key) {
            set(self, "add").add(key);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "discard", params = {"self", "object"}, types = "set")
    @GenerateNodeFactory
    public abstract static class DiscardNode extends Builtin2 {
        @Specialization(guards = "self.isExactSet()")
        static Object discardLong(PySet self, long key) {
            if (self.discardLong(key) == PySet.UNKNOWN) {
                self.discard(key);
            }
            return PyNone.NONE;
        }

        @Specialization(replaces = "discardLong")
        static Object discard(Object self, Object key) {
            set(self, "discard").discard(key);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "remove", params = {"self", "object"}, types = "set")
    @GenerateNodeFactory
    public abstract static class RemoveNode extends Builtin2 {
        @Specialization(guards = "self.isExactSet()")
        static Object removeLong(PySet self, long key) {
            int r = self.discardLong(key);
            if (r == PySet.UNKNOWN) {
                return remove(self, (Object) key);
            }
            if (r == 0) {
                throw PException.keyError(key);
            }
            return PyNone.NONE;
        }

        @Specialization(replaces = "removeLong")
        static Object remove(Object self, Object key) {
            if (!set(self, "remove").discard(key)) {
                throw PException.keyError(key);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self"}, types = "set")
    @GenerateNodeFactory
    public abstract static class PopNode extends Builtin1 {
        @Specialization
        static Object pop(Object self) {
            Object v = set(self, "pop").pop();
            if (v == null) {
                throw popEmpty();
            }
            return v;
        }

        @TruffleBoundary
        static PException popEmpty() {
            return PException.raise(BuiltinTypes.KEY_ERROR, "pop from an empty set");
        }
    }

    @Builtin(name = "clear", params = {"self"}, types = "set")
    @GenerateNodeFactory
    public abstract static class ClearNode extends Builtin1 {
        @Specialization
        static Object clear(Object self) {
            set(self, "clear").clear();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends Builtin1 {
        @Specialization
        static Object copy(Object self) {
            PySet s = set(self, "copy");
            if (s.getPyType() == BuiltinTypes.FROZENSET) {
                return s;
            }
            return s.copySet();
        }
    }

    @Builtin(name = "update", params = {"self"}, varargs = "others", types = "set")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends Builtin2 {
        @Specialization
        static Object update(Object self, Object others) {
            PySet s = set(self, "update");
            for (Object o : ((PyTuple) others).getItems()) {
                s.update(o);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "union", params = {"self"}, varargs = "others")
    @GenerateNodeFactory
    public abstract static class UnionNode extends Builtin2 {
        @Specialization
        static Object union(Object self, Object others) {
            return set(self, "union").union(((PyTuple) others).getItems());
        }
    }

    @Builtin(name = "intersection", params = {"self"}, varargs = "others")
    @GenerateNodeFactory
    public abstract static class IntersectionNode extends Builtin2 {
        @Specialization
        static Object intersection(Object self, Object others) {
            return set(self, "intersection").intersectionMulti(((PyTuple) others).getItems());
        }
    }

    @Builtin(name = "intersection_update", params = {"self"}, varargs = "others", types = "set")
    @GenerateNodeFactory
    public abstract static class IntersectionUpdateNode extends Builtin2 {
        @Specialization
        static Object intersectionUpdate(Object self, Object others) {
            set(self, "intersection_update").intersectionUpdateMulti(((PyTuple) others).getItems());
            return PyNone.NONE;
        }
    }

    @Builtin(name = "difference", params = {"self"}, varargs = "others")
    @GenerateNodeFactory
    public abstract static class DifferenceNode extends Builtin2 {
        @Specialization
        static Object difference(Object self, Object others) {
            return set(self, "difference").differenceMulti(((PyTuple) others).getItems());
        }
    }

    @Builtin(name = "difference_update", params = {"self"}, varargs = "others", types = "set")
    @GenerateNodeFactory
    public abstract static class DifferenceUpdateNode extends Builtin2 {
        @Specialization
        static Object differenceUpdate(Object self, Object others) {
            set(self, "difference_update").differenceUpdateMulti(((PyTuple) others).getItems());
            return PyNone.NONE;
        }
    }

    @Builtin(name = "symmetric_difference", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceNode extends Builtin2 {
        @Specialization
        static Object symmetricDifference(Object self, Object other) {
            return set(self, "symmetric_difference").symmetricDifference(other);
        }
    }

    @Builtin(name = "symmetric_difference_update", params = {"self", "other"}, types = "set")
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceUpdateNode extends Builtin2 {
        @Specialization
        static Object symmetricDifferenceUpdate(Object self, Object other) {
            set(self, "symmetric_difference_update").symmetricDifferenceUpdate(other);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "issubset", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IsSubsetNode extends Builtin2 {
        @Specialization
        static boolean issubset(Object self, Object other) {
            return set(self, "issubset").isSubset(other);
        }
    }

    @Builtin(name = "issuperset", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IsSupersetNode extends Builtin2 {
        @Specialization
        static boolean issuperset(Object self, Object other) {
            return set(self, "issuperset").isSuperset(other);
        }
    }

    @Builtin(name = "isdisjoint", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends Builtin2 {
        @Specialization
        static boolean isdisjoint(Object self, Object other) {
            return set(self, "isdisjoint").isDisjoint(other);
        }
    }
}
