package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.builtins.PyBuiltinNode.BuiltinN;
import org.minipy.runtime.BuiltinBinder;
import org.minipy.runtime.BuiltinInfo;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBuiltinFunction;
import org.minipy.runtime.PyCell;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyFunction;
import org.minipy.runtime.PyHash;
import org.minipy.runtime.PyMethod;
import org.minipy.runtime.PyModule;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObject;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.Signature;

/** function, method, builtin_function_or_method, method_descriptor, code and cell. */
@CoreFunctions(types = {"function", "method", "builtin_function_or_method", "method_descriptor", "wrapper_descriptor", "classmethod_descriptor", "code", "cell"})
public final class FunctionBuiltins {
    private FunctionBuiltins() {
    }

    /** Calls {@code callable(*args, **kwargs)} from a tuple and dict. */
    @TruffleBoundary
    static Object callWith(Object callable, Object self, PyTuple args, PyDict kwargs) {
        Object[] keys = kwargs.keysArray();
        Object[] pos = args.getItems();
        int off = self == null ? 0 : 1;
        Object[] all = new Object[off + pos.length + keys.length];
        if (self != null) {
            all[0] = self;
        }
        System.arraycopy(pos, 0, all, off, pos.length);
        String[] kn = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            kn[i] = (String) keys[i];
            all[off + pos.length + i] = kwargs.getItem(keys[i]);
        }
        return CallOps.call(callable, all, kn);
    }

    // ================================================================== shared by several types

    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs", types = {"function", "method", "builtin_function_or_method", "method_descriptor", "wrapper_descriptor", "classmethod_descriptor"})
    @GenerateNodeFactory
    public abstract static class CallNode extends Builtin3 {
        @Specialization
        static Object call(Object self, Object args, Object kwargs) {
            return callWith(self, null, (PyTuple) args, (PyDict) kwargs);
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = {"function", "method", "builtin_function_or_method", "method_descriptor", "wrapper_descriptor", "classmethod_descriptor", "code", "cell"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            if (self instanceof PyFunction f) {
                return "<function " + f.getQualname() + " at " + PyObjectOps.addressOf(f) + ">";
            } else if (self instanceof PyMethod m) {
                Object f = m.getFunction();
                Object name = PyObjectOps.getAttrOrNull(f, "__qualname__");
                if (name == null) {
                    name = PyObjectOps.getAttrOrNull(f, "__name__");
                }
                return "<bound method " + (name == null ? "?" : PyObjectOps.str(name)) + " of " + PyObjectOps.repr(m.getSelf()) + ">";
            } else if (self instanceof PyBuiltinFunction b) {
                BuiltinInfo info = b.getInfo();
                if (b.isBound()) {
                    Object s = b.getSelf();
                    if (s instanceof PyType t && info.getKind() == BuiltinInfo.Kind.CLASSMETHOD) {
                        return "<built-in method " + info.getName() + " of type object at " + PyObjectOps.addressOf(t) + ">";
                    }
                    return "<built-in method " + info.getName() + " of " + PyObjectOps.typeName(s) + " object at " + PyObjectOps.addressOf(s) + ">";
                }
                if (info.getOwner() == null) {
                    return "<built-in function " + info.getName() + ">";
                }
                if (info.getKind() == BuiltinInfo.Kind.NEW || info.getKind() == BuiltinInfo.Kind.STATICMETHOD) {
                    return "<built-in method " + info.getName() + " of type object at " + PyObjectOps.addressOf(info.getOwner()) + ">";
                }
                if (b.getPyType() == BuiltinTypes.WRAPPER_DESCRIPTOR) {
                    return "<slot wrapper '" + info.getName() + "' of '" + info.getOwner().getName() + "' objects>";
                }
                if (info.getKind() == BuiltinInfo.Kind.CLASSMETHOD) {
                    return "<method '" + info.getName() + "' of '" + info.getOwner().getName() + "' objects>";
                }
                return "<method '" + info.getName() + "' of '" + info.getOwner().getName() + "' objects>";
            } else if (self instanceof PyCode c) {
                return "<code object " + c.name + " at " + PyObjectOps.addressOf(c) + ", file \"" + c.filename + "\", line " + c.firstlineno + ">";
            } else if (self instanceof PyCell c) {
                if (c.ref == null) {
                    return "<cell at " + PyObjectOps.addressOf(c) + ": empty>";
                }
                return "<cell at " + PyObjectOps.addressOf(c) + ": " + PyObjectOps.typeName(c.ref) + " object at " + PyObjectOps.addressOf(c.ref) + ">";
            }
            return PyObjectOps.defaultRepr(self);
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner"}, required = 2, types = {"function", "method_descriptor", "wrapper_descriptor", "classmethod_descriptor", "method"})
    @GenerateNodeFactory
    public abstract static class GetNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object instance, Object owner) {
            PyType type = owner instanceof PyType t ? t : null;
            if (instance == PyNone.NONE && (self instanceof PyFunction || (self instanceof PyBuiltinFunction b && b.getInfo().getKind() == BuiltinInfo.Kind.METHOD))) {
                if (type == null && owner != org.minipy.runtime.NoValue.INSTANCE && owner != PyNone.NONE) {
                    return self;
                }
                if (type == null) {
                    throw PException.typeError("__get__(None, None) is invalid");
                }
                return self;
            }
            if (self instanceof PyMethod) {
                return self;
            }
            return PyObjectOps.descrGet(self, instance, type);
        }
    }

    @Builtin(name = "__name__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"function", "method", "builtin_function_or_method", "method_descriptor", "wrapper_descriptor", "classmethod_descriptor"})
    @GenerateNodeFactory
    public abstract static class NameNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object name(Object self) {
            if (self instanceof PyFunction f) {
                return f.getName();
            } else if (self instanceof PyBuiltinFunction b) {
                return b.getName();
            } else if (self instanceof PyMethod m) {
                return PyObjectOps.getAttr(m.getFunction(), "__name__");
            }
            throw PyObjectOps.noAttribute(self, "__name__");
        }
    }

    @Builtin(name = "__name__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class SetNameNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setName(Object self, Object value) {
            if (self instanceof PyFunction f) {
                if (!(value instanceof String s)) {
                    throw PException.typeError("__name__ must be set to a string object");
                }
                f.setName(s);
                return PyNone.NONE;
            }
            throw PException.attributeError("attribute '__name__' of '" + PyObjectOps.typeName(self) + "' objects is not writable");
        }
    }

    @Builtin(name = "__qualname__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"function", "method", "builtin_function_or_method", "method_descriptor", "wrapper_descriptor", "classmethod_descriptor"})
    @GenerateNodeFactory
    public abstract static class QualnameNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object qualname(Object self) {
            if (self instanceof PyFunction f) {
                return f.getQualname();
            } else if (self instanceof PyBuiltinFunction b) {
                BuiltinInfo info = b.getInfo();
                if (info.getOwner() != null) {
                    return info.getOwner().getName() + "." + info.getName();
                }
                return info.getName();
            } else if (self instanceof PyMethod m) {
                return PyObjectOps.getAttr(m.getFunction(), "__qualname__");
            }
            throw PyObjectOps.noAttribute(self, "__qualname__");
        }
    }

    @Builtin(name = "__qualname__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class SetQualnameNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setQualname(Object self, Object value) {
            if (self instanceof PyFunction f) {
                if (!(value instanceof String s)) {
                    throw PException.typeError("__qualname__ must be set to a string object");
                }
                f.setQualname(s);
                return PyNone.NONE;
            }
            throw PException.attributeError("attribute '__qualname__' of '" + PyObjectOps.typeName(self) + "' objects is not writable");
        }
    }

    @Builtin(name = "__module__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"function", "method", "builtin_function_or_method", "method_descriptor", "wrapper_descriptor", "classmethod_descriptor"})
    @GenerateNodeFactory
    public abstract static class ModuleNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object module(Object self) {
            if (self instanceof PyFunction f) {
                return f.getModule();
            } else if (self instanceof PyBuiltinFunction b) {
                if (b.getInfo().getModule() != null) {
                    return b.getInfo().getModule();
                }
                return PyNone.NONE;
            } else if (self instanceof PyMethod m) {
                return PyObjectOps.getAttr(m.getFunction(), "__module__");
            }
            throw PyObjectOps.noAttribute(self, "__module__");
        }
    }

    @Builtin(name = "__module__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class SetModuleNode extends Builtin2 {
        @Specialization
        static Object setModule(Object self, Object value) {
            if (self instanceof PyFunction f) {
                f.setModule(BuiltinFunctions.given(value) ? value : PyNone.NONE);
                return PyNone.NONE;
            }
            throw PException.attributeError("attribute '__module__' of '" + PyObjectOps.typeName(self) + "' objects is not writable");
        }
    }

    @Builtin(name = "__doc__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"function", "method", "builtin_function_or_method", "method_descriptor", "wrapper_descriptor", "classmethod_descriptor"})
    @GenerateNodeFactory
    public abstract static class DocNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object doc(Object self) {
            if (self instanceof PyFunction f) {
                return f.getDoc();
            } else if (self instanceof PyBuiltinFunction b) {
                String d = b.getInfo().getDoc();
                return d == null || d.isEmpty() ? PyNone.NONE : d;
            } else if (self instanceof PyMethod m) {
                return PyObjectOps.getAttr(m.getFunction(), "__doc__");
            } else if (self instanceof PyCode) {
                return PyNone.NONE;
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__doc__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class SetDocNode extends Builtin2 {
        @Specialization
        static Object setDoc(Object self, Object value) {
            if (self instanceof PyFunction f) {
                f.setDoc(BuiltinFunctions.given(value) ? value : PyNone.NONE);
                return PyNone.NONE;
            }
            throw PException.attributeError("attribute '__doc__' of '" + PyObjectOps.typeName(self) + "' objects is not writable");
        }
    }

    @Builtin(name = "__self__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"method", "builtin_function_or_method"}, member = true)
    @GenerateNodeFactory
    public abstract static class SelfNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object self(Object self) {
            if (self instanceof PyMethod m) {
                return m.getSelf();
            } else if (self instanceof PyBuiltinFunction b) {
                if (b.isBound() || b.getSelf() != null) {
                    return b.getSelf();
                }
                return PyNone.NONE;
            }
            throw PyObjectOps.noAttribute(self, "__self__");
        }
    }

    @Builtin(name = "__func__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"method"}, member = true)
    @GenerateNodeFactory
    public abstract static class FuncNode extends Builtin1 {
        @Specialization
        static Object func(Object self) {
            if (self instanceof PyMethod m) {
                return m.getFunction();
            }
            throw PyObjectOps.noAttribute(self, "__func__");
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"}, types = {"method", "builtin_function_or_method"})
    @GenerateNodeFactory
    public abstract static class EqNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object eq(Object self, Object other) {
            if (self instanceof PyMethod a) {
                if (!(other instanceof PyMethod b)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                return a.getSelf() == b.getSelf() && PyObjectOps.richCompareBool(a.getFunction(), b.getFunction(), PyObjectOps.EQ);
            }
            if (self instanceof PyBuiltinFunction a && a.isBound()) {
                if (!(other instanceof PyBuiltinFunction b)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                return a.getInfo() == b.getInfo() && a.getSelf() == b.getSelf();
            }
            return self == other ? (Object) true : PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", params = {"self"}, types = {"method", "builtin_function_or_method"})
    @GenerateNodeFactory
    public abstract static class HashNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object hash(Object self) {
            if (self instanceof PyMethod m) {
                return PyHash.identityHash(m.getSelf()) ^ org.minipy.runtime.PyHash.hash(m.getFunction());
            }
            if (self instanceof PyBuiltinFunction b && b.isBound()) {
                return PyHash.identityHash(b.getSelf()) ^ PyHash.identityHash(b.getInfo());
            }
            return PyHash.identityHash(self);
        }
    }

    @Builtin(name = "__getattribute__", params = {"self", "name"}, types = {"method"})
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getattribute(Object self, Object name) {
            String s = (String) name;
            Object v = PyObjectOps.genericGetAttrOrNull(self, s);
            if (v != null) {
                return v;
            }
            if (self instanceof PyMethod m) {
                return PyObjectOps.getAttr(m.getFunction(), s);
            }
            throw PyObjectOps.noAttribute(self, s);
        }
    }

    @Builtin(name = "__text_signature__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"builtin_function_or_method", "method_descriptor", "wrapper_descriptor", "classmethod_descriptor"})
    @GenerateNodeFactory
    public abstract static class TextSignatureNode extends Builtin1 {
        @Specialization
        static Object sig(Object self) {
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__objclass__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"method_descriptor", "wrapper_descriptor", "classmethod_descriptor"})
    @GenerateNodeFactory
    public abstract static class ObjClassNode extends Builtin1 {
        @Specialization
        static Object objclass(Object self) {
            if (self instanceof PyBuiltinFunction b && b.getInfo().getOwner() != null) {
                return b.getInfo().getOwner();
            }
            throw PyObjectOps.noAttribute(self, "__objclass__");
        }
    }

    // ================================================================== function-only attributes

    static PyFunction fn(Object o, String attr) {
        if (o instanceof PyFunction f) {
            return f;
        }
        throw PyObjectOps.noAttribute(o, attr);
    }

    @Builtin(name = "__code__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class CodeNode extends Builtin1 {
        @Specialization
        static Object code(Object self) {
            return fn(self, "__code__").getCode();
        }
    }

    @Builtin(name = "__code__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class SetCodeNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setCode(Object self, Object value) {
            PyFunction f = fn(self, "__code__");
            if (!(value instanceof PyCode c)) {
                throw PException.typeError("__code__ must be set to a code object");
            }
            if (c.freevars.length != f.getClosure().length) {
                throw PException.valueError(f.getName() + "() requires a code object with " + f.getClosure().length + " free vars, not " + c.freevars.length);
            }
            f.setCode(c);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__globals__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"function"}, member = true)
    @GenerateNodeFactory
    public abstract static class GlobalsNode extends Builtin1 {
        @Specialization
        static Object globals(Object self) {
            return fn(self, "__globals__").getGlobals();
        }
    }

    @Builtin(name = "__builtins__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"function"}, member = true)
    @GenerateNodeFactory
    public abstract static class BuiltinsNode extends Builtin1 {
        @Specialization
        static Object builtins(Object self) {
            return org.minipy.language.PythonContext.get(null).getBuiltins();
        }
    }

    @Builtin(name = "__defaults__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class DefaultsNode extends Builtin1 {
        @Specialization
        static Object defaults(Object self) {
            Object[] d = fn(self, "__defaults__").getDefaults();
            return d.length == 0 ? PyNone.NONE : new PyTuple(d.clone());
        }
    }

    @Builtin(name = "__defaults__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class SetDefaultsNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setDefaults(Object self, Object value) {
            PyFunction f = fn(self, "__defaults__");
            if (value == PyNone.NONE || !BuiltinFunctions.given(value)) {
                f.setDefaults(new Object[0]);
            } else if (value instanceof PyTuple t) {
                f.setDefaults(t.getItems().clone());
            } else {
                throw PException.typeError("__defaults__ must be set to a tuple object");
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__kwdefaults__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class KwdefaultsNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object kwdefaults(Object self) {
            PyFunction f = fn(self, "__kwdefaults__");
            Object[] kd = f.getKwdefaults();
            if (kd == null) {
                return PyNone.NONE;
            }
            Signature sig = f.getCode().signature;
            PyDict d = new PyDict();
            String[] names = sig.getParamNames();
            for (int i = 0; i < kd.length; i++) {
                if (kd[i] != null) {
                    d.setItemStr(names[sig.getPositionalCount() + i], kd[i]);
                }
            }
            return d;
        }
    }

    @Builtin(name = "__kwdefaults__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class SetKwdefaultsNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setKwdefaults(Object self, Object value) {
            PyFunction f = fn(self, "__kwdefaults__");
            if (value == PyNone.NONE || !BuiltinFunctions.given(value)) {
                f.setKwdefaults(null);
                return PyNone.NONE;
            }
            if (!(value instanceof PyDict d)) {
                throw PException.typeError("__kwdefaults__ must be set to a dict object");
            }
            Signature sig = f.getCode().signature;
            Object[] kd = new Object[sig.getKwonlyCount()];
            String[] names = sig.getParamNames();
            for (int i = 0; i < kd.length; i++) {
                kd[i] = d.getItemStr(names[sig.getPositionalCount() + i]);
            }
            f.setKwdefaults(kd);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__closure__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"function"}, member = true)
    @GenerateNodeFactory
    public abstract static class ClosureNode extends Builtin1 {
        @Specialization
        static Object closure(Object self) {
            PyCell[] c = fn(self, "__closure__").getClosure();
            if (c.length == 0) {
                return PyNone.NONE;
            }
            return new PyTuple(c.clone());
        }
    }

    @Builtin(name = "__annotations__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class AnnotationsNode extends Builtin1 {
        @Specialization
        static Object annotations(Object self) {
            PyFunction f = fn(self, "__annotations__");
            if (f.getAnnotations() == null) {
                f.setAnnotations(new PyDict());
            }
            return f.getAnnotations();
        }
    }

    @Builtin(name = "__annotations__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = {"function"})
    @GenerateNodeFactory
    public abstract static class SetAnnotationsNode extends Builtin2 {
        @Specialization
        static Object setAnnotations(Object self, Object value) {
            fn(self, "__annotations__").setAnnotations(BuiltinFunctions.given(value) ? value : null);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__new__", params = {"cls", "code", "globals", "name", "argdefs", "closure"}, required = 3, kind = Builtin.Kind.NEW, types = {"function"})
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object newFunction(Object[] args) {
            Object cls = args[0];
            if (cls != BuiltinTypes.FUNCTION) {
                throw PException.typeError("cannot create '" + PyObjectOps.typeName(cls) + "' instances");
            }
            if (!(args[1] instanceof PyCode code)) {
                throw PException.typeError("function() argument 'code' must be code, not " + PyObjectOps.typeName(args[1]));
            }
            if (!(args[2] instanceof PyDict globals)) {
                throw PException.typeError("function() argument 'globals' must be dict, not " + PyObjectOps.typeName(args[2]));
            }
            Object[] defaults = null;
            if (BuiltinFunctions.given(args[4]) && args[4] != PyNone.NONE) {
                if (!(args[4] instanceof PyTuple t)) {
                    throw PException.typeError("arg 4 (defaults) must be None or tuple");
                }
                defaults = t.getItems().clone();
            }
            PyCell[] closure = new PyCell[0];
            boolean haveClosure = BuiltinFunctions.given(args[5]) && args[5] != PyNone.NONE;
            if (code.freevars.length > 0 && !haveClosure) {
                throw PException.typeError("arg 5 (closure) must be tuple");
            }
            if (haveClosure) {
                if (!(args[5] instanceof PyTuple ct)) {
                    throw PException.typeError("arg 5 (closure) must be None or tuple");
                }
                Object[] items = ct.getItems();
                closure = new PyCell[items.length];
                for (int i = 0; i < items.length; i++) {
                    if (!(items[i] instanceof PyCell c)) {
                        throw PException.typeError("arg 5 (closure) expected cell, found " + PyObjectOps.typeName(items[i]));
                    }
                    closure[i] = c;
                }
            }
            if (closure.length != code.freevars.length) {
                throw PException.valueError(code.name + " requires closure of length " + code.freevars.length + ", not " + closure.length);
            }
            PyFunction f = new PyFunction(code, globals, defaults, null, closure);
            if (BuiltinFunctions.given(args[3]) && args[3] != PyNone.NONE) {
                if (!(args[3] instanceof String n)) {
                    throw PException.typeError("arg 3 (name) must be None or string");
                }
                f.setName(n);
            }
            return f;
        }
    }

    @Builtin(name = "__new__", params = {"cls", "function", "instance"}, kind = Builtin.Kind.NEW, types = "method")
    @GenerateNodeFactory
    public abstract static class MethodNewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newMethod(Object cls, Object function, Object instance) {
            if (PyObjectOps.type(function).lookup("__call__") == null) {
                throw PException.typeError("first argument must be callable");
            }
            if (instance == PyNone.NONE) {
                throw PException.typeError("instance must not be None");
            }
            return new PyMethod(function, instance);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "contents"}, required = 1, kind = Builtin.Kind.NEW, types = "cell")
    @GenerateNodeFactory
    public abstract static class CellNewNode extends Builtin2 {
        @Specialization
        static Object newCell(Object cls, Object contents) {
            return new PyCell(BuiltinFunctions.given(contents) ? contents : null);
        }
    }

    // ================================================================== code objects

    static PyCode code(Object o) {
        if (o instanceof PyCode c) {
            return c;
        }
        throw PException.typeError("descriptor requires a 'code' object");
    }

    static PyTuple strTuple(String[] names) {
        return new PyTuple(names.clone());
    }

    @Builtin(name = "co_name", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoNameNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return code(self).name;
        }
    }

    @Builtin(name = "co_qualname", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoQualnameNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return code(self).qualname;
        }
    }

    @Builtin(name = "co_filename", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoFilenameNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return code(self).filename;
        }
    }

    @Builtin(name = "co_firstlineno", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoFirstlinenoNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return (long) code(self).firstlineno;
        }
    }

    @Builtin(name = "co_argcount", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoArgcountNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return (long) code(self).argcount;
        }
    }

    @Builtin(name = "co_posonlyargcount", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoPosonlyNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return (long) code(self).posonlyargcount;
        }
    }

    @Builtin(name = "co_kwonlyargcount", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoKwonlyNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return (long) code(self).kwonlyargcount;
        }
    }

    @Builtin(name = "co_nlocals", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoNlocalsNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return (long) code(self).varnames.length;
        }
    }

    @Builtin(name = "co_varnames", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoVarnamesNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return strTuple(code(self).varnames);
        }
    }

    @Builtin(name = "co_cellvars", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoCellvarsNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return strTuple(code(self).cellvars);
        }
    }

    @Builtin(name = "co_freevars", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoFreevarsNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return strTuple(code(self).freevars);
        }
    }

    @Builtin(name = "co_names", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoNamesNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            code(self).getCallTarget();
            return strTuple(code(self).names);
        }
    }

    @Builtin(name = "co_consts", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoConstsNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            PyCode c = code(self);
            c.getCallTarget();
            return new PyTuple(c.consts.clone());
        }
    }

    @Builtin(name = "co_flags", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoFlagsNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return (long) code(self).flags;
        }
    }

    @Builtin(name = "co_stacksize", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoStacksizeNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return 8L;
        }
    }

    @Builtin(name = "co_code", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"code"}, member = true)
    @GenerateNodeFactory
    public abstract static class CoCodeNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return new org.minipy.runtime.PyBytes(new byte[0]);
        }
    }

    @Builtin(name = "replace", params = {"self"}, kwonly = {"co_name", "co_qualname", "co_filename", "co_firstlineno", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
                    "co_flags", "co_varnames", "co_names", "co_consts", "co_freevars", "co_cellvars", "co_nlocals", "co_stacksize", "co_code", "co_linetable", "co_exceptiontable"}, types = {"code"})
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object replace(Object[] args) {
            PyCode c = code(args[0]).copy();
            String[] names = {"co_name", "co_qualname", "co_filename"};
            for (int i = 0; i < names.length; i++) {
                Object v = args[1 + i];
                if (BuiltinFunctions.given(v) && !(v instanceof String)) {
                    throw PException.typeError("replace() argument '" + names[i] + "' must be str, not " + PyObjectOps.typeName(v));
                }
            }
            for (int i = 4; i <= 8; i++) {
                Object v = args[i];
                if (BuiltinFunctions.given(v) && !(v instanceof Long)) {
                    throw PException.typeError("replace() argument '" + new String[]{"", "", "", "", "co_firstlineno", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_flags"}[i] +
                                    "' must be int, not " + PyObjectOps.typeName(v));
                }
            }
            if (BuiltinFunctions.given(args[1])) {
                c.name = (String) args[1];
            }
            if (BuiltinFunctions.given(args[2])) {
                c.qualname = (String) args[2];
            }
            if (BuiltinFunctions.given(args[3])) {
                c.filename = (String) args[3];
            }
            if (BuiltinFunctions.given(args[4])) {
                c.firstlineno = (int) org.minipy.runtime.PyLong.asLong(args[4]);
            }
            if (BuiltinFunctions.given(args[8])) {
                c.flags = (int) org.minipy.runtime.PyLong.asLong(args[8]);
            }
            return c;
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"}, types = {"code"})
    @GenerateNodeFactory
    public abstract static class CodeEqNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object eq(Object self, Object other) {
            if (self == other) {
                return true;
            }
            if (!(self instanceof PyCode a) || !(other instanceof PyCode b)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            // CPython compares the executable parts, not co_qualname or co_filename
            return a.getCallTarget() == b.getCallTarget() && a.name.equals(b.name) && a.argcount == b.argcount && a.posonlyargcount == b.posonlyargcount &&
                            a.kwonlyargcount == b.kwonlyargcount && a.flags == b.flags && a.firstlineno == b.firstlineno && a.consts == b.consts && a.names == b.names;
        }
    }

    // ================================================================== cells

    @Builtin(name = "__eq__", params = {"self", "other"}, types = "cell")
    @GenerateNodeFactory
    public abstract static class CellEqNode extends Builtin2 {
        @Specialization
        static Object eq(Object self, Object other) {
            return CellCompare.compare(self, other, PyObjectOps.EQ);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"}, types = "cell")
    @GenerateNodeFactory
    public abstract static class CellNeNode extends Builtin2 {
        @Specialization
        static Object ne(Object self, Object other) {
            return CellCompare.compare(self, other, PyObjectOps.NE);
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"}, types = "cell")
    @GenerateNodeFactory
    public abstract static class CellLtNode extends Builtin2 {
        @Specialization
        static Object lt(Object self, Object other) {
            return CellCompare.compare(self, other, PyObjectOps.LT);
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"}, types = "cell")
    @GenerateNodeFactory
    public abstract static class CellLeNode extends Builtin2 {
        @Specialization
        static Object le(Object self, Object other) {
            return CellCompare.compare(self, other, PyObjectOps.LE);
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"}, types = "cell")
    @GenerateNodeFactory
    public abstract static class CellGtNode extends Builtin2 {
        @Specialization
        static Object gt(Object self, Object other) {
            return CellCompare.compare(self, other, PyObjectOps.GT);
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"}, types = "cell")
    @GenerateNodeFactory
    public abstract static class CellGeNode extends Builtin2 {
        @Specialization
        static Object ge(Object self, Object other) {
            return CellCompare.compare(self, other, PyObjectOps.GE);
        }
    }

    /** Cells compare by contents; an empty cell is smaller than any full one. */
    static final class CellCompare {
        @TruffleBoundary
        static Object compare(Object self, Object other, int op) {
            if (!(other instanceof PyCell o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            Object a = ((PyCell) self).ref;
            Object b = o.ref;
            if (a != null && b != null) {
                return PyObjectOps.richCompare(a, b, op);
            }
            int c = Boolean.compare(a != null, b != null);
            switch (op) {
                case PyObjectOps.LT:
                    return c < 0;
                case PyObjectOps.LE:
                    return c <= 0;
                case PyObjectOps.EQ:
                    return c == 0;
                case PyObjectOps.NE:
                    return c != 0;
                case PyObjectOps.GT:
                    return c > 0;
                default:
                    return c >= 0;
            }
        }
    }

    @Builtin(name = "cell_contents", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"cell"})
    @GenerateNodeFactory
    public abstract static class CellContentsNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            PyCell c = (PyCell) self;
            if (c.ref == null) {
                throw PException.valueError("Cell is empty");
            }
            return c.ref;
        }
    }

    @Builtin(name = "cell_contents", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = {"cell"})
    @GenerateNodeFactory
    public abstract static class SetCellContentsNode extends Builtin2 {
        @Specialization
        static Object set(Object self, Object value) {
            ((PyCell) self).ref = BuiltinFunctions.given(value) ? value : null;
            return PyNone.NONE;
        }
    }

    static Object unused() {
        return PyObject.class.getName() + PyModule.class.getName() + BuiltinBinder.class.getName();
    }
}
