package org.minipy.nodes.call;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.minipy.runtime.BuiltinInfo;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PyBuiltinFunction;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyFunction;
import org.minipy.runtime.PyModule;
import org.minipy.runtime.PyObject;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyType;

/**
 * {@code receiver.name(args)} without creating a bound method (CPython's LOAD_METHOD/CALL): when the
 * class defines {@code name} as a plain function or builtin method and the instance does not shadow
 * it, the function is called with the receiver as self. Module functions and class attributes are
 * cached under their dicts' assumptions; anything else takes the attribute and calls it.
 */
@com.oracle.truffle.api.dsl.Introspectable
public abstract class CallMethodDispatchNode extends Node {
    protected final String name;
    protected final int nargs;
    protected final String[] kwnames;

    protected CallMethodDispatchNode(String name, int nargs, String[] kwnames) {
        this.name = name;
        this.nargs = nargs;
        this.kwnames = kwnames;
    }

    public static CallMethodDispatchNode create(String name, int nargs, String[] kwnames) {
        return CallMethodDispatchNodeGen.create(name, nargs, kwnames);
    }

    public abstract Object execute(VirtualFrame frame, Object self, Object[] args);

    /** Receivers of builtin types (str, list, dict, int, ...): their classes never change. */
    @Specialization(guards = {"getType(self) == cachedType", "method != null"}, limit = "4")
    protected Object callBuiltinType(VirtualFrame frame, Object self, Object[] args,
                    @Cached("getBuiltinType(self)") PyType cachedType,
                    @Cached("lookupMethod(cachedType)") Object method,
                    @Cached("createDispatch()") CallDispatchNode dispatch) {
        return dispatch.execute(frame, method, self, args);
    }

    /** Instances of user classes, when the instance does not shadow the method. */
    @Specialization(guards = {"self.getPyType() == cachedType", "method != null", "!lib.containsKey(self, name)", "!lib.containsKey(self, DICT_KEY)"}, assumptions = "typeStable", limit = "4")
    protected Object callInstanceMethod(VirtualFrame frame, PyObject self, Object[] args,
                    @Cached("self.getPyType()") PyType cachedType,
                    @Cached("cachedType.getStableAssumption()") Assumption typeStable,
                    @Cached("lookupUserMethod(cachedType)") Object method,
                    @CachedLibrary(limit = "4") DynamicObjectLibrary lib,
                    @Cached("createDispatch()") CallDispatchNode dispatch) {
        return dispatch.execute(frame, method, self, args);
    }

    /**
     * {@code super().name(args)} inside a method: the function found after the class in the MRO of
     * the instance's type is called with the instance, without a bound method.
     */
    @Specialization(guards = {"self.getPyType() == SUPER_TYPE", "self.type == cachedStart", "self.objType == cachedObjType", "isInstanceBinding(self)", "method != null"},
                    assumptions = "objTypeStable", limit = "4")
    protected Object callSuperMethod(VirtualFrame frame, org.minipy.runtime.PySuper self, Object[] args,
                    @Cached("self.type") PyType cachedStart,
                    @Cached("self.objType") PyType cachedObjType,
                    @Cached("cachedObjType.getStableAssumption()") Assumption objTypeStable,
                    @Cached("lookupSuperMethod(cachedStart, cachedObjType)") Object method,
                    @Cached("createDispatch()") CallDispatchNode dispatch) {
        return dispatch.execute(frame, method, self.obj, args);
    }

    protected static final PyType SUPER_TYPE = BuiltinTypes.SUPER;

    /** super() bound to an instance (not to a class, as in classmethods). */
    protected static boolean isInstanceBinding(org.minipy.runtime.PySuper s) {
        return s.obj != (Object) s.objType;
    }

    /** The plain function or builtin method that super() would bind for {@code name}, or null. */
    @TruffleBoundary
    protected final Object lookupSuperMethod(PyType start, PyType objType) {
        if (start == null || objType == null) {
            return null;
        }
        PyType[] mro = objType.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].getDict().getItemStr(name);
            if (v != null) {
                if (v instanceof PyFunction) {
                    return v;
                }
                if (v instanceof PyBuiltinFunction bf && !bf.isBound() && bf.getInfo().getKind() == BuiltinInfo.Kind.METHOD) {
                    return v;
                }
                return null;
            }
        }
        return null;
    }

    @Specialization(guards = {"self == cachedModule", "index >= 0"}, assumptions = "keysStable", limit = "4")
    protected Object callModuleFunction(VirtualFrame frame, PyModule self, Object[] args,
                    @Cached("self") PyModule cachedModule,
                    @Cached("cachedModule.getDict()") PyDict dict,
                    @Cached("dict.getKeysAssumption()") Assumption keysStable,
                    @Cached("dict.findEntryStr(name)") int index,
                    @Cached("createDispatch()") CallDispatchNode dispatch) {
        return dispatch.execute(frame, dict.getValueAt(index), null, args);
    }

    @Specialization(guards = {"self == cachedType", "attr != null"}, assumptions = "typeStable", limit = "4")
    protected Object callClassAttribute(VirtualFrame frame, PyType self, Object[] args,
                    @Cached("self") PyType cachedType,
                    @Cached("cachedType.getStableAssumption()") Assumption typeStable,
                    @Cached("classAttribute(cachedType)") Object attr,
                    @Cached("createDispatch()") CallDispatchNode dispatch) {
        return dispatch.execute(frame, attr, null, args);
    }

    @Specialization(replaces = {"callBuiltinType", "callInstanceMethod", "callSuperMethod", "callModuleFunction", "callClassAttribute"})
    protected Object callGeneric(VirtualFrame frame, Object self, Object[] args,
                    @Cached("createDispatch()") CallDispatchNode dispatch) {
        Object callee = getAttribute(self);
        return dispatch.execute(frame, callee, null, args);
    }

    protected static final Object DICT_KEY = PyObject.DICT_KEY;

    @TruffleBoundary
    private Object getAttribute(Object self) {
        return PyObjectOps.getAttr(self, name);
    }

    protected CallDispatchNode createDispatch() {
        return CallDispatchNode.create(nargs, kwnames);
    }

    protected static PyType getType(Object o) {
        return BuiltinTypes.getType(o);
    }

    /** The type of a receiver whose class is builtin and not a type or module object; else null. */
    protected static PyType getBuiltinType(Object o) {
        PyType t = BuiltinTypes.getType(o);
        if (!t.isBuiltin() || o instanceof PyType || o instanceof PyModule) {
            return null;
        }
        return t;
    }

    @TruffleBoundary
    protected final Object lookupMethod(PyType type) {
        if (type == null) {
            return null;
        }
        Object ga = type.lookup("__getattribute__");
        if (!(ga instanceof PyBuiltinFunction gb && gb.getInfo().getOwner() == BuiltinTypes.OBJECT)) {
            // super, method objects and others resolve attributes themselves
            return null;
        }
        Object m = type.lookup(name);
        if (m instanceof PyBuiltinFunction b && !b.isBound() && b.getInfo().getKind() == BuiltinInfo.Kind.METHOD) {
            return m;
        }
        return null;
    }

    @TruffleBoundary
    protected final Object lookupUserMethod(PyType type) {
        if (type.isBuiltin() || type.isSubtypeOf(BuiltinTypes.TYPE) || type.isSubtypeOf(BuiltinTypes.MODULE)) {
            return null;
        }
        Object ga = type.lookup("__getattribute__");
        if (!(ga instanceof PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT)) {
            return null;
        }
        Object m = type.lookup(name);
        if (m instanceof PyFunction) {
            return m;
        }
        if (m instanceof PyBuiltinFunction bf && !bf.isBound() && bf.getInfo().getKind() == BuiltinInfo.Kind.METHOD) {
            return m;
        }
        return null;
    }

    @TruffleBoundary
    protected final Object classAttribute(PyType type) {
        if (BuiltinTypes.getType(type) != BuiltinTypes.TYPE) {
            return null;
        }
        return PyObjectOps.typeGetAttrOrNull(type, name);
    }
}
