package org.minipy.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.builtins.PyBuiltinNode.Builtin4;
import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;
import org.minipy.runtime.BoxedInt;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.NoValue;
import org.minipy.runtime.NumberOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBytes;
import org.minipy.runtime.PyLong;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/** Methods of the builtin types {@code int} and {@code bool}. */
@CoreFunctions(types = {"int", "bool"})
public final class IntBuiltins {
    private static final Object NI = PySingleton.NOT_IMPLEMENTED;

    private IntBuiltins() {
    }

    static boolean given(Object o) {
        return o != NoValue.INSTANCE;
    }

    /** The int value of the receiver of an int method, or TypeError as CPython's descriptor check. */
    @TruffleBoundary
    static Object self(Object self, String name) {
        Object v = IntOps.intValue(self);
        if (v == null) {
            throw PyObjectOps.descriptorError(name, "int", self);
        }
        return v;
    }

    @TruffleBoundary
    static Object binary(BinaryOp op, Object self, Object other, boolean reflected, String name) {
        Object a = self(self, name);
        Object b = IntOps.intValue(other);
        if (b == null) {
            return NI;
        }
        return reflected ? NumberOps.intBinary(op, b, a) : NumberOps.intBinary(op, a, b);
    }

    @TruffleBoundary
    static Object boolBinary(BinaryOp op, Object self, Object other, boolean reflected, String name) {
        if (!(self instanceof Boolean)) {
            throw PException.typeError("descriptor '" + name + "' requires a 'bool' object but received a '" + PyObjectOps.typeName(self) + "'");
        }
        if (other instanceof Boolean b) {
            boolean a = (Boolean) self;
            switch (op) {
                case AND:
                    return a & b;
                case OR:
                    return a | b;
                default:
                    return a ^ b;
            }
        }
        return binary(op, self, other, reflected, name);
    }

    @TruffleBoundary
    static Object compare(Object self, Object other, int op, String name) {
        Object a = self(self, name);
        Object b = IntOps.intValue(other);
        if (b == null) {
            return NI;
        }
        return NumberOps.compareFast(a, b, op);
    }

    // ================================================================== construction

    @Builtin(name = "__new__", params = {"cls", "x", "base"}, required = 1, posonly = 2, kind = Builtin.Kind.NEW, types = "int")
    @GenerateNodeFactory
    public abstract static class NewNode extends Builtin3 {
        @Specialization(guards = "isInt(cls)")
        static long doLong(Object cls, long x, NoValue base) {
            return x;
        }

        @Specialization(guards = {"isInt(cls)", "fitsLong(x)"})
        static long doDouble(Object cls, double x, NoValue base) {
            return (long) x;
        }

        @Specialization(replaces = {"doLong", "doDouble"})
        static Object doGeneric(Object cls, Object x, Object base) {
            return newInt(cls, x, base);
        }

        static boolean isInt(Object cls) {
            return cls == BuiltinTypes.INT;
        }

        static boolean fitsLong(double x) {
            return x > -9.2e18 && x < 9.2e18;
        }
    }

    @TruffleBoundary
    static Object newInt(Object cls, Object x, Object base) {
        Object v;
        if (!given(x)) {
            if (given(base)) {
                throw PException.typeError("int() missing string argument");
            }
            v = 0L;
        } else if (!given(base)) {
            v = IntOps.toInt(x);
        } else {
            v = IntOps.toIntBase(x, base);
        }
        if (cls == BuiltinTypes.INT) {
            return v;
        }
        if (!(cls instanceof PyType t)) {
            throw PException.typeError("int.__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
        }
        if (!t.isSubtypeOf(BuiltinTypes.INT)) {
            throw PException.typeError("int.__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of int");
        }
        if (t == BuiltinTypes.BOOL) {
            throw PException.typeError("int.__new__(bool) is not safe, use bool.__new__()");
        }
        return new BoxedInt(t, v);
    }

    @Builtin(name = "__new__", params = {"cls", "x"}, required = 1, kind = Builtin.Kind.NEW, types = "bool")
    @GenerateNodeFactory
    public abstract static class BoolNewNode extends Builtin2 {
        @Specialization
        static boolean doBoolean(Object cls, boolean x) {
            return x;
        }

        @Specialization
        @TruffleBoundary
        static Object doGeneric(Object cls, Object x) {
            if (cls != BuiltinTypes.BOOL) {
                if (cls instanceof PyType t) {
                    throw PException.typeError("bool.__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of bool");
                }
                throw PException.typeError("bool.__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
            }
            if (!given(x)) {
                return false;
            }
            return PyObjectOps.isTrue(x);
        }
    }

    // ================================================================== conversions

    @Builtin(name = "__repr__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            return IntOps.toDecimalString(self(self, "__repr__"));
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "bool")
    @GenerateNodeFactory
    public abstract static class BoolReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            if (self instanceof Boolean b) {
                return b ? "True" : "False";
            }
            throw PException.typeError("descriptor '__repr__' requires a 'bool' object but received a '" + PyObjectOps.typeName(self) + "'");
        }
    }

    @Builtin(name = "__hash__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class HashNode extends Builtin1 {
        @Specialization
        static long hash(Object self) {
            return IntOps.hash(self(self, "__hash__"));
        }
    }

    @Builtin(name = "__bool__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class BoolNode extends Builtin1 {
        @Specialization
        static boolean doLong(long self) {
            return self != 0;
        }

        @Specialization
        static boolean doBoolean(boolean self) {
            return self;
        }

        @Specialization
        static boolean doGeneric(Object self) {
            Object v = self(self, "__bool__");
            return !(v instanceof Long l && l == 0);
        }
    }

    /** __int__, __index__, __trunc__, __floor__, __ceil__, __pos__, conjugate, numerator, real: the int itself. */
    @TruffleBoundary
    static Object identity(Object self, String name) {
        return self(self, name);
    }

    @Builtin(name = "__int__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class IntNode extends Builtin1 {
        @Specialization
        static long doLong(long self) {
            return self;
        }

        @Specialization(replaces = "doLong")
        static Object doGeneric(Object self) {
            return identity(self, "__int__");
        }
    }

    @Builtin(name = "__index__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class IndexNode extends Builtin1 {
        @Specialization
        static long doLong(long self) {
            return self;
        }

        @Specialization(replaces = "doLong")
        static Object doGeneric(Object self) {
            return identity(self, "__index__");
        }
    }

    @Builtin(name = "__trunc__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class TruncNode extends Builtin1 {
        @Specialization
        static Object doGeneric(Object self) {
            return identity(self, "__trunc__");
        }
    }

    @Builtin(name = "__floor__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class FloorNode extends Builtin1 {
        @Specialization
        static long doLong(long self) {
            return self;
        }

        @Specialization(replaces = "doLong")
        static Object doGeneric(Object self) {
            return identity(self, "__floor__");
        }
    }

    @Builtin(name = "__ceil__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class CeilNode extends Builtin1 {
        @Specialization
        static long doLong(long self) {
            return self;
        }

        @Specialization(replaces = "doLong")
        static Object doGeneric(Object self) {
            return identity(self, "__ceil__");
        }
    }

    @Builtin(name = "__float__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class FloatNode extends Builtin1 {
        @Specialization
        static double doLong(long self) {
            return self;
        }

        @Specialization(replaces = "doLong")
        static double doGeneric(Object self) {
            return NumberOps.toDouble(self(self, "__float__"));
        }
    }

    @Builtin(name = "__round__", params = {"self", "ndigits"}, required = 1, types = "int")
    @GenerateNodeFactory
    public abstract static class RoundNode extends Builtin2 {
        @Specialization
        static long doLong(long self, NoValue ndigits) {
            return self;
        }

        @Specialization(replaces = "doLong")
        @TruffleBoundary
        static Object doGeneric(Object self, Object ndigits) {
            Object v = self(self, "__round__");
            if (!given(ndigits)) {
                return v;
            }
            Object nd = PyObjectOps.index(ndigits);
            if (PyLong.toBig(nd).signum() >= 0) {
                return v;
            }
            return IntOps.roundNegative(v, nd);
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec"}, types = "int")
    @GenerateNodeFactory
    public abstract static class FormatNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object format(Object self, Object spec) {
            Object v = self(self, "__format__");
            if (!(spec instanceof String s)) {
                throw PException.typeError("__format__() argument must be str, not " + PyObjectOps.typeName(spec));
            }
            if (s.isEmpty()) {
                return PyObjectOps.str(self);
            }
            return IntOps.format(v, s);
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class GetNewArgsNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getnewargs(Object self) {
            return PyTuple.of(self(self, "__getnewargs__"));
        }
    }

    @Builtin(name = "__sizeof__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class SizeofNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static long sizeof(Object self) {
            Object v = self(self, "__sizeof__");
            long bits = IntOps.bitLength(v);
            return 24 + 4 * Math.max(1, (bits + 29) / 30);
        }
    }

    // ================================================================== unary

    @Builtin(name = "__neg__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class NegNode extends Builtin1 {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long self) {
            return Math.negateExact(self);
        }

        @Specialization(replaces = "doLong")
        static Object doGeneric(Object self) {
            return NumberOps.negate(self(self, "__neg__"));
        }
    }

    @Builtin(name = "__pos__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class PosNode extends Builtin1 {
        @Specialization
        static Object doGeneric(Object self) {
            return identity(self, "__pos__");
        }
    }

    @Builtin(name = "__abs__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class AbsNode extends Builtin1 {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long self) {
            return self < 0 ? Math.negateExact(self) : self;
        }

        @Specialization(replaces = "doLong")
        static Object doGeneric(Object self) {
            return NumberOps.abs(self(self, "__abs__"));
        }
    }

    @Builtin(name = "__invert__", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class InvertNode extends Builtin1 {
        @Specialization
        static long doLong(long self) {
            return ~self;
        }

        @Specialization(replaces = "doLong")
        static Object doGeneric(Object self) {
            return NumberOps.invert(self(self, "__invert__"));
        }
    }

    // ================================================================== power

    @Builtin(name = "__pow__", params = {"self", "other", "mod"}, required = 2, types = "int")
    @GenerateNodeFactory
    public abstract static class PowNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object pow(Object self, Object other, Object mod) {
            return intPow(self(self, "__pow__"), other, mod);
        }
    }

    @Builtin(name = "__rpow__", params = {"self", "other", "mod"}, required = 2, types = "int")
    @GenerateNodeFactory
    public abstract static class RpowNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object rpow(Object self, Object other, Object mod) {
            Object a = self(self, "__rpow__");
            Object b = IntOps.intValue(other);
            if (b == null) {
                return NI;
            }
            return intPow(b, a, mod);
        }
    }

    @TruffleBoundary
    static Object intPow(Object a, Object other, Object mod) {
        Object b = IntOps.intValue(other);
        if (b == null) {
            return NI;
        }
        if (!given(mod) || mod == PyNone.NONE) {
            return NumberOps.intBinary(BinaryOp.POW, a, b);
        }
        Object m = IntOps.intValue(mod);
        if (m == null) {
            return NI;
        }
        return BinaryOps.pow3(a, b, m);
    }

    // ================================================================== methods

    @Builtin(name = "conjugate", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends Builtin1 {
        @Specialization
        static Object conjugate(Object self) {
            return identity(self, "conjugate");
        }
    }

    @Builtin(name = "bit_length", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class BitLengthNode extends Builtin1 {
        @Specialization
        static long bitLength(Object self) {
            return IntOps.bitLength(self(self, "bit_length"));
        }
    }

    @Builtin(name = "bit_count", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class BitCountNode extends Builtin1 {
        @Specialization
        static long bitCount(Object self) {
            return IntOps.bitCount(self(self, "bit_count"));
        }
    }

    @Builtin(name = "as_integer_ratio", params = {"self"}, types = "int")
    @GenerateNodeFactory
    public abstract static class AsIntegerRatioNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object ratio(Object self) {
            return PyTuple.of(self(self, "as_integer_ratio"), 1L);
        }
    }

    @Builtin(name = "to_bytes", params = {"self", "length", "byteorder"}, required = 1, posonly = 1, kwonly = {"signed"}, types = "int")
    @GenerateNodeFactory
    public abstract static class ToBytesNode extends Builtin4 {
        @Specialization
        @TruffleBoundary
        static Object toBytes(Object self, Object length, Object byteorder, Object signed) {
            Object v = self(self, "to_bytes");
            long len = 1;
            if (given(length)) {
                Object l = PyObjectOps.index(length);
                if (l instanceof BigInteger b) {
                    if (b.signum() < 0) {
                        throw PException.valueError("length argument must be non-negative");
                    }
                    throw PException.overflow("Python int too large to convert to C ssize_t");
                }
                len = (Long) l;
            }
            String order = "big";
            if (given(byteorder)) {
                if (!(byteorder instanceof String s)) {
                    throw PException.typeError("to_bytes() argument 'byteorder' must be str, not " + PyObjectOps.typeName(byteorder));
                }
                order = s;
            }
            boolean sgn = given(signed) && PyObjectOps.isTrue(signed);
            return IntOps.toBytes(v, len, order, sgn);
        }
    }

    @Builtin(name = "from_bytes", params = {"cls", "bytes", "byteorder"}, required = 2, posonly = 1, kwonly = {"signed"}, kind = Builtin.Kind.CLASSMETHOD, types = "int")
    @GenerateNodeFactory
    public abstract static class FromBytesNode extends Builtin4 {
        @Specialization
        @TruffleBoundary
        static Object fromBytes(Object cls, Object bytes, Object byteorder, Object signed) {
            byte[] data;
            if (bytes instanceof PyBytes b) {
                data = b.toArray();
            } else if (bytes instanceof String) {
                throw PException.typeError("cannot convert 'str' object to bytes");
            } else if (PyObjectOps.type(bytes).lookup("__bytes__") != null) {
                Object r = CallOps.callMethod(bytes, "__bytes__");
                if (!(r instanceof PyBytes rb)) {
                    throw PException.typeError("__bytes__ returned non-bytes (type " + PyObjectOps.typeName(r) + ")");
                }
                data = rb.toArray();
            } else {
                Object[] items = PyObjectOps.toArray(bytes);
                data = new byte[items.length];
                for (int i = 0; i < items.length; i++) {
                    Object v = PyObjectOps.index(items[i]);
                    if (!(v instanceof Long l) || l < 0 || l > 255) {
                        throw PException.valueError("bytes must be in range(0, 256)");
                    }
                    data[i] = (byte) (long) (Long) v;
                }
            }
            String order = "big";
            if (given(byteorder)) {
                if (!(byteorder instanceof String s)) {
                    throw PException.typeError("from_bytes() argument 'byteorder' must be str, not " + PyObjectOps.typeName(byteorder));
                }
                order = s;
            }
            boolean sgn = given(signed) && PyObjectOps.isTrue(signed);
            Object v = IntOps.fromBytes(data, order, sgn);
            if (cls == BuiltinTypes.INT) {
                return v;
            }
            return CallOps.call(cls, v);
        }
    }

    @Builtin(name = "real", params = {"self"}, kind = Builtin.Kind.GETTER, types = "int")
    @GenerateNodeFactory
    public abstract static class RealNode extends Builtin1 {
        @Specialization
        static Object real(Object self) {
            return identity(self, "real");
        }
    }

    @Builtin(name = "imag", params = {"self"}, kind = Builtin.Kind.GETTER, types = "int")
    @GenerateNodeFactory
    public abstract static class ImagNode extends Builtin1 {
        @Specialization
        static Object imag(Object self) {
            self(self, "imag");
            return 0L;
        }
    }

    @Builtin(name = "numerator", params = {"self"}, kind = Builtin.Kind.GETTER, types = "int")
    @GenerateNodeFactory
    public abstract static class NumeratorNode extends Builtin1 {
        @Specialization
        static Object numerator(Object self) {
            return identity(self, "numerator");
        }
    }

    @Builtin(name = "denominator", params = {"self"}, kind = Builtin.Kind.GETTER, types = "int")
    @GenerateNodeFactory
    public abstract static class DenominatorNode extends Builtin1 {
        @Specialization
        static Object denominator(Object self) {
            self(self, "denominator");
            return 1L;
        }
    }

    // ================================================================== binary operators (generated pattern)

    @Builtin(name = "__add__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class AddNode extends Builtin2 {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long add(long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.ADD, self, other, false, "__add__");
        }
    }

    @Builtin(name = "__radd__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RaddNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.ADD, self, other, true, "__radd__");
        }
    }

    @Builtin(name = "__sub__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class SubNode extends Builtin2 {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long sub(long a, long b) {
            return Math.subtractExact(a, b);
        }

        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.SUB, self, other, false, "__sub__");
        }
    }

    @Builtin(name = "__rsub__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RsubNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.SUB, self, other, true, "__rsub__");
        }
    }

    @Builtin(name = "__mul__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class MulNode extends Builtin2 {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long mul(long a, long b) {
            return Math.multiplyExact(a, b);
        }

        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.MUL, self, other, false, "__mul__");
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RmulNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.MUL, self, other, true, "__rmul__");
        }
    }

    @Builtin(name = "__truediv__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class TruedivNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.TRUEDIV, self, other, false, "__truediv__");
        }
    }

    @Builtin(name = "__rtruediv__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RtruedivNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.TRUEDIV, self, other, true, "__rtruediv__");
        }
    }

    @Builtin(name = "__floordiv__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class FloordivNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.FLOORDIV, self, other, false, "__floordiv__");
        }
    }

    @Builtin(name = "__rfloordiv__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RfloordivNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.FLOORDIV, self, other, true, "__rfloordiv__");
        }
    }

    @Builtin(name = "__mod__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class ModNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.MOD, self, other, false, "__mod__");
        }
    }

    @Builtin(name = "__rmod__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RmodNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.MOD, self, other, true, "__rmod__");
        }
    }

    @Builtin(name = "__divmod__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class DivmodNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.DIVMOD, self, other, false, "__divmod__");
        }
    }

    @Builtin(name = "__rdivmod__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RdivmodNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.DIVMOD, self, other, true, "__rdivmod__");
        }
    }

    @Builtin(name = "__lshift__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class LshiftNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.LSHIFT, self, other, false, "__lshift__");
        }
    }

    @Builtin(name = "__rlshift__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RlshiftNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.LSHIFT, self, other, true, "__rlshift__");
        }
    }

    @Builtin(name = "__rshift__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RshiftNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.RSHIFT, self, other, false, "__rshift__");
        }
    }

    @Builtin(name = "__rrshift__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RrshiftNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.RSHIFT, self, other, true, "__rrshift__");
        }
    }

    @Builtin(name = "__and__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class AndNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.AND, self, other, false, "__and__");
        }
    }

    @Builtin(name = "__rand__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RandNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.AND, self, other, true, "__rand__");
        }
    }

    @Builtin(name = "__or__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class OrNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.OR, self, other, false, "__or__");
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RorNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.OR, self, other, true, "__ror__");
        }
    }

    @Builtin(name = "__xor__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class XorNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.XOR, self, other, false, "__xor__");
        }
    }

    @Builtin(name = "__rxor__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class RxorNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return binary(BinaryOp.XOR, self, other, true, "__rxor__");
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class LtNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.LT, "__lt__");
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class LeNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.LE, "__le__");
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class EqNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.EQ, "__eq__");
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class NeNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.NE, "__ne__");
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class GtNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.GT, "__gt__");
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"}, types = "int")
    @GenerateNodeFactory
    public abstract static class GeNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.GE, "__ge__");
        }
    }

    @Builtin(name = "__and__", params = {"self", "other"}, types = "bool")
    @GenerateNodeFactory
    public abstract static class BoolAndNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return boolBinary(BinaryOp.AND, self, other, false, "__and__");
        }
    }

    @Builtin(name = "__rand__", params = {"self", "other"}, types = "bool")
    @GenerateNodeFactory
    public abstract static class BoolRandNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return boolBinary(BinaryOp.AND, self, other, true, "__rand__");
        }
    }

    @Builtin(name = "__or__", params = {"self", "other"}, types = "bool")
    @GenerateNodeFactory
    public abstract static class BoolOrNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return boolBinary(BinaryOp.OR, self, other, false, "__or__");
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"}, types = "bool")
    @GenerateNodeFactory
    public abstract static class BoolRorNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return boolBinary(BinaryOp.OR, self, other, true, "__ror__");
        }
    }

    @Builtin(name = "__xor__", params = {"self", "other"}, types = "bool")
    @GenerateNodeFactory
    public abstract static class BoolXorNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return boolBinary(BinaryOp.XOR, self, other, false, "__xor__");
        }
    }

    @Builtin(name = "__rxor__", params = {"self", "other"}, types = "bool")
    @GenerateNodeFactory
    public abstract static class BoolRxorNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return boolBinary(BinaryOp.XOR, self, other, true, "__rxor__");
        }
    }

}
