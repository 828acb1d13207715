package org.minipy.nodes.call;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.PyBuiltinNode;
import org.minipy.nodes.PArguments;
import org.minipy.runtime.BuiltinBinder;
import org.minipy.runtime.BuiltinInfo;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBuiltinFunction;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyFunction;
import org.minipy.runtime.PyMethod;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObject;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyType;
import org.minipy.runtime.TypeOps;

/**
 * The call of one call site, specialized on the kind of callee with inline caches (CPython's CALL
 * with vectorcall). {@code self}, when not null, is an implicit first argument (the receiver of
 * {@code obj.m(...)}), so method calls need no bound-method object.
 *
 * <ul>
 * <li>Python function: cached on the code object (closures of one {@code def} share the entry), with a
 * {@link DirectCallNode} and a precomputed binding of this call-site shape;</li>
 * <li>bound method: unwrapped, sharing the function case;</li>
 * <li>builtin: the builtin's node is instantiated right here and called without a frame;</li>
 * <li>class: {@code object.__new__} inline, then {@code __init__} through a nested dispatch;</li>
 * <li>anything else, or too many callees: the generic path through an indirect call.</li>
 * </ul>
 */
@com.oracle.truffle.api.dsl.Introspectable
public abstract class CallDispatchNode extends Node {
    public static final int INLINE_CACHE_SIZE = 4;

    protected final int nargs;
    protected final String[] kwnames;

    protected CallDispatchNode(int nargs, String[] kwnames) {
        this.nargs = nargs;
        this.kwnames = kwnames;
    }

    public static CallDispatchNode create(int nargs, String[] kwnames) {
        return CallDispatchNodeGen.create(nargs, kwnames);
    }

    /**
     * @param self the implicit first argument, or null
     * @param args positional arguments followed by keyword values (as many as kwnames)
     */
    public abstract Object execute(VirtualFrame frame, Object callee, Object self, Object[] args);

    // ---------------------------------------------------------------- Python functions

    @Specialization(guards = {"callee.getCode() == cachedCode", "isNull(self) == selfNull", "binder != null"}, limit = "INLINE_CACHE_SIZE")
    protected Object callFunction(PyFunction callee, Object self, Object[] args,
                    @Cached("callee.getCode()") PyCode cachedCode,
                    @Cached("isNull(self)") boolean selfNull,
                    @Cached("createBinder(cachedCode, selfNull)") BindArgumentsNode binder,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        return call.call(binder.bindFunction(callee, self, args));
    }

    @Specialization(guards = {"isNull(self)", "isFunction(callee.getFunction())", "getCode(callee) == cachedCode", "binder != null"}, limit = "INLINE_CACHE_SIZE")
    protected Object callMethod(PyMethod callee, Object self, Object[] args,
                    @Cached("getCode(callee)") PyCode cachedCode,
                    @Cached("createBinder(cachedCode, false)") BindArgumentsNode binder,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        return call.call(binder.bindFunction((PyFunction) callee.getFunction(), callee.getSelf(), args));
    }

    // ---------------------------------------------------------------- builtins

    @Specialization(guards = {"callee.getInfo() == cachedInfo", "callee.isBound() == cachedBound", "isNull(self) == selfNull", "binder != null"}, limit = "INLINE_CACHE_SIZE")
    protected Object callBuiltin(VirtualFrame frame, PyBuiltinFunction callee, Object self, Object[] args,
                    @Cached("callee.getInfo()") BuiltinInfo cachedInfo,
                    @Cached("callee.isBound()") boolean cachedBound,
                    @Cached("isNull(self)") boolean selfNull,
                    @Cached("createBuiltinBinder(cachedInfo, cachedBound || !selfNull)") BindArgumentsNode binder,
                    @Cached("createBuiltinNode(cachedInfo)") PyBuiltinNode builtin) {
        Object receiver = cachedBound ? callee.getSelf() : self;
        return builtin.callBound(frame, binder.bindBuiltin(receiver, args));
    }

    // ---------------------------------------------------------------- classes

    @Specialization(guards = {"isNull(self)", "callee == cachedType", "isSimpleClass(cachedType)"}, assumptions = "stable", limit = "INLINE_CACHE_SIZE")
    protected Object callSimpleClass(VirtualFrame frame, PyType callee, Object self, Object[] args,
                    @Cached("callee") PyType cachedType,
                    @Cached("cachedType.getStableAssumption()") Assumption stable,
                    @Cached("cachedType.lookup(INIT)") Object init,
                    @Cached("createInitDispatch()") CallDispatchNode initCall) {
        PyObject obj = TypeOps.allocate(cachedType);
        Object r = initCall.execute(frame, init, obj, args);
        if (r != PyNone.NONE) {
            throw initReturnedNonNone(r);
        }
        return obj;
    }

    /** range(n), tuple(list), str(int), ... on common exact argument types, without packing the arguments. */
    @Specialization(guards = {"isNull(self)", "callee == cachedType", "fast != null"}, limit = "INLINE_CACHE_SIZE")
    protected Object callFastType(PyType callee, Object self, Object[] args,
                    @Cached("callee") PyType cachedType,
                    @Cached("createFastTypeCall(cachedType)") FastTypeCallNode fast) {
        Object r = fast.execute(args);
        if (r != null) {
            return r;
        }
        return callSlow(cachedType, null, args, kwnames);
    }

    /** A builtin type whose __new__ is a builtin and whose __init__ is object's: int(x), str(x), tuple(x), ... */
    @Specialization(guards = {"isNull(self)", "callee == cachedType", "newInfo != null", "binder != null"}, limit = "INLINE_CACHE_SIZE")
    protected Object callBuiltinType(VirtualFrame frame, PyType callee, Object self, Object[] args,
                    @Cached("callee") PyType cachedType,
                    @Cached("builtinNewInfo(cachedType)") BuiltinInfo newInfo,
                    @Cached("createBuiltinBinder(newInfo, true)") BindArgumentsNode binder,
                    @Cached("createBuiltinNode(newInfo)") PyBuiltinNode builtin) {
        return builtin.callBound(frame, binder.bindBuiltin(cachedType, args));
    }

    @Specialization(guards = {"isNull(self)", "callee == cachedType", "!isSimpleClass(cachedType)"}, limit = "INLINE_CACHE_SIZE")
    protected Object callOtherType(PyType callee, Object self, Object[] args,
                    @Cached("callee") PyType cachedType) {
        return callSlow(cachedType, null, args, kwnames);
    }

    // ---------------------------------------------------------------- objects with __call__

    @Specialization(guards = {"isNull(self)", "isCallableInstance(callee)", "callee.getPyType() == cachedType"}, assumptions = "stable", limit = "INLINE_CACHE_SIZE")
    protected Object callObject(VirtualFrame frame, PyObject callee, Object self, Object[] args,
                    @Cached("callee.getPyType()") PyType cachedType,
                    @Cached("cachedType.getStableAssumption()") Assumption stable,
                    @Cached("cachedType.lookup(CALL)") Object callMethod,
                    @Cached("createInitDispatch()") CallDispatchNode callDispatch) {
        return callDispatch.execute(frame, callMethod, callee, args);
    }

    // ---------------------------------------------------------------- megamorphic Python functions

    /**
     * A site that has seen more functions than its cache holds, calling with exactly the positional
     * parameters (CPython's vectorcall fast path): the arguments are copied into the frame array and
     * the call goes through an {@link IndirectCallNode}, without the generic binder.
     */
    @Specialization(guards = {"isExactPositional(callee, self)"}, replaces = "callFunction")
    protected Object callFunctionMegamorphic(PyFunction callee, Object self, Object[] args,
                    @Cached IndirectCallNode indirect) {
        int offset = self == null ? 0 : 1;
        Object[] out = PArguments.create(args.length + offset);
        out[PArguments.CALLEE] = callee;
        out[PArguments.GLOBALS] = callee.getGlobals();
        if (self != null) {
            out[PArguments.USER_OFFSET] = self;
        }
        System.arraycopy(args, 0, out, PArguments.USER_OFFSET + offset, args.length);
        return indirect.call(callee.getCode().getCallTarget(), out);
    }

    /** No keywords, and the positional arguments fill exactly the parameters (no defaults, * or **). */
    protected final boolean isExactPositional(PyFunction f, Object self) {
        if (kwnames.length != 0) {
            return false;
        }
        org.minipy.runtime.Signature sig = f.getCode().signature;
        return sig.getPositionalCount() == nargs + (self == null ? 0 : 1) && sig.getKwonlyCount() == 0 && !sig.hasVarargs() && !sig.hasVarkw();
    }

    // ---------------------------------------------------------------- everything else

    @Specialization(replaces = {"callFunction", "callFunctionMegamorphic", "callMethod", "callBuiltin", "callSimpleClass", "callFastType", "callBuiltinType", "callOtherType", "callObject"})
    protected Object callGeneric(Object callee, Object self, Object[] args,
                    @Cached IndirectCallNode indirect) {
        return callSlow(callee, self, args, kwnames);
    }

    @TruffleBoundary
    private static Object callSlow(Object callee, Object self, Object[] args, String[] kwnames) {
        Object[] all = self == null ? args : CallOps.prepend(self, args);
        return CallOps.call(callee, all, kwnames);
    }

    // ---------------------------------------------------------------- helpers

    protected static final String INIT = "__init__";
    protected static final String CALL = "__call__";

    /** An instance of a user class whose __call__ is a Python function. */
    protected static boolean isCallableInstance(Object o) {
        if (o instanceof PyFunction || o instanceof PyMethod || o instanceof PyBuiltinFunction || o instanceof PyType) {
            return false;
        }
        if (o instanceof PyObject po && !po.getPyType().isBuiltin()) {
            return po.getPyType().lookup(CALL) instanceof PyFunction;
        }
        return false;
    }

    protected static boolean isNull(Object o) {
        return o == null;
    }

    protected static boolean isFunction(Object o) {
        return o instanceof PyFunction;
    }

    protected static PyCode getCode(PyMethod m) {
        return ((PyFunction) m.getFunction()).getCode();
    }

    protected BindArgumentsNode createBinder(PyCode code, boolean selfNull) {
        if (code.isGenerator() && false) {
            return null;
        }
        return BindArgumentsNode.create(code.signature, nargs, kwnames, !selfNull, false, 0);
    }

    protected FastTypeCallNode createFastTypeCall(PyType type) {
        return kwnames.length == 0 ? FastTypeCallNode.create(type, nargs) : null;
    }

    protected BindArgumentsNode createBuiltinBinder(BuiltinInfo info, boolean hasSelf) {
        boolean isMethod = info.getOwner() != null && (info.getKind() == BuiltinInfo.Kind.METHOD);
        if (hasSelf != isMethod && info.getKind() != BuiltinInfo.Kind.CLASSMETHOD) {
            if (!(hasSelf && (info.getKind() == BuiltinInfo.Kind.NEW))) {
                return null;
            }
        }
        if (info.getKind() == BuiltinInfo.Kind.CLASSMETHOD && !hasSelf) {
            return null;
        }
        return BindArgumentsNode.create(info.getSignature(), nargs, kwnames, hasSelf, true, BuiltinBinder.requiredCount(info));
    }

    protected static PyBuiltinNode createBuiltinNode(BuiltinInfo info) {
        return (PyBuiltinNode) info.getFactory().createNode();
    }

    protected CallDispatchNode createInitDispatch() {
        return CallDispatchNode.create(nargs, kwnames);
    }

    /** The __new__ of a builtin type that can be called directly (its __init__ is object's), or null. */
    @TruffleBoundary
    protected static BuiltinInfo builtinNewInfo(PyType t) {
        if (!t.isBuiltin() || t == BuiltinTypes.TYPE || BuiltinTypes.getType(t) != BuiltinTypes.TYPE) {
            return null;
        }
        Object newf = t.lookup("__new__");
        Object init = t.lookup("__init__");
        if (newf instanceof PyBuiltinFunction nb && nb.getInfo().getKind() == BuiltinInfo.Kind.NEW && nb.getInfo().getOwner() != BuiltinTypes.OBJECT &&
                        init instanceof PyBuiltinFunction ib && ib.getInfo().getOwner() == BuiltinTypes.OBJECT) {
            return nb.getInfo();
        }
        return null;
    }

    /** A user class instantiated by object.__new__ followed by a Python __init__. */
    protected static boolean isSimpleClass(PyType t) {
        if (t.isBuiltin() || BuiltinTypes.getType(t) != BuiltinTypes.TYPE) {
            return false;
        }
        Object newf = t.lookup("__new__");
        Object init = t.lookup("__init__");
        return newf instanceof PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT && init instanceof PyFunction &&
                        t.getSolidBase() == BuiltinTypes.OBJECT;
    }

    @TruffleBoundary
    private static PException initReturnedNonNone(Object r) {
        return PException.typeError("__init__() should return None, not '" + PyObjectOps.typeName(r) + "'");
    }

    static void unused() {
        CompilerDirectives.transferToInterpreter();
        PArguments.create(0);
    }
}
