package org.minipy.language;

import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.BuiltinRegistry;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyModule;
import org.minipy.runtime.PyTextIO;

/** The state of one minipy context: modules, standard streams, recursion depth. */
public final class PythonContext {
    private static final ContextReference<PythonContext> REFERENCE = ContextReference.create(MiniPyLanguage.class);

    private final MiniPyLanguage language;
    private final Env env;
    private PyModule builtinsModule;
    private PyDict builtins;
    private PyModule sysModule;
    private PyModule mainModule;
    private final PyDict modules = new PyDict();
    private PyTextIO stdout;
    private PyTextIO stderr;
    private PyTextIO stdin;
    /** Current Python call depth and limit. */
    public int depth;
    public int recursionLimit = 1000;
    /** The exception being handled by the innermost active except/finally block (sys.exc_info). */
    public Object currentException;
    private final IdentityHashMap<Object, Object> reprInProgress = new IdentityHashMap<>();
    private final boolean mainMode;

    public PythonContext(MiniPyLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.mainMode = env.getOptions().get(MiniPyLanguage.Main);
    }

    public static PythonContext get(Node node) {
        return REFERENCE.get(node);
    }

    void initialize() {
        boolean unbuffered = env.getOptions().get(MiniPyLanguage.Unbuffered);
        PyTypeHolder.init();
        stdout = new PyTextIO(BuiltinRegistry.textIOType(), "<stdout>", env.out(), null, unbuffered);
        stderr = new PyTextIO(BuiltinRegistry.textIOType(), "<stderr>", env.err(), null, true);
        stdin = new PyTextIO(BuiltinRegistry.textIOType(), "<stdin>", null, env.in(), false);
        builtins = BuiltinRegistry.createBuiltinsDict(this);
        builtinsModule = new PyModule("builtins", builtins).markBuiltin();
        modules.setItemStr("builtins", builtinsModule);
        sysModule = BuiltinRegistry.createSysModule(this);
        modules.setItemStr("sys", sysModule);
        PyDict mainDict = new PyDict();
        mainDict.setItemStr("__name__", "__main__");
        mainDict.setItemStr("__doc__", org.minipy.runtime.PyNone.NONE);
        mainDict.setItemStr("__builtins__", builtinsModule);
        mainModule = new PyModule("__main__", mainDict);
        modules.setItemStr("__main__", mainModule);
    }

    void finalizeContext() {
        flushStreams();
    }

    @TruffleBoundary
    public void flushStreams() {
        if (stdout != null) {
            Object so = sysModule == null ? null : sysModule.getDict().getItemStr("stdout");
            if (so instanceof PyTextIO t && t != stdout) {
                t.flush();
            }
            stdout.flush();
            stderr.flush();
        }
    }

    /** When run without the launcher (bin/polyglot), sys.argv[0] and sys.path[0] come from the main source. */
    @TruffleBoundary
    public void setProgramPathIfUnset(String path) {
        Object argv = sysModule.getDict().getItemStr("argv");
        if (argv instanceof org.minipy.runtime.PyList l && l.size() > 0 && "".equals(l.get(0))) {
            l.set(0, path);
            Object sysPath = sysModule.getDict().getItemStr("path");
            if (sysPath instanceof org.minipy.runtime.PyList p && p.size() > 0 && "".equals(p.get(0))) {
                int slash = path.lastIndexOf('/');
                p.set(0, slash > 0 ? path.substring(0, slash) : (slash == 0 ? "/" : ""));
            }
        }
    }

    public MiniPyLanguage getLanguage() {
        return language;
    }

    public Env getEnv() {
        return env;
    }

    public boolean isMainMode() {
        return mainMode;
    }

    public PyDict getBuiltins() {
        return builtins;
    }

    public PyModule getBuiltinsModule() {
        return builtinsModule;
    }

    public PyModule getSysModule() {
        return sysModule;
    }

    public PyModule getMainModule() {
        return mainModule;
    }

    public PyDict getModules() {
        return modules;
    }

    public PyTextIO getStdout() {
        return stdout;
    }

    public PyTextIO getStderr() {
        return stderr;
    }

    public PyTextIO getStdin() {
        return stdin;
    }

    /** id(): a stable number per object (value-based for ints, floats and strings). */
    @TruffleBoundary
    public long idOf(Object o) {
        if (o instanceof Long l) {
            return 0x7f0000000000L + (l << 5);
        }
        if (o instanceof Boolean b) {
            return b ? 0x7f0000100000L : 0x7f0000100020L;
        }
        Long id = ids.get(o);
        if (id == null) {
            id = 0x7f1000000000L + (nextId += 48);
            ids.put(o, id);
        }
        return id;
    }

    private final java.util.WeakHashMap<Object, Long> idsWeak = new java.util.WeakHashMap<>();
    private final java.util.IdentityHashMap<Object, Long> ids = new java.util.IdentityHashMap<>();
    private long nextId;

    public IdentityHashMap<Object, Object> getReprInProgress() {
        return reprInProgress;
    }

    /** Ensures static builtin type tables are initialized once. */
    static final class PyTypeHolder {
        static void init() {
            BuiltinRegistry.install();
            if (BuiltinTypes.OBJECT == null) {
                throw new IllegalStateException();
            }
        }
    }
}
