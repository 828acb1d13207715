package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The parameters of a callable: what argument binding needs. Bound arguments are laid out as
 * CPython's {@code co_varnames} starts: positional parameters (positional-only first), keyword-only
 * parameters, then the {@code *args} tuple and the {@code **kwargs} dict when present.
 */
public final class Signature {
    /** Name used in binding errors: a Python function's qualname, a builtin's name. */
    private final String name;
    @CompilationFinal(dimensions = 1) private final String[] paramNames;
    private final int posonlyCount;
    private final int positionalCount;
    private final int kwonlyCount;
    private final String varargsName;
    private final String varkwName;

    public Signature(String name, String[] positional, int posonlyCount, String[] kwonly, String varargsName, String varkwName) {
        this.name = name;
        this.paramNames = new String[positional.length + kwonly.length];
        System.arraycopy(positional, 0, paramNames, 0, positional.length);
        System.arraycopy(kwonly, 0, paramNames, positional.length, kwonly.length);
        this.posonlyCount = posonlyCount;
        this.positionalCount = positional.length;
        this.kwonlyCount = kwonly.length;
        this.varargsName = varargsName;
        this.varkwName = varkwName;
    }

    public Signature withName(String newName) {
        String[] pos = new String[positionalCount];
        System.arraycopy(paramNames, 0, pos, 0, positionalCount);
        String[] kw = new String[kwonlyCount];
        System.arraycopy(paramNames, positionalCount, kw, 0, kwonlyCount);
        return new Signature(newName, pos, posonlyCount, kw, varargsName, varkwName);
    }

    public String getName() {
        return name;
    }

    public String[] getParamNames() {
        return paramNames;
    }

    public int getPosonlyCount() {
        return posonlyCount;
    }

    public int getPositionalCount() {
        return positionalCount;
    }

    public int getKwonlyCount() {
        return kwonlyCount;
    }

    public boolean hasVarargs() {
        return varargsName != null;
    }

    public boolean hasVarkw() {
        return varkwName != null;
    }

    public String getVarargsName() {
        return varargsName;
    }

    public String getVarkwName() {
        return varkwName;
    }

    /** Index of the *args slot in the bound array, or -1. */
    public int varargsIndex() {
        return varargsName == null ? -1 : positionalCount + kwonlyCount;
    }

    /** Index of the **kwargs slot in the bound array, or -1. */
    public int varkwIndex() {
        return varkwName == null ? -1 : positionalCount + kwonlyCount + (varargsName == null ? 0 : 1);
    }

    /** Number of slots in the bound argument array. */
    public int boundCount() {
        return positionalCount + kwonlyCount + (varargsName == null ? 0 : 1) + (varkwName == null ? 0 : 1);
    }
}
