package org.minipy.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import org.minipy.language.MiniPyLanguage;
import org.minipy.language.PythonContext;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.InstanceAttrs;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBaseException;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.TracebackPrinter;

/**
 * The root of a source evaluated through the polyglot API: runs it in the {@code __main__} module.
 * In main mode (the launcher), an uncaught exception is printed with its traceback and the process
 * exits with status 1; SystemExit always ends the context with its exit code.
 */
public final class TopLevelRootNode extends RootNode {
    private final PyCode code;
    private final PException syntaxError;

    public TopLevelRootNode(MiniPyLanguage language, PyCode code, PException syntaxError) {
        super(language);
        this.code = code;
        this.syntaxError = syntaxError;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run();
    }

    @TruffleBoundary
    private Object run() {
        PythonContext ctx = PythonContext.get(this);
        try {
            if (syntaxError != null) {
                throw syntaxError;
            }
            PyDict globals = ctx.getMainModule().getDict();
            if (code.source.getPath() != null && globals.getItemStr("__file__") == null && ctx.isMainMode()) {
                globals.setItemStr("__file__", code.source.getName());
                ctx.setProgramPathIfUnset(code.source.getName());
            }
            Object[] args = PArguments.create(0);
            args[PArguments.GLOBALS] = globals;
            Object result = code.getCallTarget().call(args);
            ctx.flushStreams();
            if (ctx.isMainMode()) {
                // the launcher ignores the value; a Java boolean spares the polyglot layer wrapping a Python object
                return Boolean.TRUE;
            }
            return org.minipy.runtime.Interop.toForeign(result);
        } catch (PException e) {
            return handleUncaught(ctx, e);
        }
    }

    @TruffleBoundary
    private Object handleUncaught(PythonContext ctx, PException e) {
        PyBaseException exc = e.getPyException();
        if (exc.getPyType().isSubtypeOf(BuiltinTypes.SYSTEM_EXIT)) {
            int status = exitStatus(ctx, exc);
            ctx.flushStreams();
            ctx.getEnv().getContext().closeExited(this, status);
            return PyNone.NONE;
        }
        if (!ctx.isMainMode()) {
            ctx.flushStreams();
            throw e;
        }
        ctx.flushStreams();
        printException(ctx, exc);
        ctx.flushStreams();
        ctx.getEnv().getContext().closeExited(this, 1);
        return PyNone.NONE;
    }

    /** Prints an uncaught exception through sys.excepthook (falling back to the default format). */
    @TruffleBoundary
    public static void printException(PythonContext ctx, PyBaseException exc) {
        Object hook = ctx.getSysModule().getDict().getItemStr("excepthook");
        Object tb = exc.getTraceback() == null ? PyNone.NONE : exc.getTraceback();
        try {
            if (hook != null) {
                CallOps.call(hook, exc.getPyType(), exc, tb);
                return;
            }
        } catch (PException inner) {
            ctx.getStderr().write("Error in sys.excepthook:\n");
            ctx.getStderr().write(TracebackPrinter.format(inner.getPyException()));
            ctx.getStderr().write("\nOriginal exception was:\n");
        }
        ctx.getStderr().write(TracebackPrinter.format(exc));
    }

    @TruffleBoundary
    static int exitStatus(PythonContext ctx, PyBaseException exc) {
        Object code = InstanceAttrs.get(exc, "code");
        if (code == null) {
            PyTuple args = exc.getArgs();
            code = args.size() == 0 ? PyNone.NONE : (args.size() == 1 ? args.get(0) : args);
        }
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        ctx.flushStreams();
        ctx.getStderr().write(PyObjectOps.str(code) + "\n");
        return 1;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String getName() {
        return "<minipy top level>";
    }
}
