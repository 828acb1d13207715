package org.minipy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PArguments;
import org.minipy.runtime.ArgumentBinder;
import org.minipy.runtime.ArgumentBinder.Plan;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.NoValue;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyFunction;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.Signature;

/**
 * Binds the arguments of one call-site shape (positional count, keyword names, implicit self) to a
 * signature by following a precomputed {@link Plan}: on the fast path it only copies values. The
 * result is the complete argument array of the callee's frame.
 */
public final class BindArgumentsNode extends Node {
    @CompilationFinal(dimensions = 1) private final int[] kinds;
    @CompilationFinal(dimensions = 1) private final int[] operands;
    @CompilationFinal(dimensions = 1) private final int[] varkwSources;
    @CompilationFinal(dimensions = 1) private final String[] varkwNames;
    @CompilationFinal(dimensions = 1) private final String[] kwnames;
    private final int positionalCount;
    private final int sigPositional;
    private final boolean hasSelf;
    private final boolean builtin;
    private final Signature signature;

    private BindArgumentsNode(Plan plan, Signature signature, String[] kwnames, boolean hasSelf, boolean builtin) {
        this.kinds = plan.kinds;
        this.operands = plan.operands;
        this.varkwSources = plan.varkwSources;
        this.varkwNames = plan.varkwNames;
        this.positionalCount = plan.positionalCount;
        this.sigPositional = signature.getPositionalCount();
        this.kwnames = kwnames;
        this.hasSelf = hasSelf;
        this.builtin = builtin;
        this.signature = signature;
    }

    /** Returns null if this shape can never bind (the caller then takes the slow path, which raises). */
    @TruffleBoundary
    public static BindArgumentsNode create(Signature sig, int nargs, String[] kwnames, boolean hasSelf, boolean builtin, int required) {
        int npos = nargs - kwnames.length + (hasSelf ? 1 : 0);
        Plan plan = ArgumentBinder.createPlan(sig, npos, kwnames);
        if (plan == null) {
            return null;
        }
        if (builtin) {
            for (int i = 0; i < required; i++) {
                if (plan.kinds[i] != ArgumentBinder.ARG) {
                    return null;
                }
            }
        }
        return new BindArgumentsNode(plan, sig, kwnames, hasSelf, builtin);
    }

    private Object source(Object self, Object[] args, int src) {
        if (hasSelf) {
            return src == 0 ? self : args[src - 1];
        }
        return args[src];
    }

    /** The frame arguments for calling Python function {@code f}. */
    @ExplodeLoop
    public Object[] bindFunction(PyFunction f, Object self, Object[] args) {
        Object[] out = PArguments.create(kinds.length);
        out[PArguments.CALLEE] = f;
        out[PArguments.GLOBALS] = f.getGlobals();
        for (int i = 0; i < kinds.length; i++) {
            Object v;
            switch (kinds[i]) {
                case ArgumentBinder.ARG:
                    v = source(self, args, operands[i]);
                    break;
                case ArgumentBinder.DEFAULT: {
                    Object[] defs = f.getDefaults();
                    int di = operands[i] - (sigPositional - defs.length);
                    if (di < 0) {
                        CompilerDirectives.transferToInterpreter();
                        return slowFunction(f, self, args);
                    }
                    v = defs[di];
                    break;
                }
                case ArgumentBinder.KWDEFAULT: {
                    Object[] kwd = f.getKwdefaults();
                    v = kwd == null ? null : kwd[operands[i]];
                    if (v == null) {
                        CompilerDirectives.transferToInterpreter();
                        return slowFunction(f, self, args);
                    }
                    break;
                }
                case ArgumentBinder.VARARGS:
                    v = varargs(self, args, operands[i]);
                    break;
                default:
                    v = varkw(self, args);
                    break;
            }
            out[PArguments.USER_OFFSET + i] = v;
        }
        return out;
    }

    /** The bound argument array for a builtin (missing optional arguments are NoValue). */
    @ExplodeLoop
    public Object[] bindBuiltin(Object self, Object[] args) {
        Object[] out = new Object[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            Object v;
            switch (kinds[i]) {
                case ArgumentBinder.ARG:
                    v = source(self, args, operands[i]);
                    break;
                case ArgumentBinder.DEFAULT:
                case ArgumentBinder.KWDEFAULT:
                    v = NoValue.INSTANCE;
                    break;
                case ArgumentBinder.VARARGS:
                    v = varargs(self, args, operands[i]);
                    break;
                default:
                    v = varkw(self, args);
                    break;
            }
            out[i] = v;
        }
        return out;
    }

    @ExplodeLoop
    private Object varargs(Object self, Object[] args, int from) {
        int n = positionalCount - from;
        if (n <= 0) {
            return PyTuple.EMPTY;
        }
        Object[] items = new Object[n];
        for (int j = 0; j < n; j++) {
            items[j] = source(self, args, from + j);
        }
        return new PyTuple(items);
    }

    private Object varkw(Object self, Object[] args) {
        PyDict d = new PyDict();
        for (int j = 0; j < varkwSources.length; j++) {
            d.setItemStr(varkwNames[j], source(self, args, varkwSources[j]));
        }
        return d;
    }

    @TruffleBoundary
    private Object[] slowFunction(PyFunction f, Object self, Object[] args) {
        Object[] all = hasSelf ? CallOps.prepend(self, args) : args;
        Object[] out = PArguments.create(signature.boundCount());
        out[PArguments.CALLEE] = f;
        out[PArguments.GLOBALS] = f.getGlobals();
        ArgumentBinder.bind(signature, f.getQualname(), f.getDefaults(), f.getKwdefaults(), all, kwnames, out, PArguments.USER_OFFSET, null);
        return out;
    }

    public boolean isBuiltin() {
        return builtin;
    }
}
