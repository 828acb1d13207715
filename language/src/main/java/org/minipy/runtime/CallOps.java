package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;

import org.minipy.language.MiniPyLanguage;
import org.minipy.nodes.BuiltinRootNode;
import org.minipy.nodes.PArguments;

/**
 * Calls any Python callable from Java code (the uncached path, also the megamorphic fallback of call
 * sites). Arguments are vectorcall-style: positional values then keyword values, with the keyword
 * names in {@code kwnames} (null or empty for none).
 */
public final class CallOps {
    public static final String[] NO_KW = new String[0];

    private CallOps() {
    }

    @TruffleBoundary
    public static Object call(Object callable, Object... args) {
        return call(callable, args, NO_KW);
    }

    @TruffleBoundary
    public static Object call(Object callable, Object[] args, String[] kwnames) {
        if (kwnames == null) {
            kwnames = NO_KW;
        }
        if (callable instanceof PyFunction f) {
            return callFunction(f, args, kwnames);
        } else if (callable instanceof PyBuiltinFunction b) {
            return callBuiltin(b, args, kwnames);
        } else if (callable instanceof PyMethod m) {
            return call(m.getFunction(), prepend(m.getSelf(), args), kwnames);
        } else if (callable instanceof PyType t && BuiltinTypes.getType(t) == BuiltinTypes.TYPE) {
            return TypeOps.callType(t, args, kwnames);
        }
        PyType type = BuiltinTypes.getType(callable);
        Object call = type.lookup("__call__");
        if (call == null) {
            throw PException.typeError("'" + type.getName() + "' object is not callable");
        }
        return callUnbound(call, callable, args, kwnames);
    }

    /** Calls a descriptor found on a type with {@code self} as first argument, binding as needed. */
    @TruffleBoundary
    public static Object callUnbound(Object descr, Object self, Object[] args, String[] kwnames) {
        if (descr instanceof PyFunction || (descr instanceof PyBuiltinFunction b && !b.isBound() && b.getInfo().getKind() == BuiltinInfo.Kind.METHOD)) {
            return call(descr, prepend(self, args), kwnames);
        }
        Object bound = PyObjectOps.descrGet(descr, self, BuiltinTypes.getType(self));
        return call(bound, args, kwnames);
    }

    /** Looks {@code name} up on the type of {@code self} and calls it; raises AttributeError when absent. */
    @TruffleBoundary
    public static Object callMethod(Object self, String name, Object... args) {
        PyType type = BuiltinTypes.getType(self);
        Object descr = type.lookup(name);
        if (descr == null) {
            throw PyObjectOps.noAttribute(self, name);
        }
        return callUnbound(descr, self, args, NO_KW);
    }

    /** Like {@link #callMethod} but returns null when the type has no such method. */
    @TruffleBoundary
    public static Object callMethodIfPresent(Object self, String name, Object... args) {
        PyType type = BuiltinTypes.getType(self);
        Object descr = type.lookup(name);
        if (descr == null) {
            return null;
        }
        return callUnbound(descr, self, args, NO_KW);
    }

    public static Object[] prepend(Object first, Object[] args) {
        Object[] a = new Object[args.length + 1];
        a[0] = first;
        System.arraycopy(args, 0, a, 1, args.length);
        return a;
    }

    @TruffleBoundary
    public static Object callFunction(PyFunction f, Object[] args, String[] kwnames) {
        PyCode code = f.getCode();
        Signature sig = code.signature;
        Object[] frameArgs = PArguments.create(sig.boundCount());
        frameArgs[PArguments.CALLEE] = f;
        frameArgs[PArguments.GLOBALS] = f.getGlobals();
        ArgumentBinder.bind(sig, f.getQualname(), f.getDefaults(), f.getKwdefaults(), args, kwnames, frameArgs, PArguments.USER_OFFSET, null);
        return code.getCallTarget().call(frameArgs);
    }

    @TruffleBoundary
    public static Object callBuiltin(PyBuiltinFunction b, Object[] args, String[] kwnames) {
        BuiltinInfo info = b.getInfo();
        Object[] actual = args;
        if (b.isBound()) {
            actual = prepend(b.getSelf(), args);
        }
        Object[] frameArgs = PArguments.create(info.getSignature().boundCount());
        frameArgs[PArguments.CALLEE] = b;
        BuiltinBinder.bind(info, actual, kwnames, frameArgs, PArguments.USER_OFFSET);
        return builtinTarget(info).call(frameArgs);
    }

    /** Calls a builtin with arguments already bound (no argument checking). */
    @TruffleBoundary
    public static Object callBuiltinBound(BuiltinInfo info, Object... bound) {
        Object[] frameArgs = PArguments.create(bound.length);
        System.arraycopy(bound, 0, frameArgs, PArguments.USER_OFFSET, bound.length);
        return builtinTarget(info).call(frameArgs);
    }

    @TruffleBoundary
    public static RootCallTarget builtinTarget(BuiltinInfo info) {
        MiniPyLanguage lang = MiniPyLanguage.get(null);
        return info.getCallTarget(lang, i -> BuiltinRootNode.create(lang, i));
    }
}
