package org.minipy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.builtins.BuiltinRegistry;

/** Calling types (instantiation) and creating classes, as CPython's typeobject.c. */
public final class TypeOps {
    private TypeOps() {
    }

    /** {@code type.__call__(t, *args, **kw)}: __new__ then __init__. */
    @TruffleBoundary
    public static Object callType(PyType t, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (t == BuiltinTypes.TYPE && args.length == 1 && nkw == 0) {
            return BuiltinTypes.getType(args[0]);
        }
        Object newDescr = t.lookup("__new__");
        Object obj;
        if (newDescr instanceof PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT) {
            checkObjectNewArgs(t, args.length);
            obj = allocate(t);
        } else {
            Object newFunc = newDescr instanceof PyClassMethod cm ? cm.getCallable() : newDescr;
            obj = CallOps.call(newFunc, CallOps.prepend(t, args), kwnames);
        }
        if (!BuiltinTypes.getType(obj).isSubtypeOf(t)) {
            return obj;
        }
        PyType objType = BuiltinTypes.getType(obj);
        Object init = objType.lookup("__init__");
        if (init instanceof PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT) {
            if (args.length > 0 && !(newDescr instanceof PyBuiltinFunction nb && nb.getInfo().getOwner() == BuiltinTypes.OBJECT)) {
                return obj;
            }
            return obj;
        }
        Object r = CallOps.callUnbound(init, obj, args, kwnames);
        if (r != PyNone.NONE) {
            throw PException.typeError("__init__() should return None, not '" + PyObjectOps.typeName(r) + "'");
        }
        return obj;
    }

    /** The checks of object.__new__ for excess arguments. */
    @TruffleBoundary
    public static void checkObjectNewArgs(PyType t, int nargs) {
        if (nargs > 0) {
            Object init = t.lookup("__init__");
            if (init instanceof PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT) {
                throw PException.typeError(t.getName() + "() takes no arguments");
            }
        }
    }

    /** object.__new__(t): allocates an instance with the Java layout of t's builtin base. */
    @TruffleBoundary
    public static PyObject allocate(PyType t) {
        if (t.isBuiltin() && t != BuiltinTypes.OBJECT && !t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION) && t != BuiltinTypes.SIMPLE_NAMESPACE) {
            throw PException.typeError("object.__new__(" + t.getName() + ") is not safe, use " + t.getName() + ".__new__()");
        }
        PyType solid = t.getSolidBase();
        if (solid == BuiltinTypes.OBJECT || solid == BuiltinTypes.SIMPLE_NAMESPACE) {
            return new PyObject(t);
        } else if (solid == BuiltinTypes.LIST) {
            return new PyList(t);
        } else if (solid == BuiltinTypes.DICT) {
            return new PyDict(t);
        } else if (solid.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            return new PyBaseException(t, PyTuple.EMPTY);
        } else if (solid == BuiltinTypes.SET || solid == BuiltinTypes.FROZENSET) {
            return new PySet(t);
        } else if (solid == BuiltinTypes.MODULE) {
            return new PyModule(t, new PyDict());
        }
        return new PyObject(t);
    }

    /** Private name mangling of a slot name inside class {@code className}. */
    static String mangle(String className, String ident) {
        if (!ident.startsWith("__") || ident.endsWith("__") || ident.indexOf('.') >= 0) {
            return ident;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        if (i == className.length()) {
            return ident;
        }
        return "_" + className.substring(i) + ident;
    }

    /** The most derived metaclass among {@code meta} and the types of the bases. */
    @TruffleBoundary
    public static PyType calculateMeta(PyType meta, Object[] bases) {
        PyType winner = meta;
        for (Object b : bases) {
            PyType bt = BuiltinTypes.getType(b);
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PException.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static boolean allBuiltin(PyType[] bases) {
        for (PyType b : bases) {
            if (!b.isBuiltin()) {
                return false;
            }
        }
        return true;
    }

    /** type.__new__(meta, name, bases, namespace, **kwds). */
    @TruffleBoundary
    public static PyType createClass(PyType meta, String name, PyTuple basesTuple, PyDict namespace, PyDict kwds) {
        PyType winner = calculateMeta(meta, basesTuple.getItems());
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            Object b = basesTuple.get(i);
            if (!(b instanceof PyType bt)) {
                throw PException.typeError("bases must be types");
            }
            if (bt.isFinalType()) {
                throw PException.typeError("type '" + bt.getName() + "' is not an acceptable base type");
            }
            bases[i] = bt;
        }
        if (bases.length == 0) {
            bases = new PyType[]{BuiltinTypes.OBJECT};
        }
        PyDict dict = namespace.copy();
        PyType t = new PyType(winner, name, bases, dict);
        Object qualname = dict.getItemStr("__qualname__");
        if (qualname != null) {
            if (!(qualname instanceof String qs)) {
                throw PException.typeError("type __qualname__ must be a str, not " + PyObjectOps.typeName(qualname));
            }
            t.setQualname(qs);
            dict.removeItem("__qualname__");
        }
        dict.removeItem("__classcell__");
        String err = t.initUserType();
        if (err != null) {
            throw PException.typeError(err);
        }
        if (dict.getItemStr("__module__") == null) {
            dict.setItemStr("__module__", "builtins");
        }
        Object newf = dict.getItemStr("__new__");
        if (newf instanceof PyFunction) {
            dict.setItemStr("__new__", new PyClassMethod(BuiltinTypes.STATICMETHOD, newf));
        }
        for (String cm : new String[]{"__init_subclass__", "__class_getitem__"}) {
            Object f = dict.getItemStr(cm);
            if (f instanceof PyFunction) {
                dict.setItemStr(cm, new PyClassMethod(BuiltinTypes.CLASSMETHOD, f));
            }
        }
        // __slots__
        Object slots = dict.getItemStr("__slots__");
        boolean baseHasDict = false;
        for (PyType b : bases) {
            if (b.hasInstanceDict()) {
                baseHasDict = true;
            }
        }
        if (slots != null) {
            Object[] names = slots instanceof String s ? new Object[]{s} : PyObjectOps.toArray(slots);
            List<String> slotNames = new ArrayList<>();
            boolean wantDict = false;
            boolean wantWeakref = false;
            for (Object o : names) {
                if (!(o instanceof String sn)) {
                    throw PException.typeError("__slots__ items must be strings, not '" + PyObjectOps.typeName(o) + "'");
                }
                if (sn.equals("__dict__")) {
                    wantDict = true;
                    continue;
                }
                if (sn.equals("__weakref__")) {
                    wantWeakref = true;
                    continue;
                }
                sn = mangle(name, sn);
                if (dict.getItemStr(sn) != null) {
                    throw PException.valueError("'" + sn + "' in __slots__ conflicts with class variable");
                }
                slotNames.add(sn);
                dict.setItemStr(sn, new PyMemberDescriptor(sn, t));
            }
            t.setSlots(slotNames.toArray(new String[0]));
            t.setHasInstanceDict(wantDict || baseHasDict);
            if (wantDict && !baseHasDict) {
                BuiltinRegistry.addInstanceDictDescriptors(t, dict);
            } else if (wantWeakref) {
                BuiltinRegistry.addWeakref(t, dict);
            }
        } else {
            t.setHasInstanceDict(true);
            if (!baseHasDict) {
                BuiltinRegistry.addInstanceDictDescriptors(t, dict);
            } else if (allBuiltin(bases)) {
                BuiltinRegistry.addWeakref(t, dict);
            }
        }
        if (dict.getItemStr("__doc__") == null) {
            dict.setItemStr("__doc__", PyNone.NONE);
        }
        if (dict.getItemStr("__eq__") != null && dict.getItemStr("__hash__") == null) {
            dict.setItemStr("__hash__", PyNone.NONE);
        }

        // __set_name__
        for (Object key : dict.keysArray()) {
            Object v = dict.getItem(key);
            Object setName = BuiltinTypes.getType(v).lookup("__set_name__");
            if (setName != null) {
                try {
                    CallOps.callUnbound(setName, v, new Object[]{t, key}, CallOps.NO_KW);
                } catch (PException e) {
                    PException wrapped = PException.runtimeError("Error calling __set_name__ on '" + PyObjectOps.typeName(v) + "' instance " +
                                    PyObjectOps.repr(key) + " in '" + t.getName() + "'");
                    wrapped.getPyException().setCause(e.getPyException());
                    wrapped.getPyException().setContext(e.getPyException());
                    wrapped.getPyException().setSuppressContext(true);
                    throw wrapped;
                }
            }
        }
        // __init_subclass__ of the parent
        PySuper sup = new PySuper(BuiltinTypes.SUPER);
        sup.type = t;
        sup.obj = t;
        sup.objType = t;
        Object initSub = SuperOps.lookup(sup, "__init_subclass__");
        if (initSub != null) {
            Object[] kwv = kwds == null ? new Object[0] : kwds.valuesArray();
            Object[] kwk = kwds == null ? new Object[0] : kwds.keysArray();
            String[] kn = new String[kwk.length];
            for (int i = 0; i < kn.length; i++) {
                kn[i] = (String) kwk[i];
            }
            CallOps.call(initSub, kwv, kn);
        }
        return t;
    }
}
