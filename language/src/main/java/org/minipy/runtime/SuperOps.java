package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Attribute lookup through {@code super()}. */
public final class SuperOps {
    private SuperOps() {
    }

    /** Finds {@code name} after {@code s.type} in the MRO of {@code s.objType} and binds it; null if absent. */
    @TruffleBoundary
    public static Object lookup(PySuper s, String name) {
        PyType start = s.objType;
        if (start == null) {
            return null;
        }
        PyType[] mro = start.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != s.type) {
            i++;
        }
        i++;
        for (; i < mro.length; i++) {
            Object v = mro[i].getDict().getItemStr(name);
            if (v != null) {
                if (PyObjectOps.hasGet(v)) {
                    Object inst = s.obj == s.objType ? null : s.obj;
                    if (v instanceof PyClassMethod || (v instanceof PyBuiltinFunction b && b.getInfo().getKind() == BuiltinInfo.Kind.CLASSMETHOD)) {
                        return PyObjectOps.descrGet(v, inst, s.objType);
                    }
                    if (v instanceof PyBuiltinFunction b && b.getInfo().getKind() == BuiltinInfo.Kind.NEW) {
                        return v;
                    }
                    return PyObjectOps.descrGet(v, inst, s.objType);
                }
                return v;
            }
        }
        return null;
    }
}
