package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin0;
import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.language.MiniPyLanguage;
import org.minipy.language.PythonContext;
import org.minipy.nodes.TopLevelRootNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.ImportOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBaseException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyLong;
import org.minipy.runtime.PyModule;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObject;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTextIO;
import org.minipy.runtime.PyTraceback;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.InstanceAttrs;
import org.minipy.runtime.TracebackPrinter;

/** The {@code sys} module. */
@CoreFunctions(module = "sys")
public final class SysModule {
    private SysModule() {
    }

    @TruffleBoundary
    static PyModule create(PythonContext ctx) {
        PyDict d = new PyDict();
        d.setItemStr("__name__", "sys");
        d.setItemStr("__doc__", PyNone.NONE);
        PyModule m = new PyModule("sys", d).markBuiltin();
        BuiltinRegistry.addModuleFunctions("sys", d, m);
        String[] args = ctx.getEnv().getApplicationArguments();
        String program = ctx.getEnv().getOptions().get(MiniPyLanguage.ProgramName);
        PyList argv = new PyList();
        if (!program.isEmpty() || args.length > 0) {
            argv.append(program);
        } else {
            argv.append("");
        }
        for (String a : args) {
            argv.append(a);
        }
        d.setItemStr("argv", argv);
        d.setItemStr("orig_argv", new PyList(argv.toArray()));
        PyList path = new PyList();
        String scriptDir = "";
        if (!program.isEmpty() && !program.equals("-c") && !program.equals("-m")) {
            scriptDir = scriptDirectory(ctx, program);
        }
        path.append(scriptDir);
        String extra = ctx.getEnv().getOptions().get(MiniPyLanguage.PythonPath);
        if (!extra.isEmpty()) {
            for (String p : extra.split(java.io.File.pathSeparator)) {
                if (!p.isEmpty()) {
                    path.append(p);
                }
            }
        }
        if (!ctx.getEnv().getOptions().get(MiniPyLanguage.IgnoreEnvironment)) {
            String pp = ctx.getEnv().getEnvironment().get("PYTHONPATH");
            if (pp != null && !pp.isEmpty()) {
                for (String p : pp.split(java.io.File.pathSeparator)) {
                    if (!p.isEmpty()) {
                        path.append(p);
                    }
                }
            }
        }
        path.append(ImportOps.LIB_PATH_ENTRY);
        d.setItemStr("path", path);
        d.setItemStr("modules", ctx.getModules());
        d.setItemStr("stdout", ctx.getStdout());
        d.setItemStr("stderr", ctx.getStderr());
        d.setItemStr("stdin", ctx.getStdin());
        d.setItemStr("__stdout__", ctx.getStdout());
        d.setItemStr("__stderr__", ctx.getStderr());
        d.setItemStr("__stdin__", ctx.getStdin());
        d.setItemStr("version", "3.11.7 (minipy on GraalVM Truffle)");
        d.setItemStr("version_info", PyTuple.of(3L, 11L, 7L, "final", 0L));
        d.setItemStr("hexversion", 0x030b07f0L);
        d.setItemStr("api_version", 1013L);
        d.setItemStr("platform", "linux");
        d.setItemStr("byteorder", "little");
        d.setItemStr("maxsize", Long.MAX_VALUE);
        d.setItemStr("maxunicode", 0x10ffffL);
        d.setItemStr("executable", "minipy");
        d.setItemStr("prefix", "/usr");
        d.setItemStr("exec_prefix", "/usr");
        d.setItemStr("base_prefix", "/usr");
        d.setItemStr("copyright", "minipy");
        d.setItemStr("dont_write_bytecode", true);
        d.setItemStr("builtin_module_names", PyTuple.of("builtins", "sys"));
        d.setItemStr("warnoptions", new PyList());
        d.setItemStr("float_repr_style", "short");
        PyObject impl = new PyObject(BuiltinTypes.SIMPLE_NAMESPACE);
        InstanceAttrs.put(impl, "name", "minipy");
        InstanceAttrs.put(impl, "cache_tag", PyNone.NONE);
        InstanceAttrs.put(impl, "version", PyTuple.of(0L, 1L, 0L, "alpha", 0L));
        d.setItemStr("implementation", impl);
        d.setItemStr("excepthook", d.getItemStr("__excepthook__"));
        d.setItemStr("displayhook", d.getItemStr("__displayhook__"));
        PyObject flags = new PyObject(BuiltinTypes.SIMPLE_NAMESPACE);
        for (String f : new String[]{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
                        "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}) {
            InstanceAttrs.put(flags, f, 0L);
        }
        d.setItemStr("flags", flags);
        return m;
    }

    @Builtin(name = "exit", params = {"status"}, required = 0)
    @GenerateNodeFactory
    public abstract static class ExitNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object exit(Object status) {
            Object[] args = BuiltinFunctions.given(status) ? new Object[]{status} : new Object[0];
            throw new PException((PyBaseException) CallOps.call(BuiltinTypes.SYSTEM_EXIT, args), null);
        }
    }

    @Builtin(name = "getrecursionlimit", params = {})
    @GenerateNodeFactory
    public abstract static class GetRecursionLimitNode extends Builtin0 {
        @Specialization
        Object get() {
            return (long) PythonContext.get(this).recursionLimit;
        }
    }

    @Builtin(name = "setrecursionlimit", params = {"limit"})
    @GenerateNodeFactory
    public abstract static class SetRecursionLimitNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        Object set(Object limit) {
            if (!(limit instanceof Long l)) {
                if (limit instanceof Double) {
                    throw PException.typeError("'float' object cannot be interpreted as an integer");
                }
                throw PException.typeError("'" + PyObjectOps.typeName(limit) + "' object cannot be interpreted as an integer");
            }
            if (l < 1) {
                throw PException.valueError("recursion limit must be greater or equal than 1");
            }
            PythonContext ctx = PythonContext.get(this);
            if (l <= ctx.depth) {
                throw PException.raise(BuiltinTypes.RECURSION_ERROR, "cannot set the recursion limit to " + l + " at the recursion depth " + ctx.depth + ": the limit is too low");
            }
            ctx.recursionLimit = (int) Math.min(l, Integer.MAX_VALUE);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "exc_info", params = {})
    @GenerateNodeFactory
    public abstract static class ExcInfoNode extends Builtin0 {
        @Specialization
        @TruffleBoundary
        Object excInfo() {
            Object e = PythonContext.get(this).currentException;
            if (e instanceof PyBaseException exc) {
                return PyTuple.of(exc.getPyType(), exc, exc.getTraceback() == null ? PyNone.NONE : exc.getTraceback());
            }
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
    }

    @Builtin(name = "exception", params = {})
    @GenerateNodeFactory
    public abstract static class ExceptionNode extends Builtin0 {
        @Specialization
        Object exception() {
            Object e = PythonContext.get(this).currentException;
            return e == null ? PyNone.NONE : e;
        }
    }

    @Builtin(name = "__excepthook__", params = {"type", "value", "traceback"})
    @GenerateNodeFactory
    public abstract static class ExceptHookNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        Object hook(Object type, Object value, Object tb) {
            PythonContext ctx = PythonContext.get(this);
            if (value instanceof PyBaseException e) {
                if (tb instanceof PyTraceback t) {
                    e.setTraceback(t);
                }
                writeErr(ctx, TracebackPrinter.format(e));
            } else {
                writeErr(ctx, PyObjectOps.str(value) + "\n");
            }
            return PyNone.NONE;
        }
    }

    @TruffleBoundary
    static void writeErr(PythonContext ctx, String s) {
        Object err = ctx.getSysModule().getDict().getItemStr("stderr");
        if (err instanceof PyTextIO t) {
            t.write(s);
            t.flush();
        } else if (err != null && err != PyNone.NONE) {
            CallOps.call(PyObjectOps.getAttr(err, "write"), s);
        }
    }

    @Builtin(name = "__displayhook__", params = {"value"})
    @GenerateNodeFactory
    public abstract static class DisplayHookNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        Object hook(Object value) {
            if (value == PyNone.NONE) {
                return PyNone.NONE;
            }
            PythonContext ctx = PythonContext.get(this);
            ctx.getBuiltins().setItemStr("_", PyNone.NONE);
            String r = PyObjectOps.repr(value);
            Object out = ctx.getSysModule().getDict().getItemStr("stdout");
            if (out instanceof PyTextIO t) {
                t.write(r + "\n");
            } else {
                CallOps.call(PyObjectOps.getAttr(out, "write"), r + "\n");
            }
            ctx.getBuiltins().setItemStr("_", value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "intern", params = {"string"})
    @GenerateNodeFactory
    public abstract static class InternNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object intern(Object s) {
            if (!(s instanceof String str)) {
                throw PException.typeError("intern() argument must be str, not " + PyObjectOps.typeName(s));
            }
            return str.intern();
        }
    }

    @Builtin(name = "getsizeof", params = {"object", "default"}, required = 1)
    @GenerateNodeFactory
    public abstract static class GetSizeOfNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getsizeof(Object o, Object dflt) {
            org.minipy.runtime.PyType t = PyObjectOps.type(o);
            // CPython adds the GC header only for objects the cycle collector tracks
            long gcHeader = t.isBuiltin() && NOT_GC_TRACKED.contains(t.getName()) ? 0 : 16;
            Object m = t.lookup("__sizeof__");
            if (m == null) {
                return gcHeader;
            }
            return PyLong.asLong(CallOps.callUnbound(m, o, new Object[0], CallOps.NO_KW)) + gcHeader;
        }

        private static final java.util.Set<String> NOT_GC_TRACKED = java.util.Set.of("int", "bool", "float", "complex", "str", "bytes", "NoneType", "range",
                        "ellipsis", "NotImplementedType");
    }

    @Builtin(name = "getdefaultencoding", params = {})
    @GenerateNodeFactory
    public abstract static class GetDefaultEncodingNode extends Builtin0 {
        @Specialization
        static Object get() {
            return "utf-8";
        }
    }

    @Builtin(name = "getfilesystemencoding", params = {})
    @GenerateNodeFactory
    public abstract static class GetFsEncodingNode extends Builtin0 {
        @Specialization
        static Object get() {
            return "utf-8";
        }
    }

    @Builtin(name = "_getframe", params = {"depth"}, required = 0)
    @GenerateNodeFactory
    public abstract static class GetFrameNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        Object getframe(Object depth) {
            long d = BuiltinFunctions.given(depth) ? PyLong.asLong(depth) : 0;
            java.util.List<org.minipy.runtime.PyFrame> frames = org.minipy.runtime.FrameLocals.pythonFrames(this);
            if (d < 0 || d >= frames.size()) {
                throw PException.valueError("call stack is not deep enough");
            }
            return frames.get((int) d);
        }
    }

    static Object unused() {
        return TopLevelRootNode.class;
    }
    /** sys.path[0] for a script: its directory with symbolic links and "." / ".." resolved, as CPython's realpath. */
    private static String scriptDirectory(PythonContext ctx, String program) {
        try {
            com.oracle.truffle.api.TruffleFile dir = ctx.getEnv().getPublicTruffleFile(program).getCanonicalFile().getParent();
            if (dir != null) {
                return dir.getPath();
            }
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            // fall back to the directory as written
        }
        int slash = program.lastIndexOf('/');
        if (slash == 0) {
            return "/";
        }
        return slash > 0 ? program.substring(0, slash) : "";
    }
}
