package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySet;
import org.minipy.runtime.PyType;
import org.minipy.runtime.StrMethods;

/** is, is not, in, not in. */
public final class OtherCompareNodes {
    private OtherCompareNodes() {
    }

    /** Identity. Java boxes of equal ints, floats and bools count as identical, as small values are in CPython. */
    public static boolean isSame(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return la.longValue() == lb.longValue();
        }
        if (a instanceof Boolean ba && b instanceof Boolean bb) {
            return ba.booleanValue() == bb.booleanValue();
        }
        if (a instanceof Double da && b instanceof Double db) {
            return Double.doubleToRawLongBits(da) == Double.doubleToRawLongBits(db);
        }
        if (a instanceof String sa && b instanceof String sb) {
            return sa.isEmpty() && sb.isEmpty() || (sa.length() == 1 && sa.equals(sb));
        }
        return false;
    }

    public abstract static class IsNode extends BinaryNode {
        @Specialization
        static boolean doLong(long a, long b) {
            return a == b;
        }

        @Specialization
        static boolean doBoolean(boolean a, boolean b) {
            return a == b;
        }

        @Fallback
        static boolean doGeneric(Object a, Object b) {
            return isSame(a, b);
        }
    }

    public abstract static class IsNotNode extends BinaryNode {
        @Specialization
        static boolean doLong(long a, long b) {
            return a != b;
        }

        @Specialization
        static boolean doBoolean(boolean a, boolean b) {
            return a != b;
        }

        @Fallback
        static boolean doGeneric(Object a, Object b) {
            return !isSame(a, b);
        }
    }

    /** {@code item in container}: left is the item. */
    static boolean isBuiltinSet(PySet s) {
        PyType t = s.getPyType();
        return t == BuiltinTypes.SET || t == BuiltinTypes.FROZENSET;
    }

    public abstract static class InNode extends BinaryNode {
        @Specialization(guards = "container.isExactSetOrFrozenset()")
        static boolean doLongInSet(long item, PySet container) {
            int r = container.containsLong(item);
            if (r == PySet.UNKNOWN) {
                return PyObjectOps.contains(container, item);
            }
            return r == 1;
        }

        @Specialization(guards = "container.isExactDict()")
        static boolean doStrInDict(String item, PyDict container) {
            int ix = container.findEntryStrFast(item);
            if (ix == PyDict.UNKNOWN) {
                return PyObjectOps.contains(container, item);
            }
            return ix >= 0;
        }

        @Specialization(guards = "container.isExactDict()")
        static boolean doLongInDict(long item, PyDict container) {
            int ix = container.findEntryLongFast(item);
            if (ix == PyDict.UNKNOWN) {
                return PyObjectOps.contains(container, item);
            }
            return ix >= 0;
        }

        /** A one-character str in a str ({@code ch in " \t\n"}): a short scan without a boundary. */
        @Specialization(guards = "item.length() == 1")
        static boolean doCharInStr(String item, String container) {
            char c = item.charAt(0);
            int n = container.length();
            if (n > 32) {
                return strContains(container, item);
            }
            for (int i = 0; i < n; i++) {
                if (container.charAt(i) == c) {
                    return true;
                }
            }
            return false;
        }

        @Specialization
        static boolean doStrInStr(String item, String container) {
            return strContains(container, item);
        }

        @TruffleBoundary
        static boolean strContains(String container, String item) {
            return StrMethods.contains(container, item);
        }

        @Specialization(replaces = {"doLongInSet", "doStrInDict", "doLongInDict"})
        static boolean doGeneric(Object item, Object container) {
            return PyObjectOps.contains(container, item);
        }
    }

    public abstract static class NotInNode extends BinaryNode {
        @Specialization(guards = "container.isExactSetOrFrozenset()")
        static boolean doLongInSet(long item, PySet container) {
            return !InNode.doLongInSet(item, container);
        }

        @Specialization(guards = "container.isExactDict()")
        static boolean doStrInDict(String item, PyDict container) {
            return !InNode.doStrInDict(item, container);
        }

        @Specialization(guards = "container.isExactDict()")
        static boolean doLongInDict(long item, PyDict container) {
            return !InNode.doLongInDict(item, container);
        }

        @Specialization(guards = "item.length() == 1")
        static boolean doCharInStr(String item, String container) {
            return !InNode.doCharInStr(item, container);
        }

        @Specialization
        static boolean doStrInStr(String item, String container) {
            return !InNode.strContains(container, item);
        }

        @Specialization(replaces = {"doLongInSet", "doStrInDict", "doLongInDict"})
        static boolean doGeneric(Object item, Object container) {
            return !PyObjectOps.contains(container, item);
        }
    }
}
