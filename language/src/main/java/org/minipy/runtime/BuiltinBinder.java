package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Binds arguments to a builtin's signature, with the error messages CPython's builtins give. CPython
 * words argument-count errors in several ways depending on how a builtin parses its arguments
 * ({@code METH_O}, {@code _PyArg_CheckPositional}, Argument Clinic); each builtin declares its style.
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

    /** The short name: "insert", "len", "range" (for a type's __new__). */
    static String shortName(BuiltinInfo info) {
        if (info.getKind() == BuiltinInfo.Kind.NEW && info.getOwner() != null) {
            return info.getOwner().getName();
        }
        return info.getName();
    }

    private static boolean isMethodLike(BuiltinInfo info) {
        return info.getOwner() != null && info.getKind() != BuiltinInfo.Kind.STATICMETHOD && info.getKind() != BuiltinInfo.Kind.FUNCTION;
    }

    static String style(BuiltinInfo info) {
        String s = info.getArgStyle();
        if (!s.equals("AUTO")) {
            return s;
        }
        Signature sig = info.getSignature();
        int self = isMethodLike(info) ? 1 : 0;
        int max = sig.getPositionalCount() - self;
        int min = info.requiredPositional() - self;
        if (max == 1 && min == 1 && !sig.hasVarargs() && sig.getKwonlyCount() == 0 && !sig.hasVarkw()) {
            return "ONE_ARG";
        }
        if (sig.getPosonlyCount() == sig.getPositionalCount() && sig.getKwonlyCount() == 0 && !sig.hasVarkw()) {
            return "CHECK_POSITIONAL";
        }
        return "CLINIC";
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    @TruffleBoundary
    public static void bind(BuiltinInfo info, Object[] args, String[] kwnames, Object[] out, int offset) {
        Signature sig = info.getSignature();
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int selfCount = isMethodLike(info) ? 1 : 0;
        String style = style(info);
        String qualified = displayName(info);
        if (info.getKind() == BuiltinInfo.Kind.CLASSMETHOD && npos > 0 && args[0] instanceof PyType cls) {
            qualified = cls.getQualname() + "." + info.getName();
        }
        String shortName = shortName(info);
        String[] names = sig.getParamNames();
        if (selfCount == 1 && npos == 0) {
            if (info.getKind() == BuiltinInfo.Kind.NEW) {
                throw PException.typeError(info.getOwner().getName() + ".__new__(): not enough arguments");
            }
            String n = info.getName();
            if (n.startsWith("__") && n.endsWith("__")) {
                throw PException.typeError("descriptor '" + n + "' of '" + info.getOwner().getName() + "' object needs an argument");
            }
            throw PException.typeError("unbound method " + qualified + "() needs an argument");
        }
        int max0 = sig.getPositionalCount() - selfCount;
        int min0 = info.requiredPositional() - selfCount;
        int given0 = npos - selfCount;
        if (style.equals("CLINIC") && given0 < min0) {
            boolean allMissingHaveNoKeyword = true;
            for (int i = npos; i < info.requiredPositional(); i++) {
                for (int k = 0; k < nkw; k++) {
                    if (kwnames[k].equals(names[i]) && i >= sig.getPosonlyCount()) {
                        allMissingHaveNoKeyword = false;
                    }
                }
            }
            if (allMissingHaveNoKeyword) {
                throw argumentError(info, args, npos, tooFew(style, qualified, shortName, min0, max0, given0, sig.hasVarargs(), names, npos, selfCount));
            }
        }
        if (style.equals("PARSE_TUPLE") && !sig.hasVarkw()) {
            int keywordCapable = sig.getPositionalCount() - sig.getPosonlyCount() + sig.getKwonlyCount();
            if (keywordCapable > 0 && nkw > keywordCapable) {
                throw argumentError(info, args, npos, shortName + "() takes at most " + keywordCapable + " " + (given0 == 0 ? "keyword " : "") + "argument" + plural(keywordCapable) +
                                " (" + nkw + " given)");
            }
        }
        // unknown keywords
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            boolean known = sig.hasVarkw();
            for (int p = sig.getPosonlyCount(); p < names.length && !known; p++) {
                if (names[p].equals(kw)) {
                    known = true;
                }
            }
            if (!known) {
                boolean acceptsKeywords = sig.getPosonlyCount() < sig.getPositionalCount() || sig.getKwonlyCount() > 0;
                if (!acceptsKeywords) {
                    throw argumentError(info, args, npos, qualified + "() takes no keyword arguments");
                }
                throw argumentError(info, args, npos, "'" + kw + "' is an invalid keyword argument for " + shortName + "()");
            }
        }
        int max = sig.getPositionalCount() - selfCount;
        int min = info.requiredPositional() - selfCount;
        int given = npos - selfCount;
        if (!sig.hasVarargs() && given > max) {
            throw argumentError(info, args, npos, tooMany(style, qualified, shortName, min, max, given));
        }
        if (given < min && nkw == 0) {
            throw argumentError(info, args, npos, tooFew(style, qualified, shortName, min, max, given, sig.hasVarargs(), names, npos, selfCount));
        }
        ArgumentBinder.bind(sig, qualified, null, null, args, kwnames, out, offset, NoValue.INSTANCE);
        for (int i = 0; i < info.requiredPositional(); i++) {
            if (out[offset + i] == NoValue.INSTANCE) {
                throw PException.typeError(shortName + "() missing required argument '" + names[i] + "' (pos " + (i - selfCount + 1) + ")");
            }
        }
    }

    /**
     * The TypeError for arguments that do not fit; a method called through its type on a receiver of
     * another type reports the receiver instead, as CPython's descriptors check it first.
     */
    private static PException argumentError(BuiltinInfo info, Object[] args, int npos, String message) {
        if (info.getKind() == BuiltinInfo.Kind.METHOD && info.getOwner() != null && npos > 0 && !PyObjectOps.type(args[0]).isSubtypeOf(info.getOwner())) {
            return PyObjectOps.descriptorError(info.getName(), info.getOwner().getName(), args[0]);
        }
        return PException.typeError(message);
    }

    private static String tooMany(String style, String qualified, String shortName, int min, int max, int given) {
        if (max == 0) {
            return qualified + "() takes no arguments (" + given + " given)";
        }
        switch (style) {
            case "ONE_ARG":
                return qualified + "() takes exactly one argument (" + given + " given)";
            case "CHECK_POSITIONAL":
                if (min == max) {
                    return shortName + " expected " + max + " argument" + plural(max) + ", got " + given;
                }
                return shortName + " expected at most " + max + " argument" + plural(max) + ", got " + given;
            case "PARSE_TUPLE":
                return shortName + "() takes " + (min == max ? "exactly " : "at most ") + max + " argument" + plural(max) + " (" + given + " given)";
            default:
                return shortName + "() takes at most " + max + " argument" + plural(max) + " (" + given + " given)";
        }
    }

    private static String tooFew(String style, String qualified, String shortName, int min, int max, int given, boolean varargs, String[] names, int npos, int selfCount) {
        switch (style) {
            case "ONE_ARG":
                return qualified + "() takes exactly one argument (" + given + " given)";
            case "CHECK_POSITIONAL":
                if (min == max && !varargs) {
                    return shortName + " expected " + min + " argument" + plural(min) + ", got " + given;
                }
                return shortName + " expected at least " + min + " argument" + plural(min) + ", got " + given;
            case "CLINIC_POSONLY":
                return shortName + "() takes at least " + min + " positional argument" + plural(min) + " (" + given + " given)";
            case "PARSE_TUPLE":
                return shortName + "() takes " + (min == max ? "exactly " : "at least ") + min + " argument" + plural(min) + " (" + given + " given)";
            default:
                if (shortName.equals("enumerate") && given == 0) {
                    // CPython's enumerate vectorcall hard-codes this message
                    return "enumerate() missing required argument 'iterable'";
                }
                return shortName + "() missing required argument '" + names[npos] + "' (pos " + (npos - selfCount + 1) + ")";
        }
    }

    public static int requiredCount(BuiltinInfo info) {
        return info.requiredPositional();
    }
}
