package org.minipy.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BoxedFloat;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.ComplexOps;
import org.minipy.runtime.FloatOps;
import org.minipy.runtime.FormatSpec;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.NoValue;
import org.minipy.runtime.NumberOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyComplex;
import org.minipy.runtime.PyFloatFormat;
import org.minipy.runtime.PyHash;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/** Methods of the builtin types {@code float} and {@code complex}. */
@CoreFunctions(types = {"float", "complex"})
public final class FloatBuiltins {
    private static final Object NI = PySingleton.NOT_IMPLEMENTED;

    private FloatBuiltins() {
    }

    static boolean given(Object o) {
        return o != NoValue.INSTANCE;
    }

    /** The double of the receiver of a float method, or TypeError as CPython's descriptor check. */
    @TruffleBoundary
    static double self(Object self, String name) {
        Double d = FloatOps.floatValue(self);
        if (d == null) {
            throw PyObjectOps.descriptorError(name, "float", self);
        }
        return d;
    }

    /** A float operand (float or int), or null: CPython's CONVERT_TO_DOUBLE. */
    @TruffleBoundary
    static Double operand(Object other) {
        Double d = FloatOps.floatValue(other);
        if (d != null) {
            return d;
        }
        Object i = IntOps.intValue(other);
        if (i != null) {
            return NumberOps.toDouble(i);
        }
        return null;
    }

    @TruffleBoundary
    static Object floatBinary(BinaryOp op, Object self, Object other, boolean reflected, String name) {
        double a = self(self, name);
        Double b = operand(other);
        if (b == null) {
            return NI;
        }
        return reflected ? NumberOps.floatBinary(op, b, a) : NumberOps.floatBinary(op, a, b);
    }

    @TruffleBoundary
    static Object compare(Object self, Object other, int op, String name) {
        double a = self(self, name);
        Double d = FloatOps.floatValue(other);
        if (d != null) {
            return NumberOps.compareFast(a, d, op);
        }
        Object i = IntOps.intValue(other);
        if (i != null) {
            return NumberOps.compareFast(a, i, op);
        }
        return NI;
    }

    // ================================================================== float construction

    @Builtin(name = "__new__", params = {"cls", "x"}, required = 1, kind = Builtin.Kind.NEW, types = "float")
    @GenerateNodeFactory
    public abstract static class NewNode extends Builtin2 {
        @Specialization(guards = "isFloat(cls)")
        static double doDouble(Object cls, double x) {
            return x;
        }

        @Specialization(guards = "isFloat(cls)")
        static double doLong(Object cls, long x) {
            return x;
        }

        @Specialization(replaces = {"doDouble", "doLong"})
        @TruffleBoundary
        static Object doGeneric(Object cls, Object x) {
            double v = given(x) ? FloatOps.toFloat(x) : 0.0;
            if (cls == BuiltinTypes.FLOAT) {
                return v;
            }
            if (!(cls instanceof PyType t)) {
                throw PException.typeError("float.__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
            }
            if (!t.isSubtypeOf(BuiltinTypes.FLOAT)) {
                throw PException.typeError("float.__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of float");
            }
            return new BoxedFloat(t, v);
        }

        static boolean isFloat(Object cls) {
            return cls == BuiltinTypes.FLOAT;
        }
    }

    @Builtin(name = "fromhex", params = {"cls", "string"}, kind = Builtin.Kind.CLASSMETHOD, types = "float")
    @GenerateNodeFactory
    public abstract static class FromHexNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object fromhex(Object cls, Object string) {
            if (!(string instanceof String s)) {
                throw PException.typeError("fromhex() argument must be str, not " + PyObjectOps.typeName(string));
            }
            double v = FloatOps.fromHex(s);
            if (cls == BuiltinTypes.FLOAT) {
                return v;
            }
            return CallOps.call(cls, v);
        }
    }

    @Builtin(name = "__getformat__", params = {"cls", "typestr"}, kind = Builtin.Kind.CLASSMETHOD, types = "float")
    @GenerateNodeFactory
    public abstract static class GetFormatNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getformat(Object cls, Object typestr) {
            if (!(typestr instanceof String s)) {
                throw PException.typeError("__getformat__() argument must be str, not " + PyObjectOps.typeName(typestr));
            }
            if (!s.equals("double") && !s.equals("float")) {
                throw PException.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, little-endian";
        }
    }

    // ================================================================== float conversions

    @Builtin(name = "__repr__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            return PyFloatFormat.repr(self(self, "__repr__"));
        }
    }

    @Builtin(name = "__hash__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class HashNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static long hash(Object self) {
            return PyHash.hashDouble(self(self, "__hash__"), self);
        }
    }

    @Builtin(name = "__bool__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class BoolNode extends Builtin1 {
        @Specialization
        static boolean doDouble(double self) {
            return self != 0.0;
        }

        @Specialization
        static boolean doGeneric(Object self) {
            return self(self, "__bool__") != 0.0;
        }
    }

    @Builtin(name = "__float__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class FloatNode extends Builtin1 {
        @Specialization
        static double doDouble(double self) {
            return self;
        }

        @Specialization(replaces = "doDouble")
        static double doGeneric(Object self) {
            return self(self, "__float__");
        }
    }

    @Builtin(name = "__int__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    @ImportStatic(FloatBuiltins.class)
    public abstract static class IntNode extends Builtin1 {
        @Specialization(guards = "fitsLong(self)")
        static long doDouble(double self) {
            return (long) self;
        }

        @Specialization(replaces = "doDouble")
        static Object doGeneric(Object self) {
            return IntOps.fromDouble(self(self, "__int__"));
        }
    }

    static boolean fitsLong(double x) {
        return x > -9.2e18 && x < 9.2e18;
    }

    @Builtin(name = "__trunc__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    @ImportStatic(FloatBuiltins.class)
    public abstract static class TruncNode extends Builtin1 {
        @Specialization(guards = "fitsLong(self)")
        static long doDouble(double self) {
            return (long) self;
        }

        @Specialization(replaces = "doDouble")
        static Object doGeneric(Object self) {
            return IntOps.fromDouble(self(self, "__trunc__"));
        }
    }

    @Builtin(name = "__floor__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    @ImportStatic(FloatBuiltins.class)
    public abstract static class FloorNode extends Builtin1 {
        @Specialization(guards = "fitsLong(self)")
        static long doDouble(double self) {
            return (long) Math.floor(self);
        }

        @Specialization(replaces = "doDouble")
        static Object doGeneric(Object self) {
            return FloatOps.floor(self(self, "__floor__"));
        }
    }

    @Builtin(name = "__ceil__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    @ImportStatic(FloatBuiltins.class)
    public abstract static class CeilNode extends Builtin1 {
        @Specialization(guards = "fitsLong(self)")
        static long doDouble(double self) {
            return (long) Math.ceil(self);
        }

        @Specialization(replaces = "doDouble")
        static Object doGeneric(Object self) {
            return FloatOps.ceil(self(self, "__ceil__"));
        }
    }

    @Builtin(name = "__round__", params = {"self", "ndigits"}, required = 1, types = "float")
    @GenerateNodeFactory
    @ImportStatic(FloatBuiltins.class)
    public abstract static class RoundNode extends Builtin2 {
        @Specialization(guards = "fitsLong(self)")
        static long doDouble(double self, NoValue ndigits) {
            return (long) Math.rint(self);
        }

        @Specialization(replaces = "doDouble")
        @TruffleBoundary
        static Object doGeneric(Object self, Object ndigits) {
            double x = self(self, "__round__");
            if (!given(ndigits) || ndigits == PyNone.NONE) {
                return FloatOps.roundToInt(x);
            }
            Object nd = PyObjectOps.index(ndigits);
            long n;
            if (nd instanceof BigInteger b) {
                n = b.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            } else {
                n = (Long) nd;
            }
            return FloatOps.round(x, n);
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec"}, types = "float")
    @GenerateNodeFactory
    public abstract static class FormatNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object format(Object self, Object spec) {
            double v = self(self, "__format__");
            if (!(spec instanceof String s)) {
                throw PException.typeError("__format__() argument must be str, not " + PyObjectOps.typeName(spec));
            }
            if (s.isEmpty()) {
                return PyObjectOps.str(self);
            }
            return FormatSpec.formatFloat(v, s);
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class GetNewArgsNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getnewargs(Object self) {
            return PyTuple.of(self(self, "__getnewargs__"));
        }
    }

    @Builtin(name = "__neg__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class NegNode extends Builtin1 {
        @Specialization
        static double doDouble(double self) {
            return -self;
        }

        @Specialization(replaces = "doDouble")
        static double doGeneric(Object self) {
            return -self(self, "__neg__");
        }
    }

    @Builtin(name = "__pos__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class PosNode extends Builtin1 {
        @Specialization
        static double doDouble(double self) {
            return self;
        }

        @Specialization(replaces = "doDouble")
        static double doGeneric(Object self) {
            return self(self, "__pos__");
        }
    }

    @Builtin(name = "__abs__", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class AbsNode extends Builtin1 {
        @Specialization
        static double doDouble(double self) {
            return Math.abs(self);
        }

        @Specialization(replaces = "doDouble")
        static double doGeneric(Object self) {
            return Math.abs(self(self, "__abs__"));
        }
    }

    @Builtin(name = "__pow__", params = {"self", "other", "mod"}, required = 2, types = "float")
    @GenerateNodeFactory
    public abstract static class PowNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object pow(Object self, Object other, Object mod) {
            double a = self(self, "__pow__");
            Double b = operand(other);
            if (b == null) {
                return NI;
            }
            if (given(mod) && mod != PyNone.NONE) {
                throw PException.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return NumberOps.floatBinary(BinaryOp.POW, a, b);
        }
    }

    @Builtin(name = "__rpow__", params = {"self", "other", "mod"}, required = 2, types = "float")
    @GenerateNodeFactory
    public abstract static class RpowNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object rpow(Object self, Object other, Object mod) {
            double a = self(self, "__rpow__");
            Double b = operand(other);
            if (b == null) {
                return NI;
            }
            if (given(mod) && mod != PyNone.NONE) {
                throw PException.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return NumberOps.floatBinary(BinaryOp.POW, b, a);
        }
    }

    // ================================================================== float methods

    @Builtin(name = "is_integer", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class IsIntegerNode extends Builtin1 {
        @Specialization
        static boolean isInteger(Object self) {
            double d = self(self, "is_integer");
            return !Double.isInfinite(d) && d == Math.floor(d);
        }
    }

    @Builtin(name = "as_integer_ratio", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class AsIntegerRatioNode extends Builtin1 {
        @Specialization
        static Object ratio(Object self) {
            return FloatOps.asIntegerRatio(self(self, "as_integer_ratio"));
        }
    }

    @Builtin(name = "hex", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class HexNode extends Builtin1 {
        @Specialization
        static Object hex(Object self) {
            return FloatOps.hex(self(self, "hex"));
        }
    }

    @Builtin(name = "conjugate", params = {"self"}, types = "float")
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends Builtin1 {
        @Specialization
        static double conjugate(Object self) {
            return self(self, "conjugate");
        }
    }

    @Builtin(name = "real", params = {"self"}, kind = Builtin.Kind.GETTER, types = "float")
    @GenerateNodeFactory
    public abstract static class RealNode extends Builtin1 {
        @Specialization
        static double real(Object self) {
            return self(self, "real");
        }
    }

    @Builtin(name = "imag", params = {"self"}, kind = Builtin.Kind.GETTER, types = "float")
    @GenerateNodeFactory
    public abstract static class ImagNode extends Builtin1 {
        @Specialization
        static double imag(Object self) {
            self(self, "imag");
            return 0.0;
        }
    }

    // ================================================================== complex

    @TruffleBoundary
    static PyComplex cself(Object self, String name) {
        if (self instanceof PyComplex c) {
            return c;
        }
        throw PException.typeError("descriptor '" + name + "' requires a 'complex' object but received a '" + PyObjectOps.typeName(self) + "'");
    }

    @TruffleBoundary
    static Object complexBinary(BinaryOp op, Object self, Object other, boolean reflected, String name) {
        PyComplex a = cself(self, name);
        PyComplex b = ComplexOps.toComplexOperand(other);
        if (b == null) {
            return NI;
        }
        return reflected ? NumberOps.complexBinary(op, b, a) : NumberOps.complexBinary(op, a, b);
    }

    @TruffleBoundary
    static Object complexCompare(Object self, Object other, int op, String name) {
        PyComplex a = cself(self, name);
        if (op != PyObjectOps.EQ && op != PyObjectOps.NE) {
            return NI;
        }
        boolean eq;
        if (other instanceof PyComplex c) {
            eq = a.real == c.real && a.imag == c.imag;
        } else {
            Object i = IntOps.intValue(other);
            if (i != null) {
                eq = a.imag == 0 && (Boolean) NumberOps.compareFast(a.real, i, PyObjectOps.EQ);
            } else {
                Double d = FloatOps.floatValue(other);
                if (d == null) {
                    return NI;
                }
                eq = a.imag == 0 && a.real == d;
            }
        }
        return op == PyObjectOps.EQ ? eq : !eq;
    }

    @Builtin(name = "__new__", params = {"cls", "real", "imag"}, required = 1, posonly = 1, kind = Builtin.Kind.NEW, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexNewNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object real, Object imag) {
            if (!(cls instanceof PyType t)) {
                throw PException.typeError("complex.__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
            }
            if (!t.isSubtypeOf(BuiltinTypes.COMPLEX)) {
                throw PException.typeError("complex.__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of complex");
            }
            return ComplexOps.newComplex(t, given(real) ? real : null, given(imag) ? imag : null);
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexReprNode extends Builtin1 {
        @Specialization
        static Object repr(Object self) {
            return ComplexOps.repr(cself(self, "__repr__"));
        }
    }

    @Builtin(name = "__hash__", params = {"self"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexHashNode extends Builtin1 {
        @Specialization
        static long hash(Object self) {
            return ComplexOps.hash(cself(self, "__hash__"));
        }
    }

    @Builtin(name = "__bool__", params = {"self"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexBoolNode extends Builtin1 {
        @Specialization
        static boolean bool(Object self) {
            PyComplex c = cself(self, "__bool__");
            return c.real != 0 || c.imag != 0;
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexFormatNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object format(Object self, Object spec) {
            PyComplex c = cself(self, "__format__");
            if (!(spec instanceof String s)) {
                throw PException.typeError("__format__() argument must be str, not " + PyObjectOps.typeName(spec));
            }
            if (s.isEmpty()) {
                return PyObjectOps.str(self);
            }
            return ComplexOps.format(c, s);
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexGetNewArgsNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getnewargs(Object self) {
            PyComplex c = cself(self, "__getnewargs__");
            return PyTuple.of(c.real, c.imag);
        }
    }

    @Builtin(name = "__complex__", params = {"self"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexComplexNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object complex(Object self) {
            PyComplex c = cself(self, "__complex__");
            if (c.getPyType() == BuiltinTypes.COMPLEX) {
                return c;
            }
            return new PyComplex(c.real, c.imag);
        }
    }

    @Builtin(name = "__neg__", params = {"self"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexNegNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object neg(Object self) {
            PyComplex c = cself(self, "__neg__");
            return new PyComplex(-c.real, -c.imag);
        }
    }

    @Builtin(name = "__pos__", params = {"self"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexPosNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object pos(Object self) {
            PyComplex c = cself(self, "__pos__");
            return new PyComplex(c.real, c.imag);
        }
    }

    @Builtin(name = "__abs__", params = {"self"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexAbsNode extends Builtin1 {
        @Specialization
        static Object abs(Object self) {
            return NumberOps.abs(cself(self, "__abs__"));
        }
    }

    @Builtin(name = "conjugate", params = {"self"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexConjugateNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object conjugate(Object self) {
            PyComplex c = cself(self, "conjugate");
            return new PyComplex(c.real, -c.imag);
        }
    }

    @Builtin(name = "real", params = {"self"}, kind = Builtin.Kind.GETTER, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexRealNode extends Builtin1 {
        @Specialization
        static double real(Object self) {
            return cself(self, "real").real;
        }
    }

    @Builtin(name = "imag", params = {"self"}, kind = Builtin.Kind.GETTER, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexImagNode extends Builtin1 {
        @Specialization
        static double imag(Object self) {
            return cself(self, "imag").imag;
        }
    }

    @Builtin(name = "__pow__", params = {"self", "other", "mod"}, required = 2, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexPowNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object pow(Object self, Object other, Object mod) {
            PyComplex a = cself(self, "__pow__");
            PyComplex b = ComplexOps.toComplexOperand(other);
            if (b == null) {
                return NI;
            }
            if (given(mod) && mod != PyNone.NONE) {
                throw PException.valueError("complex modulo");
            }
            return NumberOps.complexBinary(BinaryOp.POW, a, b);
        }
    }

    @Builtin(name = "__rpow__", params = {"self", "other", "mod"}, required = 2, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexRpowNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object rpow(Object self, Object other, Object mod) {
            PyComplex a = cself(self, "__rpow__");
            PyComplex b = ComplexOps.toComplexOperand(other);
            if (b == null) {
                return NI;
            }
            if (given(mod) && mod != PyNone.NONE) {
                throw PException.valueError("complex modulo");
            }
            return NumberOps.complexBinary(BinaryOp.POW, b, a);
        }
    }

    // ================================================================== binary operators (generated pattern)

    @Builtin(name = "__add__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class AddNode extends Builtin2 {
        @Specialization
        static double add(double a, double b) {
            return a + b;
        }

        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.ADD, self, other, false, "__add__");
        }
    }

    @Builtin(name = "__radd__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class RaddNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.ADD, self, other, true, "__radd__");
        }
    }

    @Builtin(name = "__sub__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class SubNode extends Builtin2 {
        @Specialization
        static double sub(double a, double b) {
            return a - b;
        }

        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.SUB, self, other, false, "__sub__");
        }
    }

    @Builtin(name = "__rsub__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class RsubNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.SUB, self, other, true, "__rsub__");
        }
    }

    @Builtin(name = "__mul__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class MulNode extends Builtin2 {
        @Specialization
        static double mul(double a, double b) {
            return a * b;
        }

        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.MUL, self, other, false, "__mul__");
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class RmulNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.MUL, self, other, true, "__rmul__");
        }
    }

    @Builtin(name = "__truediv__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class TruedivNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.TRUEDIV, self, other, false, "__truediv__");
        }
    }

    @Builtin(name = "__rtruediv__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class RtruedivNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.TRUEDIV, self, other, true, "__rtruediv__");
        }
    }

    @Builtin(name = "__floordiv__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class FloordivNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.FLOORDIV, self, other, false, "__floordiv__");
        }
    }

    @Builtin(name = "__rfloordiv__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class RfloordivNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.FLOORDIV, self, other, true, "__rfloordiv__");
        }
    }

    @Builtin(name = "__mod__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class ModNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.MOD, self, other, false, "__mod__");
        }
    }

    @Builtin(name = "__rmod__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class RmodNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.MOD, self, other, true, "__rmod__");
        }
    }

    @Builtin(name = "__divmod__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class DivmodNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.DIVMOD, self, other, false, "__divmod__");
        }
    }

    @Builtin(name = "__rdivmod__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class RdivmodNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return floatBinary(BinaryOp.DIVMOD, self, other, true, "__rdivmod__");
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class LtNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.LT, "__lt__");
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class LeNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.LE, "__le__");
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class EqNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.EQ, "__eq__");
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class NeNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.NE, "__ne__");
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class GtNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.GT, "__gt__");
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"}, types = "float")
    @GenerateNodeFactory
    public abstract static class GeNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(self, other, PyObjectOps.GE, "__ge__");
        }
    }

    @Builtin(name = "__add__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexAddNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexBinary(BinaryOp.ADD, self, other, false, "__add__");
        }
    }

    @Builtin(name = "__radd__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexRaddNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexBinary(BinaryOp.ADD, self, other, true, "__radd__");
        }
    }

    @Builtin(name = "__sub__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexSubNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexBinary(BinaryOp.SUB, self, other, false, "__sub__");
        }
    }

    @Builtin(name = "__rsub__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexRsubNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexBinary(BinaryOp.SUB, self, other, true, "__rsub__");
        }
    }

    @Builtin(name = "__mul__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexMulNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexBinary(BinaryOp.MUL, self, other, false, "__mul__");
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexRmulNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexBinary(BinaryOp.MUL, self, other, true, "__rmul__");
        }
    }

    @Builtin(name = "__truediv__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexTruedivNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexBinary(BinaryOp.TRUEDIV, self, other, false, "__truediv__");
        }
    }

    @Builtin(name = "__rtruediv__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexRtruedivNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexBinary(BinaryOp.TRUEDIV, self, other, true, "__rtruediv__");
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexLtNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexCompare(self, other, PyObjectOps.LT, "__lt__");
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexLeNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexCompare(self, other, PyObjectOps.LE, "__le__");
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexEqNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexCompare(self, other, PyObjectOps.EQ, "__eq__");
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexNeNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexCompare(self, other, PyObjectOps.NE, "__ne__");
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexGtNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexCompare(self, other, PyObjectOps.GT, "__gt__");
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"}, types = "complex")
    @GenerateNodeFactory
    public abstract static class ComplexGeNode extends Builtin2 {
        @Specialization
        static Object op(Object self, Object other) {
            return complexCompare(self, other, PyObjectOps.GE, "__ge__");
        }
    }

}
