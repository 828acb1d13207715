package org.minipy.builtins;

import java.util.ArrayList;
import java.util.LinkedHashSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.InstanceAttrs;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBaseException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyFunction;
import org.minipy.runtime.PyHash;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyModule;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObject;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.StringFormatter;
import org.minipy.runtime.TypeOps;

/** Methods of {@code object}, the root of every class. */
@CoreFunctions(types = {"object"})
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW)
    @GenerateNodeFactory
    public abstract static class NewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PyType t)) {
                throw PException.typeError("object.__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
            }
            boolean excess = ((PyTuple) args).size() > 0 || ((PyDict) kwargs).size() > 0;
            if (excess) {
                Object newf = t.lookup("__new__");
                boolean newOverridden = !(newf instanceof org.minipy.runtime.PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT);
                if (newOverridden) {
                    throw PException.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
                }
                Object init = t.lookup("__init__");
                if (init instanceof org.minipy.runtime.PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT) {
                    throw PException.typeError(t.getName() + "() takes no arguments");
                }
            }
            return TypeOps.allocate(t);
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            boolean excess = ((PyTuple) args).size() > 0 || ((PyDict) kwargs).size() > 0;
            if (excess) {
                PyType t = PyObjectOps.type(self);
                Object init = t.lookup("__init__");
                boolean initOverridden = !(init instanceof org.minipy.runtime.PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT);
                if (initOverridden) {
                    throw PException.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                Object newf = t.lookup("__new__");
                if (newf instanceof org.minipy.runtime.PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT) {
                    throw PException.typeError(t.getName() + ".__init__() takes exactly one argument (the instance to initialize)");
                }
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            return PyObjectOps.defaultRepr(self);
        }
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends Builtin1 {
        @Specialization
        static Object str(Object self) {
            return PyObjectOps.repr(self);
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec"})
    @GenerateNodeFactory
    public abstract static class FormatNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object format(Object self, Object spec) {
            if (!(spec instanceof String s)) {
                throw PException.typeError("__format__() argument must be str, not " + PyObjectOps.typeName(spec));
            }
            if (!s.isEmpty()) {
                throw PException.typeError("unsupported format string passed to " + PyObjectOps.typeName(self) + ".__format__");
            }
            return PyObjectOps.str(self);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends Builtin2 {
        @Specialization
        static Object eq(Object self, Object other) {
            return self == other ? (Object) true : PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object ne(Object self, Object other) {
            Object eq = PyObjectOps.type(self).lookup("__eq__");
            Object r = org.minipy.runtime.CallOps.callUnbound(eq, self, new Object[]{other}, org.minipy.runtime.CallOps.NO_KW);
            if (r == PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            return !PyObjectOps.isTrue(r);
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends Builtin2 {
        @Specialization
        static Object lt(Object self, Object other) {
            return PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends Builtin2 {
        @Specialization
        static Object le(Object self, Object other) {
            return PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends Builtin2 {
        @Specialization
        static Object gt(Object self, Object other) {
            return PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends Builtin2 {
        @Specialization
        static Object ge(Object self, Object other) {
            return PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends Builtin1 {
        @Specialization
        static long hash(Object self) {
            return PyHash.identityHash(self);
        }
    }

    @Builtin(name = "__getattribute__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getattribute(Object self, Object name) {
            if (!(name instanceof String s)) {
                throw PException.typeError("attribute name must be string, not '" + PyObjectOps.typeName(name) + "'");
            }
            Object v = PyObjectOps.genericGetAttrOrNull(self, s);
            if (v == null) {
                throw PyObjectOps.noAttribute(self, s);
            }
            return v;
        }
    }

    @Builtin(name = "__setattr__", params = {"self", "name", "value"})
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object setattr(Object self, Object name, Object value) {
            if (!(name instanceof String s)) {
                throw PException.typeError("attribute name must be string, not '" + PyObjectOps.typeName(name) + "'");
            }
            PyObjectOps.genericSetAttr(self, s, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object delattr(Object self, Object name) {
            if (!(name instanceof String s)) {
                throw PException.typeError("attribute name must be string, not '" + PyObjectOps.typeName(name) + "'");
            }
            PyObjectOps.genericDelAttr(self, s);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__dir__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DirNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object dir(Object self) {
            LinkedHashSet<Object> names = new LinkedHashSet<>();
            if (self instanceof PyModule m) {
                for (Object k : m.getDict().keysArray()) {
                    names.add(k);
                }
                return new PyList(names.toArray());
            }
            if (self instanceof PyObject po && (PyObjectOps.type(self).hasInstanceDict() || self instanceof PyFunction)) {
                for (Object k : InstanceAttrs.keys(po)) {
                    names.add(k);
                }
            }
            PyType t = self instanceof PyType pt ? pt : PyObjectOps.type(self);
            for (PyType m : t.getMro()) {
                for (Object k : m.getDict().keysArray()) {
                    names.add(k);
                }
            }
            if (self instanceof PyType) {
                names.remove("__class__");
            }
            return new PyList(new ArrayList<>(names).toArray());
        }
    }

    @Builtin(name = "__class__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class ClassGetNode extends Builtin1 {
        @Specialization
        static Object getClass(Object self) {
            return BuiltinTypes.getType(self);
        }
    }

    @Builtin(name = "__class__", params = {"self", "value"}, kind = Builtin.Kind.SETTER)
    @GenerateNodeFactory
    public abstract static class ClassSetNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setClass(Object self, Object value) {
            if (!(value instanceof PyType t)) {
                throw PException.typeError("__class__ must be set to a class, not '" + PyObjectOps.typeName(value) + "' object");
            }
            PyType old = PyObjectOps.type(self);
            if (old.isBuiltin() || t.isBuiltin() || !(self instanceof PyObject po)) {
                throw PException.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            if (old.getSolidBase() != t.getSolidBase()) {
                throw PException.typeError("__class__ assignment: '" + t.getName() + "' object layout differs from '" + old.getName() + "'");
            }
            po.setPyType(t);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__dict__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class DictGetNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getDict(Object self) {
            if (self instanceof PyModule m) {
                return m.getDict();
            }
            if (self instanceof PyType t) {
                return new org.minipy.runtime.PyMappingProxy(t.getDict());
            }
            if (self instanceof PyObject po && (PyObjectOps.type(self).hasInstanceDict() || self instanceof PyFunction || self instanceof PyBaseException)) {
                return InstanceAttrs.getDict(po);
            }
            throw PyObjectOps.noAttribute(self, "__dict__");
        }
    }

    /** The getter of the {@code __weakref__} descriptor each class with an instance dict gets; minipy has no weak references. */
    @Builtin(name = "__weakref__", params = {"self"}, kind = Builtin.Kind.GETTER, types = "<user class>")
    @GenerateNodeFactory
    public abstract static class WeakrefGetNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__dict__", params = {"self", "value"}, kind = Builtin.Kind.SETTER)
    @GenerateNodeFactory
    public abstract static class DictSetNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setDict(Object self, Object value) {
            if (!(value instanceof PyDict d)) {
                throw PException.typeError("__dict__ must be set to a dictionary, not a '" + PyObjectOps.typeName(value) + "'");
            }
            if (self instanceof PyObject po && !(self instanceof PyType) && !(self instanceof PyModule) && PyObjectOps.type(self).hasInstanceDict()) {
                InstanceAttrs.setDict(po, d);
                return PyNone.NONE;
            }
            throw PException.attributeError("attribute '__dict__' of '" + PyObjectOps.typeName(self) + "' objects is not writable");
        }
    }

    @Builtin(name = "__init_subclass__", params = {"cls"}, kind = Builtin.Kind.CLASSMETHOD)
    @GenerateNodeFactory
    public abstract static class InitSubclassNode extends Builtin1 {
        @Specialization
        static Object initSubclass(Object cls) {
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__subclasshook__", params = {"cls"}, varargs = "args", kind = Builtin.Kind.CLASSMETHOD)
    @GenerateNodeFactory
    public abstract static class SubclassHookNode extends Builtin2 {
        @Specialization
        static Object hook(Object cls, Object args) {
            return PySingleton.NOT_IMPLEMENTED;
        }
    }

    /** object.__sizeof__: CPython's basic size (plus items) of the builtin types that inherit it. */
    @Builtin(name = "__sizeof__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SizeofNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static long sizeof(Object self) {
            if (self instanceof Double) {
                return 24;
            } else if (self instanceof org.minipy.runtime.PyTuple t) {
                return 24 + 8L * t.size();
            } else if (self instanceof org.minipy.runtime.PySet set) {
                // the set object with its 8-entry small table; larger tables are allocated apart
                return 200 + (set.tableSize() > 8 ? 16L * set.tableSize() : 0);
            } else if (self instanceof org.minipy.runtime.PyRange) {
                return 48;
            } else if (self instanceof org.minipy.runtime.PyComplex) {
                return 32;
            }
            return 16;
        }
    }

    @Builtin(name = "__reduce_ex__", params = {"self", "protocol"})
    @GenerateNodeFactory
    public abstract static class ReduceExNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object reduce(Object self, Object protocol) {
            throw PException.typeError("cannot pickle '" + PyObjectOps.typeName(self) + "' object");
        }
    }

    static String unusedFormat(Object o) {
        return StringFormatter.format(o, "");
    }
}
