package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Binds arguments to a builtin's signature, with the error messages CPython's builtins give
 * ("len() takes exactly one argument (2 given)", "list.append() takes no keyword arguments", ...).
 * Optional parameters that were not passed are filled with {@link NoValue#INSTANCE}.
 */
public final class BuiltinBinder {
    private BuiltinBinder() {
    }

    /** The name builtins use in messages: "len" or "list.append". */
    public static String displayName(BuiltinInfo info) {
        if (info.getOwner() != null && info.getKind() != BuiltinInfo.Kind.NEW) {
            return info.getOwner().getName() + "." + info.getName();
        }
        if (info.getKind() == BuiltinInfo.Kind.NEW && info.getOwner() != null) {
            return info.getOwner().getName();
        }
        return info.getName();
    }

    @TruffleBoundary
    public static void bind(BuiltinInfo info, Object[] args, String[] kwnames, Object[] out, int offset) {
        Signature sig = info.getSignature();
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        boolean isMethod = info.getOwner() != null && info.getKind() != BuiltinInfo.Kind.STATICMETHOD && info.getKind() != BuiltinInfo.Kind.FUNCTION;
        int selfCount = isMethod ? 1 : 0;
        String name = displayName(info);
        if (nkw > 0 && sig.getKwonlyCount() == 0 && !sig.hasVarkw() && sig.getPosonlyCount() == sig.getPositionalCount()) {
            throw PException.typeError(name + "() takes no keyword arguments");
        }
        if (!sig.hasVarargs() && npos > sig.getPositionalCount()) {
            int max = sig.getPositionalCount() - selfCount;
            int given = npos - selfCount;
            throw PException.typeError(tooMany(name, info, max, given, selfCount));
        }
        int required = requiredCount(info);
        if (npos < required && nkw == 0) {
            int given = npos - selfCount;
            int max = sig.getPositionalCount() - selfCount;
            int min = required - selfCount;
            if (max == 1 && min == 1 && !sig.hasVarargs()) {
                throw PException.typeError(name + "() takes exactly one argument (" + given + " given)");
            }
            if (min == max && !sig.hasVarargs()) {
                throw PException.typeError(name + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + given);
            }
            String missing = sig.getParamNames()[npos];
            throw PException.typeError(name + "() missing required argument '" + missing + "' (pos " + (npos - selfCount + 1) + ")");
        }
        ArgumentBinder.bind(sig, name, null, null, args, kwnames, out, offset, NoValue.INSTANCE);
        for (int i = 0; i < required; i++) {
            if (out[offset + i] == NoValue.INSTANCE) {
                String missing = sig.getParamNames()[i];
                throw PException.typeError(name + "() missing required argument '" + missing + "' (pos " + (i - selfCount + 1) + ")");
            }
        }
    }

    private static String tooMany(String name, BuiltinInfo info, int max, int given, int selfCount) {
        int required = requiredCount(info) - selfCount;
        if (max == 0) {
            return name + "() takes no arguments (" + given + " given)";
        }
        if (max == 1 && required == 1) {
            return name + "() takes exactly one argument (" + given + " given)";
        }
        if (required == max) {
            return name + " expected " + max + " argument" + (max == 1 ? "" : "s") + ", got " + given;
        }
        return name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + given + " given)";
    }

    public static int requiredCount(BuiltinInfo info) {
        return info.requiredPositional();
    }
}
