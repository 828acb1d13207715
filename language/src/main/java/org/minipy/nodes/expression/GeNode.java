package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.PyObjectOps;

/** {@code a >= b}. */
public abstract class GeNode extends BinaryNode {
    @Specialization
    static boolean doLong(long a, long b) {
        return a >= b;
    }

    @Specialization
    static boolean doDouble(double a, double b) {
        return a >= b;
    }

    @Specialization
    static boolean doLongDouble(long a, double b) {
        if (a >= -(1L << 53) && a <= (1L << 53)) {
            return (double) a >= b;
        }
        return (Boolean) PyObjectOps.richCompare(a, b, PyObjectOps.GE);
    }

    @Specialization
    static boolean doDoubleLong(double a, long b) {
        if (b >= -(1L << 53) && b <= (1L << 53)) {
            return a >= (double) b;
        }
        return (Boolean) PyObjectOps.richCompare(a, b, PyObjectOps.GE);
    }

    @Specialization
    @TruffleBoundary
    static boolean doString(String a, String b) {
        return org.minipy.runtime.PyStrOps.compare(a, b) >= 0;
    }

    @Fallback
    static Object doGeneric(Object a, Object b) {
        return PyObjectOps.richCompare(a, b, PyObjectOps.GE);
    }
}
