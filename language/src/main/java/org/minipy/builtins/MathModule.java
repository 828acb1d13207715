package org.minipy.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.builtins.PyBuiltinNode.Builtin4;
import org.minipy.language.PythonContext;
import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.FloatOps;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.MathOps;
import org.minipy.runtime.NoValue;
import org.minipy.runtime.NumberOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyLong;
import org.minipy.runtime.PyModule;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/** The {@code math} module, with CPython 3.11's results and error messages. */
@CoreFunctions(module = "math")
public final class MathModule {
    private MathModule() {
    }

    static void initModule(PyModule m, PythonContext ctx) {
        m.getDict().setItemStr("pi", Math.PI);
        m.getDict().setItemStr("e", Math.E);
        m.getDict().setItemStr("tau", 2 * Math.PI);
        m.getDict().setItemStr("inf", Double.POSITIVE_INFINITY);
        m.getDict().setItemStr("nan", Double.NaN);
        m.getDict().setItemStr("__doc__", "This module provides access to the mathematical functions\ndefined by the C standard.");
    }

    static boolean given(Object o) {
        return o != NoValue.INSTANCE;
    }

    static boolean isFinite(double d) {
        return !Double.isNaN(d) && !Double.isInfinite(d);
    }

    /** CPython's math_1 checks: NaN from non-NaN is a domain error, infinity from finite a domain or range error. */
    static double check1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw MathOps.domainError();
        }
        if (Double.isInfinite(r) && isFinite(x)) {
            throw canOverflow ? MathOps.rangeError() : MathOps.domainError();
        }
        return r;
    }

    /** CPython's math_2 checks. */
    static double check2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw MathOps.domainError();
        }
        if (Double.isInfinite(r) && isFinite(x) && isFinite(y)) {
            throw MathOps.rangeError();
        }
        return r;
    }

    /** A one-argument function of a float: specializations for double and long arguments. */
    public abstract static class Math1Node extends Builtin1 {
        double compute(double x) {
            throw new UnsupportedOperationException();
        }

        double checked(double x, double r) {
            return check1(x, r, false);
        }

        @Specialization
        double doDouble(double x) {
            return checked(x, compute(x));
        }

        @Specialization
        double doLong(long x) {
            double d = x;
            return checked(d, compute(d));
        }

        @Specialization(replaces = {"doDouble", "doLong"})
        double doGeneric(Object x) {
            double d = FloatOps.asDouble(x);
            return checked(d, compute(d));
        }
    }

    /** A one-argument function that may overflow (OverflowError for an infinite result). */
    public abstract static class Math1OverflowNode extends Math1Node {
        @Override
        double checked(double x, double r) {
            return check1(x, r, true);
        }
    }

    /** A one-argument function that raises its own errors. */
    public abstract static class Math1UncheckedNode extends Math1Node {
        @Override
        double checked(double x, double r) {
            return r;
        }
    }

    /** A two-argument function of floats with CPython's math_2 checks. */
    public abstract static class Math2Node extends Builtin2 {
        double compute(double x, double y) {
            throw new UnsupportedOperationException();
        }

        double checked(double x, double y, double r) {
            return check2(x, y, r);
        }

        @Specialization
        double doDouble(double x, double y) {
            return checked(x, y, compute(x, y));
        }

        @Specialization(replaces = "doDouble")
        double doGeneric(Object x, Object y) {
            double a = FloatOps.asDouble(x);
            double b = FloatOps.asDouble(y);
            return checked(a, b, compute(a, b));
        }
    }

    @Builtin(name = "sqrt", params = {"x"})
    @GenerateNodeFactory
    public abstract static class SqrtNode extends Math1Node {
        @Override
        double compute(double x) {
            return Math.sqrt(x);
        }
    }

    @Builtin(name = "exp", params = {"x"})
    @GenerateNodeFactory
    public abstract static class ExpNode extends Math1OverflowNode {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.exp(x);
        }
    }

    @Builtin(name = "exp2", params = {"x"})
    @GenerateNodeFactory
    public abstract static class Exp2Node extends Math1OverflowNode {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.exp2(x);
        }
    }

    @Builtin(name = "expm1", params = {"x"})
    @GenerateNodeFactory
    public abstract static class Expm1Node extends Math1OverflowNode {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return StrictMath.expm1(x);
        }
    }

    @Builtin(name = "log1p", params = {"x"})
    @GenerateNodeFactory
    public abstract static class Log1pNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return StrictMath.log1p(x);
        }
    }

    @Builtin(name = "sin", params = {"x"})
    @GenerateNodeFactory
    public abstract static class SinNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.sin(x);
        }
    }

    @Builtin(name = "cos", params = {"x"})
    @GenerateNodeFactory
    public abstract static class CosNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.cos(x);
        }
    }

    @Builtin(name = "tan", params = {"x"})
    @GenerateNodeFactory
    public abstract static class TanNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.tan(x);
        }
    }

    @Builtin(name = "asin", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AsinNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.asin(x);
        }
    }

    @Builtin(name = "acos", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AcosNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.acos(x);
        }
    }

    @Builtin(name = "atan", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AtanNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.atan(x);
        }
    }

    @Builtin(name = "sinh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class SinhNode extends Math1OverflowNode {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.sinh(x);
        }
    }

    @Builtin(name = "cosh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class CoshNode extends Math1OverflowNode {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.cosh(x);
        }
    }

    @Builtin(name = "tanh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class TanhNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return StrictMath.tanh(x);
        }
    }

    @Builtin(name = "asinh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AsinhNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.asinh(x);
        }
    }

    @Builtin(name = "acosh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AcoshNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.acosh(x);
        }
    }

    @Builtin(name = "atanh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AtanhNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.atanh(x);
        }
    }

    @Builtin(name = "cbrt", params = {"x"})
    @GenerateNodeFactory
    public abstract static class CbrtNode extends Math1Node {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.cbrt(x);
        }
    }

    @Builtin(name = "fabs", params = {"x"})
    @GenerateNodeFactory
    public abstract static class FabsNode extends Math1Node {
        @Override
        double compute(double x) {
            return Math.abs(x);
        }
    }

    @Builtin(name = "erf", params = {"x"})
    @GenerateNodeFactory
    public abstract static class ErfNode extends Math1UncheckedNode {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.erf(x);
        }
    }

    @Builtin(name = "erfc", params = {"x"})
    @GenerateNodeFactory
    public abstract static class ErfcNode extends Math1UncheckedNode {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.erfc(x);
        }
    }

    @Builtin(name = "gamma", params = {"x"})
    @GenerateNodeFactory
    public abstract static class GammaNode extends Math1UncheckedNode {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.gamma(x);
        }
    }

    @Builtin(name = "lgamma", params = {"x"})
    @GenerateNodeFactory
    public abstract static class LgammaNode extends Math1UncheckedNode {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.lgamma(x);
        }
    }

    @Builtin(name = "degrees", params = {"x"})
    @GenerateNodeFactory
    public abstract static class DegreesNode extends Math1UncheckedNode {
        @Override
        double compute(double x) {
            return x * RAD_TO_DEG;
        }
    }

    @Builtin(name = "radians", params = {"x"})
    @GenerateNodeFactory
    public abstract static class RadiansNode extends Math1UncheckedNode {
        @Override
        double compute(double x) {
            return x * DEG_TO_RAD;
        }
    }

    @Builtin(name = "ulp", params = {"x"})
    @GenerateNodeFactory
    public abstract static class UlpNode extends Math1UncheckedNode {
        @Override
        @TruffleBoundary
        double compute(double x) {
            return MathOps.ulp(x);
        }
    }

    @Builtin(name = "atan2", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class Atan2Node extends Math2Node {
        @Override
        @TruffleBoundary
        double compute(double x, double y) {
            return MathOps.atan2(x, y);
        }
    }

    @Builtin(name = "copysign", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class CopysignNode extends Math2Node {
        @Override
        double compute(double x, double y) {
            return Math.copySign(x, y);
        }
    }

    @Builtin(name = "remainder", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class RemainderNode extends Math2Node {
        @Override
        @TruffleBoundary
        double compute(double x, double y) {
            return MathOps.remainder(x, y);
        }
    }

    @Builtin(name = "nextafter", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class NextafterNode extends Math2Node {
        @Override
        @TruffleBoundary
        double compute(double x, double y) {
            return MathOps.nextafter(x, y);
        }

        @Override
        double checked(double x, double y, double r) {
            return r;
        }
    }

    @Builtin(name = "pow", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class PowNode extends Math2Node {
        @Override
        @TruffleBoundary
        double compute(double x, double y) {
            return MathOps.pow(x, y);
        }

        @Override
        double checked(double x, double y, double r) {
            return r;
        }
    }

    @Builtin(name = "fmod", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class FmodNode extends Math2Node {
        @Override
        @TruffleBoundary
        double compute(double x, double y) {
            return fmod(x, y);
        }

        @Override
        double checked(double x, double y, double r) {
            return r;
        }
    }

    static final double RAD_TO_DEG = 180.0 / Math.PI;
    static final double DEG_TO_RAD = Math.PI / 180.0;

    @TruffleBoundary
    static double fmod(double x, double y) {
        if (Double.isInfinite(y) && isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw MathOps.domainError();
        }
        return r;
    }

    // ================================================================== rounding to int

    @TruffleBoundary
    static Object callSpecial(Object x, String name) {
        Object m = PyObjectOps.type(x).lookup(name);
        if (m == null) {
            return null;
        }
        return CallOps.callUnbound(m, x, new Object[0], CallOps.NO_KW);
    }

    static boolean isPositive(double x) {
        return x > 0;
    }

    static boolean fitsLong(double x) {
        return x > -9.2e18 && x < 9.2e18;
    }

    @Builtin(name = "floor", params = {"x"})
    @GenerateNodeFactory
    @ImportStatic(MathModule.class)
    public abstract static class FloorNode extends Builtin1 {
        @Specialization(guards = "fitsLong(x)")
        static long doDouble(double x) {
            return (long) Math.floor(x);
        }

        @Specialization
        static long doLong(long x) {
            return x;
        }

        @Specialization(replaces = {"doDouble", "doLong"})
        @TruffleBoundary
        static Object doGeneric(Object x) {
            if (x instanceof Double d) {
                return FloatOps.floor(d);
            }
            Object r = callSpecial(x, "__floor__");
            if (r != null) {
                return r;
            }
            return FloatOps.floor(FloatOps.asDouble(x));
        }
    }

    @Builtin(name = "ceil", params = {"x"})
    @GenerateNodeFactory
    @ImportStatic(MathModule.class)
    public abstract static class CeilNode extends Builtin1 {
        @Specialization(guards = "fitsLong(x)")
        static long doDouble(double x) {
            return (long) Math.ceil(x);
        }

        @Specialization
        static long doLong(long x) {
            return x;
        }

        @Specialization(replaces = {"doDouble", "doLong"})
        @TruffleBoundary
        static Object doGeneric(Object x) {
            if (x instanceof Double d) {
                return FloatOps.ceil(d);
            }
            Object r = callSpecial(x, "__ceil__");
            if (r != null) {
                return r;
            }
            return FloatOps.ceil(FloatOps.asDouble(x));
        }
    }

    @Builtin(name = "trunc", params = {"x"})
    @GenerateNodeFactory
    @ImportStatic(MathModule.class)
    public abstract static class TruncNode extends Builtin1 {
        @Specialization(guards = "fitsLong(x)")
        static long doDouble(double x) {
            return (long) x;
        }

        @Specialization
        static long doLong(long x) {
            return x;
        }

        @Specialization(replaces = {"doDouble", "doLong"})
        @TruffleBoundary
        static Object doGeneric(Object x) {
            if (x instanceof Double d) {
                return IntOps.fromDouble(d);
            }
            Object r = callSpecial(x, "__trunc__");
            if (r != null) {
                return r;
            }
            throw PException.typeError("type " + PyObjectOps.typeName(x) + " doesn't define __trunc__ method");
        }
    }

    // ================================================================== float decomposition

    @Builtin(name = "frexp", params = {"x"})
    @GenerateNodeFactory
    public abstract static class FrexpNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object frexp(Object x) {
            double d = FloatOps.asDouble(x);
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                return PyTuple.of(d, 0L);
            }
            int[] e = new int[1];
            double m = org.minipy.runtime.PyHash.frexp(d, e);
            return PyTuple.of(m, (long) e[0]);
        }
    }

    @Builtin(name = "ldexp", params = {"x", "i"})
    @GenerateNodeFactory
    public abstract static class LdexpNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object ldexp(Object x, Object i) {
            double d = FloatOps.asDouble(x);
            Object iv = IntOps.intValue(i);
            if (iv == null) {
                throw PException.typeError("Expected an int as second argument to ldexp.");
            }
            long exp;
            if (iv instanceof BigInteger b) {
                exp = b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            } else {
                exp = (Long) iv;
            }
            if (d == 0 || !isFinite(d)) {
                return d;
            }
            if (exp > Integer.MAX_VALUE) {
                throw MathOps.rangeError();
            }
            if (exp < Integer.MIN_VALUE) {
                return Math.copySign(0.0, d);
            }
            double r = Math.scalb(d, (int) Math.max(Math.min(exp, 4000), -4000));
            if (Double.isInfinite(r)) {
                throw MathOps.rangeError();
            }
            return r;
        }
    }

    @Builtin(name = "modf", params = {"x"})
    @GenerateNodeFactory
    public abstract static class ModfNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object modf(Object x) {
            double d = FloatOps.asDouble(x);
            if (Double.isInfinite(d)) {
                return PyTuple.of(Math.copySign(0.0, d), d);
            }
            if (Double.isNaN(d)) {
                return PyTuple.of(d, d);
            }
            double ip = d < 0 ? Math.ceil(d) : Math.floor(d);
            double frac = Math.copySign(d - ip, d);
            return PyTuple.of(frac, ip);
        }
    }

    // ================================================================== predicates

    @Builtin(name = "isfinite", params = {"x"})
    @GenerateNodeFactory
    public abstract static class IsFiniteNode extends Builtin1 {
        @Specialization
        static boolean doDouble(double x) {
            return isFinite(x);
        }

        @Specialization(replaces = "doDouble")
        static boolean doGeneric(Object x) {
            return isFinite(FloatOps.asDouble(x));
        }
    }

    @Builtin(name = "isinf", params = {"x"})
    @GenerateNodeFactory
    public abstract static class IsInfNode extends Builtin1 {
        @Specialization
        static boolean doDouble(double x) {
            return Double.isInfinite(x);
        }

        @Specialization(replaces = "doDouble")
        static boolean doGeneric(Object x) {
            return Double.isInfinite(FloatOps.asDouble(x));
        }
    }

    @Builtin(name = "isnan", params = {"x"})
    @GenerateNodeFactory
    public abstract static class IsNanNode extends Builtin1 {
        @Specialization
        static boolean doDouble(double x) {
            return Double.isNaN(x);
        }

        @Specialization(replaces = "doDouble")
        static boolean doGeneric(Object x) {
            return Double.isNaN(FloatOps.asDouble(x));
        }
    }

    @Builtin(name = "isclose", params = {"a", "b"}, kwonly = {"rel_tol", "abs_tol"})
    @GenerateNodeFactory
    public abstract static class IsCloseNode extends Builtin4 {
        @Specialization
        @TruffleBoundary
        static boolean isclose(Object a, Object b, Object relTol, Object absTol) {
            double x = FloatOps.asDouble(a);
            double y = FloatOps.asDouble(b);
            double rel = given(relTol) ? FloatOps.asDouble(relTol) : 1e-09;
            double abs = given(absTol) ? FloatOps.asDouble(absTol) : 0.0;
            if (rel < 0.0 || abs < 0.0) {
                throw PException.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        }
    }

    // ================================================================== logarithms

    /** CPython's loghelper: ints of any size directly, else the float path with math_1 checks. */
    @TruffleBoundary
    static double logHelper(Object x, int kind) {
        Object iv = IntOps.intValue(x);
        if (iv != null) {
            return MathOps.logOfInt(iv, kind);
        }
        double d = FloatOps.asDouble(x);
        return MathOps.logKind(d, kind);
    }

    @Builtin(name = "log", params = {"x", "base"}, required = 1)
    @GenerateNodeFactory
    @ImportStatic(MathModule.class)
    public abstract static class LogNode extends Builtin2 {
        @Specialization(guards = "isPositive(x)")
        static double doDouble(double x, NoValue base) {
            return Math.log(x);
        }

        @Specialization(replaces = "doDouble")
        @TruffleBoundary
        static Object doGeneric(Object x, Object base) {
            double num = logHelper(x, 0);
            if (!given(base)) {
                return num;
            }
            double den = logHelper(base, 0);
            return NumberOps.floatBinary(BinaryOp.TRUEDIV, num, den);
        }
    }

    @Builtin(name = "log2", params = {"x"})
    @GenerateNodeFactory
    public abstract static class Log2Node extends Builtin1 {
        @Specialization
        static double log2(Object x) {
            return logHelper(x, 1);
        }
    }

    @Builtin(name = "log10", params = {"x"})
    @GenerateNodeFactory
    public abstract static class Log10Node extends Builtin1 {
        @Specialization
        static double log10(Object x) {
            return logHelper(x, 2);
        }
    }

    // ================================================================== sums, norms, products

    @Builtin(name = "fsum", params = {"seq"})
    @GenerateNodeFactory
    public abstract static class FsumNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static double fsum(Object seq) {
            Object it = PyObjectOps.getIter(seq);
            MathOps.FSum acc = new MathOps.FSum();
            for (Object item = PyObjectOps.next(it); item != null; item = PyObjectOps.next(it)) {
                acc.add(FloatOps.asDouble(item));
            }
            return acc.result();
        }
    }

    @Builtin(name = "hypot", params = {}, varargs = "coordinates")
    @GenerateNodeFactory
    public abstract static class HypotNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static double hypot(Object coordinates) {
            Object[] items = ((PyTuple) coordinates).getItems();
            int n = items.length;
            double[] v = new double[n];
            double max = 0.0;
            boolean nan = false;
            for (int i = 0; i < n; i++) {
                double x = Math.abs(FloatOps.asDouble(items[i]));
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) {
                    max = x;
                }
            }
            return MathOps.vectorNorm(v, n, max, nan);
        }
    }

    @Builtin(name = "dist", params = {"p", "q"})
    @GenerateNodeFactory
    public abstract static class DistNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static double dist(Object p, Object q) {
            Object[] ps = p instanceof PyTuple t ? t.getItems() : PyObjectOps.toArray(p);
            Object[] qs = q instanceof PyTuple t ? t.getItems() : PyObjectOps.toArray(q);
            if (ps.length != qs.length) {
                throw PException.valueError("both points must have the same number of dimensions");
            }
            int n = ps.length;
            double[] v = new double[n];
            double max = 0.0;
            boolean nan = false;
            for (int i = 0; i < n; i++) {
                double px = FloatOps.asDouble(ps[i]);
                double qx = FloatOps.asDouble(qs[i]);
                double x = Math.abs(px - qx);
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) {
                    max = x;
                }
            }
            return MathOps.vectorNorm(v, n, max, nan);
        }
    }

    @Builtin(name = "prod", params = {"iterable"}, kwonly = {"start"})
    @GenerateNodeFactory
    public abstract static class ProdNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object prod(Object iterable, Object start) {
            Object it = PyObjectOps.getIter(iterable);
            Object result = given(start) ? start : 1L;
            for (Object item = PyObjectOps.next(it); item != null; item = PyObjectOps.next(it)) {
                if (result instanceof Long a && item instanceof Long b) {
                    long hi = Math.multiplyHigh(a, b);
                    long lo = a * b;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        result = lo;
                        continue;
                    }
                }
                result = BinaryOps.binaryOp(result, item, BinaryOp.MUL);
            }
            return result;
        }
    }

    // ================================================================== integer functions

    @Builtin(name = "isqrt", params = {"n"})
    @GenerateNodeFactory
    public abstract static class IsqrtNode extends Builtin1 {
        @Specialization
        static Object isqrt(Object n) {
            return MathOps.isqrt(PyObjectOps.index(n));
        }
    }

    @Builtin(name = "factorial", params = {"x"})
    @GenerateNodeFactory
    public abstract static class FactorialNode extends Builtin1 {
        @Specialization
        static Object factorial(Object x) {
            return MathOps.factorial(x);
        }
    }

    @Builtin(name = "comb", params = {"n", "k"})
    @GenerateNodeFactory
    public abstract static class CombNode extends Builtin2 {
        @Specialization
        static Object comb(Object n, Object k) {
            return MathOps.permComb(n, k, true);
        }
    }

    @Builtin(name = "perm", params = {"n", "k"}, required = 1)
    @GenerateNodeFactory
    public abstract static class PermNode extends Builtin2 {
        @Specialization
        static Object perm(Object n, Object k) {
            if (!given(k) || k == PyNone.NONE) {
                return MathOps.factorial(n);
            }
            return MathOps.permComb(n, k, false);
        }
    }

    @Builtin(name = "gcd", params = {}, varargs = "integers")
    @GenerateNodeFactory
    public abstract static class GcdNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object gcd(Object integers) {
            Object[] items = ((PyTuple) integers).getItems();
            if (items.length == 0) {
                return 0L;
            }
            Object res = PyObjectOps.index(items[0]);
            if (items.length == 1) {
                return NumberOps.abs(res);
            }
            for (int i = 1; i < items.length; i++) {
                Object x = PyObjectOps.index(items[i]);
                if (res instanceof Long l && l == 1) {
                    continue;
                }
                res = IntOps.gcd(res, x);
            }
            return res;
        }
    }

    @Builtin(name = "lcm", params = {}, varargs = "integers")
    @GenerateNodeFactory
    public abstract static class LcmNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object lcm(Object integers) {
            Object[] items = ((PyTuple) integers).getItems();
            if (items.length == 0) {
                return 1L;
            }
            Object res = PyObjectOps.index(items[0]);
            if (items.length == 1) {
                return NumberOps.abs(res);
            }
            for (int i = 1; i < items.length; i++) {
                Object x = PyObjectOps.index(items[i]);
                if (res instanceof Long l && l == 0) {
                    continue;
                }
                BigInteger a = PyLong.toBig(res);
                BigInteger b = PyLong.toBig(x);
                if (a.signum() == 0 || b.signum() == 0) {
                    res = 0L;
                    continue;
                }
                BigInteger g = a.gcd(b);
                res = PyLong.normalize(a.divide(g).multiply(b).abs());
            }
            return res;
        }
    }
}
