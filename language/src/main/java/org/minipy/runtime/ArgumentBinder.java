package org.minipy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Binds call arguments to a {@link Signature} with CPython 3.11's rules and error messages
 * ({@code initialize_locals} in ceval.c). Arguments arrive vectorcall-style: positional values, then
 * keyword values, with the keyword names in a separate array.
 *
 * <p>{@link #createPlan} precomputes the binding for one call-site shape, so that cached call sites
 * only copy values; {@link #bind} is the general path and produces every error message.
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    /** Sources of one bound slot in a {@link Plan}. */
    public static final int ARG = 0;
    public static final int DEFAULT = 1;
    public static final int KWDEFAULT = 2;
    public static final int VARARGS = 3;
    public static final int VARKW = 4;

    /**
     * A binding recipe for a fixed call shape. For slot {@code i}: {@code kinds[i]} says where the value
     * comes from and {@code operands[i]} is the argument index, parameter index or keyword-only index.
     * VARARGS takes positional arguments from {@code operands[i]} to the positional count; VARKW takes
     * the keyword arguments listed in {@link #varkwSources} with names {@link #varkwNames}.
     */
    public static final class Plan {
        public final int[] kinds;
        public final int[] operands;
        public final int[] varkwSources;
        public final String[] varkwNames;
        public final int positionalCount;

        Plan(int[] kinds, int[] operands, int[] varkwSources, String[] varkwNames, int positionalCount) {
            this.kinds = kinds;
            this.operands = operands;
            this.varkwSources = varkwSources;
            this.varkwNames = varkwNames;
            this.positionalCount = positionalCount;
        }
    }

    /**
     * Plans the binding of {@code nPositional} positional arguments and the given keywords, or returns
     * null when this shape always fails to bind (the general path then raises the error).
     */
    @TruffleBoundary
    public static Plan createPlan(Signature sig, int nPositional, String[] kwnames) {
        int total = sig.getPositionalCount() + sig.getKwonlyCount();
        int bound = sig.boundCount();
        int[] kinds = new int[bound];
        int[] operands = new int[bound];
        boolean[] filled = new boolean[total];
        int npos = Math.min(nPositional, sig.getPositionalCount());
        for (int i = 0; i < npos; i++) {
            kinds[i] = ARG;
            operands[i] = i;
            filled[i] = true;
        }
        if (nPositional > sig.getPositionalCount() && !sig.hasVarargs()) {
            return null;
        }
        List<Integer> extraSources = new ArrayList<>();
        List<String> extraNames = new ArrayList<>();
        String[] names = sig.getParamNames();
        for (int k = 0; k < kwnames.length; k++) {
            String kw = kwnames[k];
            int j = -1;
            for (int p = sig.getPosonlyCount(); p < total; p++) {
                if (names[p].equals(kw)) {
                    j = p;
                    break;
                }
            }
            if (j < 0) {
                if (!sig.hasVarkw()) {
                    return null;
                }
                if (extraNames.contains(kw)) {
                    return null;
                }
                extraSources.add(nPositional + k);
                extraNames.add(kw);
                continue;
            }
            if (filled[j]) {
                return null;
            }
            filled[j] = true;
            kinds[j] = ARG;
            operands[j] = nPositional + k;
        }
        for (int i = 0; i < sig.getPositionalCount(); i++) {
            if (!filled[i]) {
                kinds[i] = DEFAULT;
                operands[i] = i;
            }
        }
        for (int i = sig.getPositionalCount(); i < total; i++) {
            if (!filled[i]) {
                kinds[i] = KWDEFAULT;
                operands[i] = i - sig.getPositionalCount();
            }
        }
        if (sig.hasVarargs()) {
            kinds[sig.varargsIndex()] = VARARGS;
            operands[sig.varargsIndex()] = sig.getPositionalCount();
        }
        int[] vs = new int[extraSources.size()];
        for (int i = 0; i < vs.length; i++) {
            vs[i] = extraSources.get(i);
        }
        if (sig.hasVarkw()) {
            kinds[sig.varkwIndex()] = VARKW;
        }
        return new Plan(kinds, operands, vs, extraNames.toArray(new String[0]), nPositional);
    }

    /**
     * General binding. {@code args} holds {@code args.length - kwnames.length} positional values followed
     * by the keyword values. {@code defaults} are the positional defaults (may be null),
     * {@code kwdefaults} has one entry per keyword-only parameter, null where there is none (may be null).
     * Writes the bound values to {@code out} starting at {@code offset}. Missing optional builtin
     * arguments are filled with {@code missingMarker} when it is non-null instead of raising.
     */
    @TruffleBoundary
    public static void bind(Signature sig, String qn, Object[] defaults, Object[] kwdefaults, Object[] args, String[] kwnames, Object[] out,
                    int offset, Object missingMarker) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int argcount = args.length - nkw;
        int coArgcount = sig.getPositionalCount();
        int total = coArgcount + sig.getKwonlyCount();
        Object[] local = new Object[total];
        String[] names = sig.getParamNames();
        PyDict kwdict = sig.hasVarkw() ? new PyDict() : null;
        int n = Math.min(argcount, coArgcount);
        for (int j = 0; j < n; j++) {
            local[j] = args[j];
        }
        PyTuple varargs = null;
        if (sig.hasVarargs()) {
            Object[] rest = argcount > n ? new Object[argcount - n] : new Object[0];
            System.arraycopy(args, n, rest, 0, rest.length);
            varargs = new PyTuple(rest);
        }
        for (int i = 0; i < nkw; i++) {
            String keyword = kwnames[i];
            Object value = args[argcount + i];
            int j = -1;
            for (int p = sig.getPosonlyCount(); p < total; p++) {
                if (names[p].equals(keyword)) {
                    j = p;
                    break;
                }
            }
            if (j < 0) {
                if (kwdict == null) {
                    if (sig.getPosonlyCount() > 0) {
                        List<String> posonly = new ArrayList<>();
                        for (int k = 0; k < sig.getPosonlyCount(); k++) {
                            for (int k2 = 0; k2 < nkw; k2++) {
                                if (kwnames[k2].equals(names[k])) {
                                    posonly.add(names[k]);
                                    break;
                                }
                            }
                        }
                        if (!posonly.isEmpty()) {
                            throw PException.typeError(qn + "() got some positional-only arguments passed as keyword arguments: '" +
                                            String.join(", ", posonly) + "'");
                        }
                    }
                    throw PException.typeError(qn + "() got an unexpected keyword argument '" + keyword + "'");
                }
                if (kwdict.getItemStr(keyword) != null) {
                    throw PException.typeError(qn + "() got multiple values for keyword argument '" + keyword + "'");
                }
                kwdict.setItemStr(keyword, value);
                continue;
            }
            if (local[j] != null) {
                throw PException.typeError(qn + "() got multiple values for argument '" + keyword + "'");
            }
            local[j] = value;
        }
        if (argcount > coArgcount && !sig.hasVarargs()) {
            throw PException.typeError(tooManyPositional(sig, qn, argcount, defaults == null ? 0 : defaults.length, local));
        }
        if (argcount < coArgcount) {
            int defcount = defaults == null ? 0 : defaults.length;
            int m = coArgcount - defcount;
            List<String> missing = new ArrayList<>();
            for (int i = argcount; i < m; i++) {
                if (local[i] == null) {
                    missing.add(names[i]);
                }
            }
            if (!missing.isEmpty()) {
                if (missingMarker == null) {
                    throw PException.typeError(formatMissing(qn, "positional", missing));
                }
                for (int i = argcount; i < m; i++) {
                    if (local[i] == null) {
                        local[i] = missingMarker;
                    }
                }
            }
            int i = n > m ? n - m : 0;
            for (; i < defcount; i++) {
                if (local[m + i] == null) {
                    local[m + i] = defaults[i];
                }
            }
        }
        if (sig.getKwonlyCount() > 0) {
            List<String> missing = new ArrayList<>();
            for (int i = coArgcount; i < total; i++) {
                if (local[i] != null) {
                    continue;
                }
                Object def = kwdefaults == null ? null : kwdefaults[i - coArgcount];
                if (def != null) {
                    local[i] = def;
                    continue;
                }
                if (missingMarker != null) {
                    local[i] = missingMarker;
                    continue;
                }
                missing.add(names[i]);
            }
            if (!missing.isEmpty()) {
                throw PException.typeError(formatMissing(qn, "keyword-only", missing));
            }
        }
        System.arraycopy(local, 0, out, offset, total);
        if (varargs != null) {
            out[offset + sig.varargsIndex()] = varargs;
        }
        if (kwdict != null) {
            out[offset + sig.varkwIndex()] = kwdict;
        }
    }

    private static String tooManyPositional(Signature sig, String qn, int given, int defcount, Object[] local) {
        int coArgcount = sig.getPositionalCount();
        int kwonlyGiven = 0;
        for (int i = coArgcount; i < coArgcount + sig.getKwonlyCount(); i++) {
            if (local[i] != null) {
                kwonlyGiven++;
            }
        }
        boolean plural = coArgcount != 1;
        String s;
        if (defcount > 0) {
            int atleast = coArgcount - defcount;
            plural = true;
            s = "from " + atleast + " to " + coArgcount;
        } else {
            s = String.valueOf(coArgcount);
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        return qn + "() takes " + s + " positional argument" + (plural ? "s" : "") + " but " + given + kwonlySig + " " +
                        (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given";
    }

    private static String formatMissing(String qn, String kind, List<String> names) {
        int len = names.size();
        String nameStr;
        if (len == 1) {
            nameStr = "'" + names.get(0) + "'";
        } else if (len == 2) {
            nameStr = "'" + names.get(0) + "' and '" + names.get(1) + "'";
        } else {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len - 1; i++) {
                sb.append('\'').append(names.get(i)).append("', ");
            }
            sb.append("and '").append(names.get(len - 1)).append('\'');
            nameStr = sb.toString();
        }
        return qn + "() missing " + len + " required " + kind + " argument" + (len == 1 ? "" : "s") + ": " + nameStr;
    }
}
