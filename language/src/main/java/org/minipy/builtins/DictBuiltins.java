package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.DictOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyDictReverseIterator;
import org.minipy.runtime.PyDictView;
import org.minipy.runtime.PyGenericAlias;
import org.minipy.runtime.PyIterator;
import org.minipy.runtime.PyMappingProxy;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/** Methods of the builtin types dict, dict_keys, dict_values and dict_items. */
@CoreFunctions(types = {"dict", "dict_keys", "dict_values", "dict_items"})
public final class DictBuiltins {
    private static final Object NI = PySingleton.NOT_IMPLEMENTED;
    private static final int KEYS = PyIterator.DictIterator.KEYS;
    private static final int VALUES = PyIterator.DictIterator.VALUES;
    private static final int ITEMS = PyIterator.DictIterator.ITEMS;

    private DictBuiltins() {
    }

    /** Called by the registry after the type's builtins are installed. */
    static void initType(PyType type) {
        switch (type.getName()) {
            case "dict", "dict_keys", "dict_items" -> type.getDict().setItemStr("__hash__", PyNone.NONE);
            default -> {
            }
        }
    }

    static boolean isExact(PyDict d) {
        return d.getPyType() == BuiltinTypes.DICT;
    }

    abstract static class ExactDictNode2 extends Builtin2 {
        static boolean isExactDict(PyDict d) {
            return d.getPyType() == BuiltinTypes.DICT;
        }
    }

    abstract static class ExactDictNode3 extends Builtin3 {
        static boolean isExactDict(PyDict d) {
            return d.getPyType() == BuiltinTypes.DICT;
        }
    }

    /** The receiver as a dict, or CPython's descriptor TypeError. */
    static PyDict dict(Object self, String name) {
        if (self instanceof PyDict d) {
            return d;
        }
        throw descriptorError(name, "dict", self);
    }

    static PyDictView view(Object self, String name) {
        if (self instanceof PyDictView v) {
            return v;
        }
        // these nodes serve dict and its views; dict.__contains__(5, 1) is the common misuse
        throw descriptorError(name, "dict", self);
    }

    static PException descriptorError(String name, String owner, Object self) {
        return PyObjectOps.descriptorError(name, owner, self);
    }

    // =================================================================== dict

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = "dict")
    @GenerateNodeFactory
    public abstract static class NewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PyType t)) {
                throw PException.typeError("dict.__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
            }
            if (!t.isSubtypeOf(BuiltinTypes.DICT)) {
                throw PException.typeError("dict.__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of dict");
            }
            return new PyDict(t);
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs", types = "dict")
    @GenerateNodeFactory
    public abstract static class InitNode extends Builtin3 {
        @Specialization
        static Object init(Object self, Object args, Object kwargs) {
            DictOps.updateCommon(dict(self, "__init__"), (PyTuple) args, (PyDict) kwargs, "dict");
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        static Object repr(Object self) {
            if (self instanceof PyDict d) {
                return BuiltinReprs.reprDict(d);
            }
            return BuiltinReprs.repr(view(self, "__repr__"));
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends Builtin1 {
        @Specialization
        static long len(PyDict self) {
            return self.size();
        }

        @Specialization
        static long len(PyDictView self) {
            return self.getDict().size();
        }

        @Specialization(guards = "!isDictOrView(self)")
        static long other(Object self) {
            throw descriptorError("__len__", "dict", self);
        }

        static boolean isDictOrView(Object o) {
            return o instanceof PyDict || o instanceof PyDictView;
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends ExactDictNode2 {
        @Specialization(guards = "isExactDict(self)")
        static Object getStr(PyDict self, String key) {
            Object v = self.getItemStr(key);
            if (v == null) {
                throw PException.keyError(key);
            }
            return v;
        }

        @Specialization(guards = "isExactDict(self)")
        static Object getLong(PyDict self, long key) {
            Object v = self.getItemLong(key);
            if (v == null) {
                throw PException.keyError(key);
            }
            return v;
        }

        @Specialization(replaces = {"getStr", "getLong"})
        static Object get(Object self, Object key) {
            return DictOps.getItem(dict(self, "__getitem__"), key);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class SetItemNode extends Builtin3 {
        @Specialization
        static Object setStr(PyDict self, String key, Object value) {
            self.setItemStr(key, value);
            return PyNone.NONE;
        }

        @Specialization
        static Object setLong(PyDict self, long key, Object value) {
            self.setItemLong(key, value);
            return PyNone.NONE;
        }

        @Specialization(replaces = {"setStr", "setLong"})
        static Object set(Object self, Object key, Object value) {
            dict(self, "__setitem__").setItem(key, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class DelItemNode extends Builtin2 {
        @Specialization
        static Object del(Object self, Object key) {
            if (dict(self, "__delitem__").removeItem(key) == null) {
                throw PException.keyError(key);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"}, types = {"dict", "dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends Builtin2 {
        @Specialization
        static boolean containsStr(PyDict self, String key) {
            return self.findEntryStr(key) >= 0;
        }

        @Specialization
        static boolean containsLong(PyDict self, long key) {
            return self.findEntryLong(key) >= 0;
        }

        @Specialization(replaces = {"containsStr", "containsLong"})
        static boolean contains(Object self, Object key) {
            if (self instanceof PyDict d) {
                return d.containsKey(key);
            }
            return DictOps.viewContains(view(self, "__contains__"), key);
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends Builtin1 {
        @Specialization
        static Object iter(Object self) {
            if (self instanceof PyDict d) {
                return new PyIterator.DictIterator(d, KEYS);
            }
            PyDictView v = view(self, "__iter__");
            return new PyIterator.DictIterator(v.getDict(), v.getKind());
        }
    }

    @Builtin(name = "__reversed__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReversedNode extends Builtin1 {
        @Specialization
        static Object reversed(Object self) {
            if (self instanceof PyDict d) {
                return new PyDictReverseIterator(d, KEYS);
            }
            PyDictView v = view(self, "__reversed__");
            return new PyDictReverseIterator(v.getDict(), v.getKind());
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class EqNode extends Builtin2 {
        @Specialization
        static Object eq(Object self, Object other) {
            PyDict d = dict(self, "__eq__");
            if (!(other instanceof PyDict o)) {
                return NI;
            }
            return DictOps.dictEquals(d, o);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class NeNode extends Builtin2 {
        @Specialization
        static Object ne(Object self, Object other) {
            PyDict d = dict(self, "__ne__");
            if (!(other instanceof PyDict o)) {
                return NI;
            }
            return !DictOps.dictEquals(d, o);
        }
    }

    @Builtin(name = "__or__", params = {"self", "other"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class OrNode extends Builtin2 {
        @Specialization
        static Object or(Object self, Object other) {
            PyDict d = dict(self, "__or__");
            if (!(other instanceof PyDict o)) {
                return NI;
            }
            return DictOps.or(d, o);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class ROrNode extends Builtin2 {
        @Specialization
        static Object ror(Object self, Object other) {
            PyDict d = dict(self, "__ror__");
            if (!(other instanceof PyDict o)) {
                return NI;
            }
            return DictOps.or(o, d);
        }
    }

    @Builtin(name = "__ior__", params = {"self", "other"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class IOrNode extends Builtin2 {
        @Specialization
        static Object ior(Object self, Object other) {
            DictOps.updateArg(dict(self, "__ior__"), other);
            return self;
        }
    }

    @Builtin(name = "__class_getitem__", params = {"cls", "item"}, kind = Builtin.Kind.CLASSMETHOD, types = "dict")
    @GenerateNodeFactory
    public abstract static class ClassGetItemNode extends Builtin2 {
        @Specialization
        static Object classGetItem(Object cls, Object item) {
            return new PyGenericAlias(cls, item);
        }
    }

    @Builtin(name = "__sizeof__", params = {"self"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class SizeofNode extends Builtin1 {
        @Specialization
        static long sizeof(Object self) {
            PyDict d = dict(self, "__sizeof__");
            return d.cpythonSizeof();
        }
    }

    @Builtin(name = "get", params = {"self", "key", "default"}, required = 2, types = "dict")
    @GenerateNodeFactory
    public abstract static class GetNode extends ExactDictNode3 {
        @Specialization(guards = "isExactDict(self)")
        static Object getStr(PyDict self, String key, Object dflt) {
            int ix = self.findEntryStrFast(key);
            if (ix >= 0) {
                return self.getValueAt(ix);
            }
            Object v = ix == -1 ? null : self.getItemStr(key);
            return v != null ? v : orNone(dflt);
        }

        @Specialization(guards = "isExactDict(self)")
        static Object getLong(PyDict self, long key, Object dflt) {
            int ix = self.findEntryLongFast(key);
            if (ix >= 0) {
                return self.getValueAt(ix);
            }
            Object v = ix == -1 ? null : self.getItemLong(key);
            return v != null ? v : orNone(dflt);
        }

        @Specialization(replaces = {"getStr", "getLong"})
        static Object get(Object self, Object key, Object dflt) {
            Object v = dict(self, "get").getItem(key);
            return v != null ? v : orNone(dflt);
        }
    }

    static Object orNone(Object dflt) {
        return BuiltinFunctions.given(dflt) ? dflt : PyNone.NONE;
    }

    @Builtin(name = "setdefault", params = {"self", "key", "default"}, required = 2, types = "dict")
    @GenerateNodeFactory
    public abstract static class SetDefaultNode extends Builtin3 {
        @Specialization
        static Object setdefault(Object self, Object key, Object dflt) {
            return dict(self, "setdefault").setDefault(key, orNone(dflt));
        }
    }

    @Builtin(name = "pop", params = {"self", "key", "default"}, required = 2, types = "dict")
    @GenerateNodeFactory
    public abstract static class PopNode extends Builtin3 {
        @Specialization
        static Object pop(Object self, Object key, Object dflt) {
            PyDict d = dict(self, "pop");
            if (d.size() == 0) {
                if (BuiltinFunctions.given(dflt)) {
                    return dflt;
                }
                throw PException.keyError(key);
            }
            Object v = d.removeItem(key);
            if (v != null) {
                return v;
            }
            if (BuiltinFunctions.given(dflt)) {
                return dflt;
            }
            throw PException.keyError(key);
        }
    }

    @Builtin(name = "popitem", params = {"self"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class PopItemNode extends Builtin1 {
        @Specialization
        static Object popitem(Object self) {
            Object[] kv = dict(self, "popitem").popLast();
            if (kv == null) {
                throw popitemEmpty();
            }
            return new PyTuple(kv);
        }

        @TruffleBoundary
        static PException popitemEmpty() {
            return PException.raise(BuiltinTypes.KEY_ERROR, "popitem(): dictionary is empty");
        }
    }

    @Builtin(name = "keys", params = {"self"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class KeysNode extends Builtin1 {
        @Specialization
        static Object keys(Object self) {
            return new PyDictView(dict(self, "keys"), KEYS);
        }
    }

    @Builtin(name = "values", params = {"self"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class ValuesNode extends Builtin1 {
        @Specialization
        static Object values(Object self) {
            return new PyDictView(dict(self, "values"), VALUES);
        }
    }

    @Builtin(name = "items", params = {"self"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class ItemsNode extends Builtin1 {
        @Specialization
        static Object items(Object self) {
            return new PyDictView(dict(self, "items"), ITEMS);
        }
    }

    @Builtin(name = "update", params = {"self"}, varargs = "args", varkw = "kwargs", types = "dict")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends Builtin3 {
        @Specialization
        static Object update(Object self, Object args, Object kwargs) {
            DictOps.updateCommon(dict(self, "update"), (PyTuple) args, (PyDict) kwargs, "update");
            return PyNone.NONE;
        }
    }

    @Builtin(name = "clear", params = {"self"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class ClearNode extends Builtin1 {
        @Specialization
        static Object clear(Object self) {
            dict(self, "clear").clear();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self"}, types = "dict")
    @GenerateNodeFactory
    public abstract static class CopyNode extends Builtin1 {
        @Specialization
        static Object copy(Object self) {
            return dict(self, "copy").copy();
        }
    }

    @Builtin(name = "fromkeys", params = {"cls", "iterable", "value"}, required = 2, kind = Builtin.Kind.CLASSMETHOD, types = "dict")
    @GenerateNodeFactory
    public abstract static class FromKeysNode extends Builtin3 {
        @Specialization
        static Object fromkeys(Object cls, Object iterable, Object value) {
            return DictOps.fromKeys(cls, iterable, orNone(value));
        }
    }

    // =================================================================== views

    @Builtin(name = "mapping", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"dict_keys", "dict_values", "dict_items"})
    @GenerateNodeFactory
    public abstract static class MappingNode extends Builtin1 {
        @Specialization
        static Object mapping(Object self) {
            return new PyMappingProxy(view(self, "mapping").getDict());
        }
    }

    @Builtin(name = "isdisjoint", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends Builtin2 {
        @Specialization
        static boolean isdisjoint(Object self, Object other) {
            return DictOps.viewIsDisjoint(view(self, "isdisjoint"), other);
        }
    }

    abstract static class ViewCompareNode extends Builtin2 {
        static Object compare(Object self, Object other, int op, String name) {
            Object r = DictOps.viewCompare(view(self, name), other, op);
            return r == null ? NI : r;
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewEqNode extends ViewCompareNode {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(self, other, PyObjectOps.EQ, "__eq__");
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewNeNode extends ViewCompareNode {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(self, other, PyObjectOps.NE, "__ne__");
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewLtNode extends ViewCompareNode {
        @Specialization
        static Object lt(Object self, Object other) {
            return compare(self, other, PyObjectOps.LT, "__lt__");
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewLeNode extends ViewCompareNode {
        @Specialization
        static Object le(Object self, Object other) {
            return compare(self, other, PyObjectOps.LE, "__le__");
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewGtNode extends ViewCompareNode {
        @Specialization
        static Object gt(Object self, Object other) {
            return compare(self, other, PyObjectOps.GT, "__gt__");
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewGeNode extends ViewCompareNode {
        @Specialization
        static Object ge(Object self, Object other) {
            return compare(self, other, PyObjectOps.GE, "__ge__");
        }
    }

    @Builtin(name = "__and__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewAndNode extends Builtin2 {
        @Specialization
        static Object and(Object self, Object other) {
            return DictOps.viewAnd(view(self, "__and__"), other);
        }
    }

    @Builtin(name = "__rand__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewRAndNode extends Builtin2 {
        @Specialization
        static Object rand(Object self, Object other) {
            return DictOps.viewAnd(other, view(self, "__rand__"));
        }
    }

    @Builtin(name = "__or__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewOrNode extends Builtin2 {
        @Specialization
        static Object or(Object self, Object other) {
            return DictOps.viewOr(view(self, "__or__"), other);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewROrNode extends Builtin2 {
        @Specialization
        static Object ror(Object self, Object other) {
            return DictOps.viewOr(other, view(self, "__ror__"));
        }
    }

    @Builtin(name = "__sub__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewSubNode extends Builtin2 {
        @Specialization
        static Object sub(Object self, Object other) {
            return DictOps.viewSub(view(self, "__sub__"), other);
        }
    }

    @Builtin(name = "__rsub__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewRSubNode extends Builtin2 {
        @Specialization
        static Object rsub(Object self, Object other) {
            return DictOps.viewSub(other, view(self, "__rsub__"));
        }
    }

    @Builtin(name = "__xor__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewXorNode extends Builtin2 {
        @Specialization
        static Object xor(Object self, Object other) {
            return DictOps.viewXor(view(self, "__xor__"), other);
        }
    }

    @Builtin(name = "__rxor__", params = {"self", "other"}, types = {"dict_keys", "dict_items"})
    @GenerateNodeFactory
    public abstract static class ViewRXorNode extends Builtin2 {
        @Specialization
        static Object rxor(Object self, Object other) {
            return DictOps.viewXor(other, view(self, "__rxor__"));
        }
    }
}
