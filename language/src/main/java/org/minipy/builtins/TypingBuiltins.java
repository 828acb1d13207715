package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.PyUnionType;

/** {@code list[int]} (types.GenericAlias) and {@code int | str} (types.UnionType). */
@CoreFunctions(types = {"types.GenericAlias", "types.UnionType"})
public final class TypingBuiltins {
    private TypingBuiltins() {
    }

    @TruffleBoundary
    static String typeRepr(Object o) {
        if (o == PySingleton.ELLIPSIS) {
            return "...";
        }
        if (o == BuiltinTypes.NONE_TYPE) {
            return "None";
        }
        if (o instanceof PyType t) {
            String mod = t.getModuleName();
            if (mod == null || mod.equals("builtins")) {
                return t.getQualname();
            }
            return mod + "." + t.getQualname();
        }
        return PyObjectOps.repr(o);
    }

    @Builtin(name = "__new__", params = {"cls", "origin", "args"}, kind = Builtin.Kind.NEW, types = "types.GenericAlias")
    @GenerateNodeFactory
    public abstract static class GaNewNode extends Builtin3 {
        @Specialization
        static Object doNew(Object cls, Object origin, Object args) {
            return new PyGenericAlias(origin, args);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            StringBuilder sb = new StringBuilder();
            if (self instanceof PyGenericAlias ga) {
                sb.append(typeRepr(ga.getOrigin())).append('[');
                Object[] args = ((PyTuple) ga.getArgs()).getItems();
                if (args.length == 0) {
                    sb.append("()");
                }
                for (int i = 0; i < args.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(args[i] instanceof PyTuple t && t.size() == 0 ? "()" : typeRepr(args[i]));
                }
                return sb.append(']').toString();
            }
            Object[] args = ((PyUnionType) self).getArgs().getItems();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    sb.append(" | ");
                }
                sb.append(typeRepr(args[i]));
            }
            return sb.toString();
        }
    }

    @Builtin(name = "__args__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class ArgsNode extends Builtin1 {
        @Specialization
        static Object args(Object self) {
            if (self instanceof PyGenericAlias ga) {
                return ga.getArgs();
            }
            return ((PyUnionType) self).getArgs();
        }
    }

    @Builtin(name = "__parameters__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class ParametersNode extends Builtin1 {
        @Specialization
        static Object parameters(Object self) {
            return PyTuple.EMPTY;
        }
    }

    @Builtin(name = "__origin__", params = {"self"}, kind = Builtin.Kind.GETTER, types = "types.GenericAlias")
    @GenerateNodeFactory
    public abstract static class OriginNode extends Builtin1 {
        @Specialization
        static Object origin(Object self) {
            return ((PyGenericAlias) self).getOrigin();
        }
    }

    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs", types = "types.GenericAlias")
    @GenerateNodeFactory
    public abstract static class CallNode extends Builtin3 {
        @Specialization
        static Object call(Object self, Object args, Object kwargs) {
            return FunctionBuiltins.callWith(((PyGenericAlias) self).getOrigin(), null, (PyTuple) args, (PyDict) kwargs);
        }
    }

    @Builtin(name = "__mro_entries__", params = {"self", "bases"}, types = "types.GenericAlias")
    @GenerateNodeFactory
    public abstract static class MroEntriesNode extends Builtin2 {
        @Specialization
        static Object mroEntries(Object self, Object bases) {
            return PyTuple.of(((PyGenericAlias) self).getOrigin());
        }
    }

    @Builtin(name = "__getattr__", params = {"self", "name"}, types = "types.GenericAlias")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getattr(Object self, Object name) {
            String n = (String) name;
            if (n.startsWith("__") && n.endsWith("__")) {
                throw PyObjectOps.noAttribute(self, n);
            }
            return PyObjectOps.getAttr(((PyGenericAlias) self).getOrigin(), n);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object eq(Object self, Object other) {
            if (self instanceof PyGenericAlias a) {
                if (!(other instanceof PyGenericAlias b)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                return PyObjectOps.richCompareBool(a.getOrigin(), b.getOrigin(), PyObjectOps.EQ) && PyObjectOps.richCompareBool(a.getArgs(), b.getArgs(), PyObjectOps.EQ);
            }
            if (!(other instanceof PyUnionType b)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            Object[] x = ((PyUnionType) self).getArgs().getItems();
            Object[] y = b.getArgs().getItems();
            if (x.length != y.length) {
                return false;
            }
            for (Object o : x) {
                boolean found = false;
                for (Object p : y) {
                    if (o == p) {
                        found = true;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object hash(Object self) {
            if (self instanceof PyGenericAlias a) {
                return PyHash.hash(a.getOrigin()) ^ PyHash.hash(a.getArgs());
            }
            long h = 0;
            for (Object o : ((PyUnionType) self).getArgs().getItems()) {
                h ^= PyHash.hash(o);
            }
            return h == -1 ? -2 : h;
        }
    }

    @Builtin(name = "__or__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object or(Object self, Object other) {
            if (!(other instanceof PyType || other == PyNone.NONE || other instanceof PyUnionType || other instanceof PyGenericAlias)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return TypeBuiltins.union(self, other);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RorNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object ror(Object self, Object other) {
            if (!(other instanceof PyType || other == PyNone.NONE || other instanceof PyUnionType || other instanceof PyGenericAlias)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return TypeBuiltins.union(other, self);
        }
    }

    @Builtin(name = "__instancecheck__", params = {"self", "obj"}, types = "types.GenericAlias")
    @GenerateNodeFactory
    public abstract static class InstanceCheckNode extends Builtin2 {
        @Specialization
        static Object check(Object self, Object obj) {
            throw PException.typeError("isinstance() argument 2 cannot be a parameterized generic");
        }
    }
}
