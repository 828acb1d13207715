package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.builtins.PyBuiltinNode.Builtin4;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.InstanceAttrs;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyModule;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObject;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyTextIO;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/** NoneType, NotImplementedType, ellipsis, module, SimpleNamespace and text streams. */
@CoreFunctions(types = {"NoneType", "NotImplementedType", "ellipsis", "module", "types.SimpleNamespace", "_io.TextIOWrapper"})
public final class MiscTypeBuiltins {
    private MiscTypeBuiltins() {
    }

    @Builtin(name = "__repr__", params = {"self"}, types = {"NoneType", "NotImplementedType", "ellipsis"})
    @GenerateNodeFactory
    public abstract static class SingletonReprNode extends Builtin1 {
        @Specialization
        static Object repr(Object self) {
            return self.toString();
        }
    }

    @Builtin(name = "__bool__", params = {"self"}, types = {"NoneType"})
    @GenerateNodeFactory
    public abstract static class NoneBoolNode extends Builtin1 {
        @Specialization
        static Object bool(Object self) {
            return false;
        }
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = {"NoneType", "NotImplementedType", "ellipsis"})
    @GenerateNodeFactory
    public abstract static class SingletonNewNode extends Builtin3 {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            if (((PyTuple) args).size() > 0 || ((PyDict) kwargs).size() > 0) {
                throw PException.typeError(((PyType) cls).getName() + " takes no arguments");
            }
            if (cls == BuiltinTypes.NONE_TYPE) {
                return PyNone.NONE;
            } else if (cls == BuiltinTypes.NOT_IMPLEMENTED_TYPE) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return PySingleton.ELLIPSIS;
        }
    }

    // ================================================================== module

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = "module")
    @GenerateNodeFactory
    public abstract static class ModuleNewNode extends Builtin3 {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PyModule((PyType) cls, new PyDict());
        }
    }

    @Builtin(name = "__init__", params = {"self", "name", "doc"}, required = 2, types = "module")
    @GenerateNodeFactory
    public abstract static class ModuleInitNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object name, Object doc) {
            if (!(name instanceof String)) {
                throw PException.typeError("module.__init__() argument 'name' must be str, not " + PyObjectOps.typeName(name));
            }
            PyDict d = ((PyModule) self).getDict();
            d.setItemStr("__name__", name);
            d.setItemStr("__doc__", BuiltinFunctions.given(doc) ? doc : PyNone.NONE);
            d.setItemStr("__package__", PyNone.NONE);
            d.setItemStr("__loader__", PyNone.NONE);
            d.setItemStr("__spec__", PyNone.NONE);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "module")
    @GenerateNodeFactory
    public abstract static class ModuleReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyModule m = (PyModule) self;
            Object file = m.getDict().getItemStr("__file__");
            if (file instanceof String f) {
                return "<module '" + m.getName() + "' from '" + f + "'>";
            }
            if (m.isBuiltinModule()) {
                return "<module '" + m.getName() + "' (built-in)>";
            }
            return "<module '" + m.getName() + "'>";
        }
    }

    // ================================================================== SimpleNamespace

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs", types = "types.SimpleNamespace")
    @GenerateNodeFactory
    public abstract static class NsInitNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            if (((PyTuple) args).size() > 0) {
                throw PException.typeError("SimpleNamespace() takes no positional arguments");
            }
            PyDict kw = (PyDict) kwargs;
            for (Object k : kw.keysArray()) {
                InstanceAttrs.put((PyObject) self, (String) k, kw.getItem(k));
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "types.SimpleNamespace")
    @GenerateNodeFactory
    public abstract static class NsReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyObject o = (PyObject) self;
            String name = o.getPyType() == BuiltinTypes.SIMPLE_NAMESPACE ? "namespace" : o.getPyType().getName();
            if (!PyObjectOps.reprEnter(o)) {
                return name + "(...)";
            }
            try {
                StringBuilder sb = new StringBuilder(name).append('(');
                boolean first = true;
                for (Object k : InstanceAttrs.keys(o)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(k).append('=').append(PyObjectOps.repr(InstanceAttrs.get(o, (String) k)));
                }
                return sb.append(')').toString();
            } finally {
                PyObjectOps.reprLeave(o);
            }
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"}, types = "types.SimpleNamespace")
    @GenerateNodeFactory
    public abstract static class NsEqNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object eq(Object self, Object other) {
            if (!(other instanceof PyObject o) || !o.getPyType().isSubtypeOf(BuiltinTypes.SIMPLE_NAMESPACE)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return PyObjectOps.richCompare(InstanceAttrs.getDict((PyObject) self), InstanceAttrs.getDict(o), PyObjectOps.EQ);
        }
    }

    // ================================================================== text streams

    static PyTextIO io(Object o) {
        if (o instanceof PyTextIO t) {
            return t;
        }
        throw PException.typeError("descriptor requires a '_io.TextIOWrapper' object");
    }

    @Builtin(name = "write", params = {"self", "s"}, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class WriteNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object write(Object self, Object s) {
            if (!(s instanceof String str)) {
                throw PException.typeError("write() argument must be str, not " + PyObjectOps.typeName(s));
            }
            PyTextIO t = io(self);
            if (t.isClosed()) {
                throw PException.valueError("I/O operation on closed file.");
            }
            t.write(str);
            return (long) str.length();
        }
    }

    @Builtin(name = "flush", params = {"self"}, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class FlushNode extends Builtin1 {
        @Specialization
        static Object flush(Object self) {
            io(self).flush();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "close", params = {"self"}, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class CloseNode extends Builtin1 {
        @Specialization
        static Object close(Object self) {
            io(self).close();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "readline", params = {"self", "size"}, required = 1, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class ReadlineNode extends Builtin2 {
        @Specialization
        static Object readline(Object self, Object size) {
            return io(self).readline();
        }
    }

    @Builtin(name = "read", params = {"self", "size"}, required = 1, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class ReadNode extends Builtin2 {
        @Specialization
        static Object read(Object self, Object size) {
            return io(self).readAll();
        }
    }

    @Builtin(name = "readlines", params = {"self"}, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class ReadlinesNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object readlines(Object self) {
            PyList l = new PyList();
            String line;
            while (!(line = io(self).readline()).isEmpty()) {
                l.append(line);
            }
            return l;
        }
    }

    @Builtin(name = "__iter__", params = {"self"}, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class IterNode extends Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self"}, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class NextNode extends Builtin1 {
        @Specialization
        static Object next(Object self) {
            String line = io(self).readline();
            if (line.isEmpty()) {
                throw PException.stopIteration(PyNone.NONE);
            }
            return line;
        }
    }

    @Builtin(name = "__enter__", params = {"self"}, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class EnterNode extends Builtin1 {
        @Specialization
        static Object enter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__exit__", params = {"self", "a", "b", "c"}, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class ExitNode extends Builtin4 {
        @Specialization
        static Object exit(Object self, Object a, Object b, Object c) {
            io(self).close();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "name", params = {"self"}, kind = Builtin.Kind.GETTER, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class NameNode extends Builtin1 {
        @Specialization
        static Object name(Object self) {
            return io(self).getName();
        }
    }

    @Builtin(name = "closed", params = {"self"}, kind = Builtin.Kind.GETTER, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class ClosedNode extends Builtin1 {
        @Specialization
        static Object closed(Object self) {
            return io(self).isClosed();
        }
    }

    @Builtin(name = "isatty", params = {"self"}, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class IsattyNode extends Builtin1 {
        @Specialization
        static Object isatty(Object self) {
            return false;
        }
    }

    @Builtin(name = "encoding", params = {"self"}, kind = Builtin.Kind.GETTER, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class EncodingNode extends Builtin1 {
        @Specialization
        static Object encoding(Object self) {
            return "utf-8";
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "_io.TextIOWrapper")
    @GenerateNodeFactory
    public abstract static class IoReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            return "<_io.TextIOWrapper name='" + io(self).getName() + "' mode='w' encoding='utf-8'>";
        }
    }
}
