package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.builtins.PyBuiltinNode.Builtin4;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyMappingProxy;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.PyUnionType;
import org.minipy.runtime.TypeOps;

/** Methods of {@code type}: creating classes, calling them, and their attributes. */
@CoreFunctions(types = {"type"})
public final class TypeBuiltins {
    private TypeBuiltins() {
    }

    static PyType self(Object o) {
        if (o instanceof PyType t) {
            return t;
        }
        throw PException.typeError("descriptor requires a 'type' object but received a '" + PyObjectOps.typeName(o) + "'");
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW)
    @GenerateNodeFactory
    public abstract static class NewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            PyTuple a = (PyTuple) args;
            if (!(cls instanceof PyType meta)) {
                throw PException.typeError("type.__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
            }
            if (a.size() == 1 && meta == BuiltinTypes.TYPE && ((PyDict) kwargs).size() == 0) {
                return BuiltinTypes.getType(a.get(0));
            }
            if (a.size() != 3) {
                throw PException.typeError("type() takes 1 or 3 arguments");
            }
            if (!(a.get(0) instanceof String name)) {
                throw PException.typeError("type.__new__() argument 1 must be str, not " + PyObjectOps.typeName(a.get(0)));
            }
            if (!(a.get(1) instanceof PyTuple bases)) {
                throw PException.typeError("type.__new__() argument 2 must be tuple, not " + PyObjectOps.typeName(a.get(1)));
            }
            if (!(a.get(2) instanceof PyDict ns)) {
                throw PException.typeError("type.__new__() argument 3 must be dict, not " + PyObjectOps.typeName(a.get(2)));
            }
            PyType t = TypeOps.createClass(meta, name, bases, ns, (PyDict) kwargs);
            if (ns.getItemStr("__module__") == null) {
                Object mod = callerModuleName();
                if (mod != null) {
                    t.getDict().setItemStr("__module__", mod);
                }
            }
            return t;
        }

        private static Object callerModuleName() {
            Object g = org.minipy.runtime.FrameLocals.callerGlobals();
            if (g instanceof PyDict d) {
                return d.getItemStr("__name__");
            }
            return null;
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends Builtin3 {
        @Specialization
        static Object init(Object self, Object args, Object kwargs) {
            int n = ((PyTuple) args).size();
            if (n != 1 && n != 3) {
                throw PException.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class CallNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object call(Object self, Object args, Object kwargs) {
            PyDict kw = (PyDict) kwargs;
            Object[] pos = ((PyTuple) args).getItems();
            Object[] keys = kw.keysArray();
            Object[] all = new Object[pos.length + keys.length];
            System.arraycopy(pos, 0, all, 0, pos.length);
            String[] kn = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                kn[i] = (String) keys[i];
                all[pos.length + i] = kw.getItem(keys[i]);
            }
            return TypeOps.callType(self(self), all, kn);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            return self(self).toString();
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
            Object v = PyObjectOps.typeGetAttrOrNull(self(self), s);
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
            PyObjectOps.typeSetAttr(self(self), s, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object delattr(Object self, Object name) {
            PyObjectOps.genericDelAttr(self(self), (String) name);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__name__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class NameNode extends Builtin1 {
        @Specialization
        static Object name(Object self) {
            return self(self).getName();
        }
    }

    @Builtin(name = "__name__", params = {"self", "value"}, kind = Builtin.Kind.SETTER)
    @GenerateNodeFactory
    public abstract static class SetNameNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setName(Object self, Object value) {
            PyType t = self(self);
            if (t.isBuiltin()) {
                throw PException.typeError("cannot set '__name__' attribute of immutable type '" + t.getName() + "'");
            }
            if (!(value instanceof String s)) {
                throw PException.typeError("can only assign string to " + t.getName() + ".__name__, not '" + PyObjectOps.typeName(value) + "'");
            }
            t.setName(s);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__qualname__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class QualnameNode extends Builtin1 {
        @Specialization
        static Object qualname(Object self) {
            return self(self).getQualname();
        }
    }

    @Builtin(name = "__qualname__", params = {"self", "value"}, kind = Builtin.Kind.SETTER)
    @GenerateNodeFactory
    public abstract static class SetQualnameNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setQualname(Object self, Object value) {
            PyType t = self(self);
            if (!(value instanceof String s)) {
                throw PException.typeError("can only assign string to " + t.getName() + ".__qualname__, not '" + PyObjectOps.typeName(value) + "'");
            }
            t.setQualname(s);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__module__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class ModuleNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object module(Object self) {
            PyType t = self(self);
            if (t.isBuiltin()) {
                return t.getModuleName();
            }
            Object m = t.getDict().getItemStr("__module__");
            return m == null ? "builtins" : m;
        }
    }

    @Builtin(name = "__module__", params = {"self", "value"}, kind = Builtin.Kind.SETTER)
    @GenerateNodeFactory
    public abstract static class SetModuleNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setModule(Object self, Object value) {
            self(self).setAttribute("__module__", value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__doc__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class DocNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object doc(Object self) {
            Object d = self(self).getDict().getItemStr("__doc__");
            if (d == null) {
                return PyNone.NONE;
            }
            if (PyObjectOps.hasGet(d) && !(d instanceof String)) {
                return PyObjectOps.descrGet(d, null, self(self));
            }
            return d;
        }
    }

    @Builtin(name = "__doc__", params = {"self", "value"}, kind = Builtin.Kind.SETTER)
    @GenerateNodeFactory
    public abstract static class SetDocNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setDoc(Object self, Object value) {
            PyType t = self(self);
            if (t.isBuiltin()) {
                throw PException.typeError("cannot set '__doc__' attribute of immutable type '" + t.getName() + "'");
            }
            t.setAttribute("__doc__", value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__bases__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class BasesNode extends Builtin1 {
        @Specialization
        static Object bases(Object self) {
            return new PyTuple(self(self).getBases().clone());
        }
    }

    @Builtin(name = "__base__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class BaseNode extends Builtin1 {
        @Specialization
        static Object base(Object self) {
            PyType b = self(self).getBase();
            return b == null ? PyNone.NONE : b;
        }
    }

    @Builtin(name = "__mro__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class MroNode extends Builtin1 {
        @Specialization
        static Object mro(Object self) {
            return new PyTuple(self(self).getMro().clone());
        }
    }

    @Builtin(name = "mro", params = {"self"})
    @GenerateNodeFactory
    public abstract static class MroMethodNode extends Builtin1 {
        @Specialization
        static Object mro(Object self) {
            return new PyList(self(self).getMro().clone());
        }
    }

    @Builtin(name = "__dict__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class DictNode extends Builtin1 {
        @Specialization
        static Object dict(Object self) {
            return new PyMappingProxy(self(self).getDict());
        }
    }

    @Builtin(name = "__subclasses__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SubclassesNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object subclasses(Object self) {
            return new PyList(self(self).getSubclasses().toArray());
        }
    }

    @Builtin(name = "__instancecheck__", params = {"self", "instance"})
    @GenerateNodeFactory
    public abstract static class InstanceCheckNode extends Builtin2 {
        @Specialization
        static Object check(Object self, Object instance) {
            return PyObjectOps.type(instance).isSubtypeOf(self(self));
        }
    }

    @Builtin(name = "__subclasscheck__", params = {"self", "subclass"})
    @GenerateNodeFactory
    public abstract static class SubclassCheckNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object check(Object self, Object sub) {
            if (!(sub instanceof PyType s)) {
                throw PException.typeError("issubclass() arg 1 must be a class");
            }
            return s.isSubtypeOf(self(self));
        }
    }

    @Builtin(name = "__prepare__", params = {"cls", "name", "bases"}, varkw = "kwds", required = 1, kind = Builtin.Kind.CLASSMETHOD)
    @GenerateNodeFactory
    public abstract static class PrepareNode extends Builtin4 {
        @Specialization
        static Object prepare(Object cls, Object name, Object bases, Object kwds) {
            return new PyDict();
        }
    }

    @Builtin(name = "__or__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object or(Object self, Object other) {
            if (!(other instanceof PyType || other == PyNone.NONE || other instanceof PyUnionType)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return union(self, other);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RorNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object ror(Object self, Object other) {
            if (!(other instanceof PyType || other == PyNone.NONE || other instanceof PyUnionType)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return union(other, self);
        }
    }

    @TruffleBoundary
    static Object union(Object a, Object b) {
        java.util.ArrayList<Object> items = new java.util.ArrayList<>();
        for (Object o : new Object[]{a, b}) {
            if (o instanceof PyUnionType u) {
                for (Object x : u.getArgs().getItems()) {
                    if (!items.contains(x)) {
                        items.add(x);
                    }
                }
            } else {
                Object x = o == PyNone.NONE ? BuiltinTypes.NONE_TYPE : o;
                if (!items.contains(x)) {
                    items.add(x);
                }
            }
        }
        return new PyUnionType(new PyTuple(items.toArray()));
    }

    static Object unused() {
        return CallOps.NO_KW;
    }
}
