package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.FrameLocals;
import org.minipy.runtime.InstanceAttrs;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBaseException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyFrame;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTraceback;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/** BaseException and the attributes of its subclasses; traceback and frame objects. */
@CoreFunctions(types = {"BaseException", "StopIteration", "SystemExit", "KeyError", "NameError", "AttributeError", "ImportError", "OSError", "SyntaxError", "traceback", "frame",
                "UnicodeDecodeError", "UnicodeEncodeError"})
public final class ExceptionBuiltins {
    private ExceptionBuiltins() {
    }

    static PyBaseException exc(Object o) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw PException.typeError("descriptor requires a 'BaseException' object but received a '" + PyObjectOps.typeName(o) + "'");
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class NewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
                throw PException.typeError("BaseException.__new__(X): X is not a subtype of BaseException");
            }
            return new PyBaseException(t, (PyTuple) args);
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs", types = "BaseException")
    @GenerateNodeFactory
    public abstract static class InitNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            PyBaseException e = exc(self);
            if (((PyDict) kwargs).size() > 0) {
                throw PException.typeError(e.getPyType().getName() + "() takes no keyword arguments");
            }
            e.setArgs((PyTuple) args);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyBaseException e = exc(self);
            String name = e.getPyType().getName();
            PyTuple args = e.getArgs();
            if (args.size() == 1) {
                return name + "(" + PyObjectOps.repr(args.get(0)) + ")";
            }
            return name + BuiltinReprs.reprTuple(args);
        }
    }

    @Builtin(name = "__str__", params = {"self"}, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class StrNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object str(Object self) {
            PyTuple args = exc(self).getArgs();
            if (args.size() == 0) {
                return "";
            }
            if (args.size() == 1) {
                return PyObjectOps.str(args.get(0));
            }
            return PyObjectOps.str(args);
        }
    }

    @Builtin(name = "args", params = {"self"}, kind = Builtin.Kind.GETTER, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class ArgsNode extends Builtin1 {
        @Specialization
        static Object args(Object self) {
            return exc(self).getArgs();
        }
    }

    @Builtin(name = "args", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class SetArgsNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setArgs(Object self, Object value) {
            exc(self).setArgs(new PyTuple(PyObjectOps.toArray(value).clone()));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__traceback__", params = {"self"}, kind = Builtin.Kind.GETTER, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class TracebackNode extends Builtin1 {
        @Specialization
        static Object tb(Object self) {
            PyTraceback tb = exc(self).getTraceback();
            return tb == null ? PyNone.NONE : tb;
        }
    }

    @Builtin(name = "__traceback__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class SetTracebackNode extends Builtin2 {
        @Specialization
        static Object setTb(Object self, Object value) {
            if (value == PyNone.NONE) {
                exc(self).setTraceback(null);
            } else if (value instanceof PyTraceback tb) {
                exc(self).setTraceback(tb);
            } else {
                throw PException.typeError("__traceback__ must be a traceback or None");
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "with_traceback", params = {"self", "tb"}, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class WithTracebackNode extends Builtin2 {
        @Specialization
        static Object withTb(Object self, Object tb) {
            SetTracebackNode.setTb(self, tb);
            return self;
        }
    }

    @Builtin(name = "__cause__", params = {"self"}, kind = Builtin.Kind.GETTER, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class CauseNode extends Builtin1 {
        @Specialization
        static Object cause(Object self) {
            return exc(self).getCause();
        }
    }

    @Builtin(name = "__cause__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class SetCauseNode extends Builtin2 {
        @Specialization
        static Object setCause(Object self, Object value) {
            if (value != PyNone.NONE && !(value instanceof PyBaseException)) {
                throw PException.typeError("exception cause must be None or derive from BaseException");
            }
            exc(self).setCause(value);
            exc(self).setSuppressContext(true);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__context__", params = {"self"}, kind = Builtin.Kind.GETTER, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class ContextNode extends Builtin1 {
        @Specialization
        static Object context(Object self) {
            return exc(self).getContext();
        }
    }

    @Builtin(name = "__context__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class SetContextNode extends Builtin2 {
        @Specialization
        static Object setContext(Object self, Object value) {
            if (value != PyNone.NONE && !(value instanceof PyBaseException)) {
                throw PException.typeError("exception context must be None or derive from BaseException");
            }
            exc(self).setContext(value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__suppress_context__", params = {"self"}, kind = Builtin.Kind.GETTER, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class SuppressContextNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return exc(self).getSuppressContext();
        }
    }

    @Builtin(name = "__suppress_context__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class SetSuppressContextNode extends Builtin2 {
        @Specialization
        static Object set(Object self, Object value) {
            exc(self).setSuppressContext(PyObjectOps.isTrue(value));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "add_note", params = {"self", "note"}, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class AddNoteNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object addNote(Object self, Object note) {
            if (!(note instanceof String)) {
                throw PException.typeError("note must be a str, not '" + PyObjectOps.typeName(note) + "'");
            }
            PyBaseException e = exc(self);
            Object notes = InstanceAttrs.get(e, "__notes__");
            if (notes == null) {
                notes = new PyList();
                InstanceAttrs.put(e, "__notes__", notes);
            }
            ((PyList) notes).append(note);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__reduce__", params = {"self"}, types = "BaseException")
    @GenerateNodeFactory
    public abstract static class ReduceNode extends Builtin1 {
        @Specialization
        static Object reduce(Object self) {
            return PyTuple.of(exc(self).getPyType(), exc(self).getArgs());
        }
    }

    // ================================================================== specific exception types

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs", types = "StopIteration")
    @GenerateNodeFactory
    public abstract static class StopIterationInitNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            InitNode.init(self, args, kwargs);
            PyTuple a = (PyTuple) args;
            InstanceAttrs.put(exc(self), "value", a.size() > 0 ? a.get(0) : PyNone.NONE);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "value", params = {"self"}, kind = Builtin.Kind.GETTER, types = "StopIteration")
    @GenerateNodeFactory
    public abstract static class StopIterationValueNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object value(Object self) {
            Object v = InstanceAttrs.get(exc(self), "value");
            if (v != null) {
                return v;
            }
            PyTuple a = exc(self).getArgs();
            return a.size() > 0 ? a.get(0) : PyNone.NONE;
        }
    }

    @Builtin(name = "value", params = {"self", "v"}, kind = Builtin.Kind.SETTER, types = "StopIteration")
    @GenerateNodeFactory
    public abstract static class StopIterationSetValueNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object set(Object self, Object v) {
            InstanceAttrs.put(exc(self), "value", v);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs", types = "SystemExit")
    @GenerateNodeFactory
    public abstract static class SystemExitInitNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            InitNode.init(self, args, kwargs);
            PyTuple a = (PyTuple) args;
            InstanceAttrs.put(exc(self), "code", a.size() == 0 ? PyNone.NONE : a.size() == 1 ? a.get(0) : a);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__str__", params = {"self"}, types = "KeyError")
    @GenerateNodeFactory
    public abstract static class KeyErrorStrNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object str(Object self) {
            PyTuple args = exc(self).getArgs();
            if (args.size() == 1) {
                return PyObjectOps.repr(args.get(0));
            }
            return StrNode.str(self);
        }
    }

    @Builtin(name = "name", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"NameError", "AttributeError", "ImportError"})
    @GenerateNodeFactory
    public abstract static class NameNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object name(Object self) {
            PyBaseException e = exc(self);
            Object v = InstanceAttrs.get(e, "name");
            if (v != null) {
                return v;
            }
            Object n = e.getName();
            return n == null ? PyNone.NONE : n;
        }
    }

    @Builtin(name = "obj", params = {"self"}, kind = Builtin.Kind.GETTER, types = "AttributeError")
    @GenerateNodeFactory
    public abstract static class ObjNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object obj(Object self) {
            PyBaseException e = exc(self);
            Object v = InstanceAttrs.get(e, "obj");
            if (v != null) {
                return v;
            }
            Object o = e.getObj();
            return o == null ? PyNone.NONE : o;
        }
    }

    @Builtin(name = "obj", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = "AttributeError")
    @GenerateNodeFactory
    public abstract static class SetObjNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setObj(Object self, Object value) {
            InstanceAttrs.put(exc(self), "obj", value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "name", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = {"NameError", "AttributeError", "ImportError"})
    @GenerateNodeFactory
    public abstract static class SetNameNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setName(Object self, Object value) {
            InstanceAttrs.put(exc(self), "name", value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", kwonly = {"name", "obj", "path"}, types = {"NameError", "AttributeError", "ImportError"})
    @GenerateNodeFactory
    public abstract static class NameErrorInitNode extends PyBuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object init(Object[] args) {
            PyBaseException e = exc(args[0]);
            e.setArgs((PyTuple) args[4]);
            if (BuiltinFunctions.given(args[1])) {
                InstanceAttrs.put(e, "name", args[1]);
            }
            if (BuiltinFunctions.given(args[2])) {
                InstanceAttrs.put(e, "obj", args[2]);
            }
            if (BuiltinFunctions.given(args[3])) {
                InstanceAttrs.put(e, "path", args[3]);
            }
            if (e.getPyType().isSubtypeOf(BuiltinTypes.IMPORT_ERROR)) {
                PyTuple a = (PyTuple) args[4];
                InstanceAttrs.put(e, "msg", a.size() == 1 ? a.get(0) : PyNone.NONE);
                if (!BuiltinFunctions.given(args[1])) {
                    InstanceAttrs.put(e, "name", PyNone.NONE);
                }
                if (!BuiltinFunctions.given(args[3])) {
                    InstanceAttrs.put(e, "path", PyNone.NONE);
                }
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs", types = "OSError")
    @GenerateNodeFactory
    public abstract static class OSErrorInitNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            InitNode.init(self, args, kwargs);
            PyBaseException e = exc(self);
            PyTuple a = (PyTuple) args;
            InstanceAttrs.put(e, "errno", a.size() >= 2 ? a.get(0) : PyNone.NONE);
            InstanceAttrs.put(e, "strerror", a.size() >= 2 ? a.get(1) : PyNone.NONE);
            InstanceAttrs.put(e, "filename", a.size() >= 3 ? a.get(2) : PyNone.NONE);
            InstanceAttrs.put(e, "filename2", a.size() >= 5 ? a.get(4) : PyNone.NONE);
            if (a.size() >= 2 && a.size() <= 5) {
                e.setArgs(PyTuple.of(a.get(0), a.get(1)));
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__str__", params = {"self"}, types = "OSError")
    @GenerateNodeFactory
    public abstract static class OSErrorStrNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object str(Object self) {
            PyBaseException e = exc(self);
            Object errno = InstanceAttrs.get(e, "errno");
            Object strerror = InstanceAttrs.get(e, "strerror");
            Object filename = InstanceAttrs.get(e, "filename");
            if (filename != null && filename != PyNone.NONE) {
                return "[Errno " + PyObjectOps.str(errno) + "] " + PyObjectOps.str(strerror) + ": " + PyObjectOps.repr(filename);
            }
            if (errno != null && errno != PyNone.NONE && strerror != null && strerror != PyNone.NONE) {
                return "[Errno " + PyObjectOps.str(errno) + "] " + PyObjectOps.str(strerror);
            }
            return StrNode.str(self);
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs", types = "SyntaxError")
    @GenerateNodeFactory
    public abstract static class SyntaxErrorInitNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            InitNode.init(self, args, kwargs);
            PyBaseException e = exc(self);
            PyTuple a = (PyTuple) args;
            String[] fields = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            InstanceAttrs.put(e, "msg", a.size() >= 1 ? a.get(0) : PyNone.NONE);
            Object[] details = a.size() >= 2 ? PyObjectOps.toArray(a.get(1)) : new Object[0];
            for (int i = 0; i < fields.length; i++) {
                InstanceAttrs.put(e, fields[i], i < details.length ? details[i] : PyNone.NONE);
            }
            InstanceAttrs.put(e, "print_file_and_line", PyNone.NONE);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__str__", params = {"self"}, types = "SyntaxError")
    @GenerateNodeFactory
    public abstract static class SyntaxErrorStrNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object str(Object self) {
            PyBaseException e = exc(self);
            Object msg = InstanceAttrs.get(e, "msg");
            Object filename = InstanceAttrs.get(e, "filename");
            Object lineno = InstanceAttrs.get(e, "lineno");
            String m = msg == null || msg == PyNone.NONE ? StrNode.str(self).toString() : PyObjectOps.str(msg);
            boolean haveFile = filename instanceof String;
            boolean haveLine = lineno instanceof Long;
            if (haveFile && haveLine) {
                String f = (String) filename;
                int slash = f.lastIndexOf('/');
                return m + " (" + (slash >= 0 ? f.substring(slash + 1) : f) + ", line " + lineno + ")";
            } else if (haveFile) {
                return m + " (" + filename + ")";
            } else if (haveLine) {
                return m + " (line " + lineno + ")";
            }
            return m;
        }
    }

    // ================================================================== traceback and frame objects

    @Builtin(name = "tb_frame", params = {"self"}, kind = Builtin.Kind.GETTER, types = "traceback")
    @GenerateNodeFactory
    public abstract static class TbFrameNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return ((PyTraceback) self).getFrame();
        }
    }

    @Builtin(name = "tb_lineno", params = {"self"}, kind = Builtin.Kind.GETTER, types = "traceback")
    @GenerateNodeFactory
    public abstract static class TbLinenoNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return (long) ((PyTraceback) self).getLineno();
        }
    }

    @Builtin(name = "tb_next", params = {"self"}, kind = Builtin.Kind.GETTER, types = "traceback")
    @GenerateNodeFactory
    public abstract static class TbNextNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            PyTraceback n = ((PyTraceback) self).getNext();
            return n == null ? PyNone.NONE : n;
        }
    }

    @Builtin(name = "tb_lasti", params = {"self"}, kind = Builtin.Kind.GETTER, types = "traceback")
    @GenerateNodeFactory
    public abstract static class TbLastiNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return 0L;
        }
    }

    @Builtin(name = "f_code", params = {"self"}, kind = Builtin.Kind.GETTER, types = "frame")
    @GenerateNodeFactory
    public abstract static class FCodeNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return ((PyFrame) self).getCode();
        }
    }

    @Builtin(name = "f_globals", params = {"self"}, kind = Builtin.Kind.GETTER, types = "frame")
    @GenerateNodeFactory
    public abstract static class FGlobalsNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return ((PyFrame) self).getGlobals();
        }
    }

    @Builtin(name = "f_locals", params = {"self"}, kind = Builtin.Kind.GETTER, types = "frame")
    @GenerateNodeFactory
    public abstract static class FLocalsNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            Object l = ((PyFrame) self).getLocals();
            return l == null ? new PyDict() : l;
        }
    }

    @Builtin(name = "f_lineno", params = {"self"}, kind = Builtin.Kind.GETTER, types = "frame")
    @GenerateNodeFactory
    public abstract static class FLinenoNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return (long) ((PyFrame) self).getLineno();
        }
    }

    @Builtin(name = "f_back", params = {"self"}, kind = Builtin.Kind.GETTER, types = "frame")
    @GenerateNodeFactory
    public abstract static class FBackNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            PyFrame b = ((PyFrame) self).getBack();
            return b == null ? PyNone.NONE : b;
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = {"traceback", "frame"})
    @GenerateNodeFactory
    public abstract static class TbReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            if (self instanceof PyFrame f) {
                return "<frame at " + PyObjectOps.addressOf(f) + ", file '" + f.getCode().filename + "', line " + f.getLineno() + ", code " + f.getCode().name + ">";
            }
            return "<traceback object at " + PyObjectOps.addressOf(self) + ">";
        }
    }

    static Object unused() {
        return FrameLocals.class;
    }
}
