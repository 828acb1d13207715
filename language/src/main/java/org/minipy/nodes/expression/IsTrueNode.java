package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PyTypeSystem;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTuple;

/** PyObject_IsTrue. */
@TypeSystemReference(PyTypeSystem.class)
@GenerateInline(false)
public abstract class IsTrueNode extends Node {
    public abstract boolean execute(Object value);

    @NeverDefault
    public static IsTrueNode create() {
        return IsTrueNodeGen.create();
    }

    @Specialization
    static boolean doBoolean(boolean b) {
        return b;
    }

    @Specialization
    static boolean doLong(long l) {
        return l != 0;
    }

    @Specialization
    static boolean doDouble(double d) {
        return d != 0.0;
    }

    @Specialization
    static boolean doNone(PyNone n) {
        return false;
    }

    @Specialization
    static boolean doString(String s) {
        return !s.isEmpty();
    }

    @Specialization(guards = "l.getPyType() == LIST")
    static boolean doList(PyList l) {
        return l.size() != 0;
    }

    @Specialization(guards = "t.getPyType() == TUPLE")
    static boolean doTuple(PyTuple t) {
        return t.size() != 0;
    }

    @Specialization(guards = "d.getPyType() == DICT")
    static boolean doDict(PyDict d) {
        return d.size() != 0;
    }

    @Fallback
    static boolean doGeneric(Object o) {
        return PyObjectOps.isTrue(o);
    }

    static final org.minipy.runtime.PyType LIST = BuiltinTypes.LIST;
    static final org.minipy.runtime.PyType TUPLE = BuiltinTypes.TUPLE;
    static final org.minipy.runtime.PyType DICT = BuiltinTypes.DICT;
}
