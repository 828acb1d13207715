package org.minipy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Arithmetic of the builtin numeric types (bool, int, float, complex) with CPython's results and
 * error messages. Every method returns {@link PySingleton#NOT_IMPLEMENTED} when an operand is not a
 * builtin number, so that callers can continue with the reflected method.
 */
public final class NumberOps {
    private static final Object NI = PySingleton.NOT_IMPLEMENTED;
    private static final double TWO63 = 9.223372036854775808E18;

    private NumberOps() {
    }

    public static boolean isIntLike(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    public static boolean isReal(Object o) {
        return o instanceof Double || isIntLike(o);
    }

    public static boolean isNumber(Object o) {
        return isReal(o) || o instanceof PyComplex;
    }

    public static long asLongUnchecked(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        return ((Boolean) o) ? 1 : 0;
    }

    /** int to float, raising OverflowError when too large. */
    @TruffleBoundary
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (o instanceof BigInteger bi) {
            double d = bi.doubleValue();
            if (Double.isInfinite(d)) {
                throw PException.overflow("int too large to convert to float");
            }
            return d;
        }
        throw new IllegalArgumentException();
    }

    @TruffleBoundary
    public static Object binary(BinaryOp op, Object a, Object b) {
        if (isIntLike(a) && isIntLike(b)) {
            return intBinary(op, a, b);
        }
        if (isReal(a) && isReal(b)) {
            return floatBinary(op, toDouble(a), toDouble(b));
        }
        if ((a instanceof PyComplex || isReal(a)) && (b instanceof PyComplex || isReal(b))) {
            return complexBinary(op, a, b);
        }
        return NI;
    }

    // ------------------------------------------------------------------ int

    @TruffleBoundary
    public static Object intBinary(BinaryOp op, Object a, Object b) {
        if ((a instanceof Long || a instanceof Boolean) && (b instanceof Long || b instanceof Boolean)) {
            long x = asLongUnchecked(a);
            long y = asLongUnchecked(b);
            if (a instanceof Boolean ba && b instanceof Boolean bb) {
                switch (op) {
                    case AND:
                        return ba & bb;
                    case OR:
                        return ba | bb;
                    case XOR:
                        return ba ^ bb;
                    default:
                        break;
                }
            }
            return longBinary(op, x, y);
        }
        return bigBinary(op, PyLong.toBig(a), PyLong.toBig(b));
    }

    @TruffleBoundary
    public static Object longBinary(BinaryOp op, long x, long y) {
        switch (op) {
            case ADD: {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) {
                    return PyLong.normalize(BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
                }
                return r;
            }
            case SUB: {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) {
                    return PyLong.normalize(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
                }
                return r;
            }
            case MUL: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
                return PyLong.normalize(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
            }
            case TRUEDIV:
                return longTrueDiv(x, y);
            case FLOORDIV:
                if (y == 0) {
                    throw PException.zeroDivision("integer division or modulo by zero");
                }
                if (x == Long.MIN_VALUE && y == -1) {
                    return BigInteger.valueOf(x).negate();
                }
                return Math.floorDiv(x, y);
            case MOD:
                if (y == 0) {
                    throw PException.zeroDivision("integer modulo by zero");
                }
                if (y == -1) {
                    return 0L;
                }
                return Math.floorMod(x, y);
            case DIVMOD:
                if (y == 0) {
                    throw PException.zeroDivision("integer division or modulo by zero");
                }
                if (x == Long.MIN_VALUE && y == -1) {
                    return PyTuple.of(BigInteger.valueOf(x).negate(), 0L);
                }
                return PyTuple.of(Math.floorDiv(x, y), Math.floorMod(x, y));
            case POW:
                return longPow(x, y);
            case LSHIFT:
                if (y < 0) {
                    throw PException.valueError("negative shift count");
                }
                if (x == 0) {
                    return 0L;
                }
                if (y < 63) {
                    long r = x << y;
                    if ((r >> y) == x) {
                        return r;
                    }
                }
                if (y > Integer.MAX_VALUE) {
                    throw PException.overflow("too many digits in integer");
                }
                return PyLong.normalize(BigInteger.valueOf(x).shiftLeft((int) y));
            case RSHIFT:
                if (y < 0) {
                    throw PException.valueError("negative shift count");
                }
                return x >> Math.min(y, 63);
            case AND:
                return x & y;
            case OR:
                return x | y;
            case XOR:
                return x ^ y;
            case MATMUL:
                return NI;
        }
        return NI;
    }

    @TruffleBoundary
    public static Object bigBinary(BinaryOp op, BigInteger x, BigInteger y) {
        switch (op) {
            case ADD:
                return PyLong.normalize(x.add(y));
            case SUB:
                return PyLong.normalize(x.subtract(y));
            case MUL:
                return PyLong.normalize(x.multiply(y));
            case TRUEDIV:
                return bigTrueDiv(x, y);
            case FLOORDIV:
                if (y.signum() == 0) {
                    throw PException.zeroDivision("integer division or modulo by zero");
                }
                return PyLong.normalize(floorDiv(x, y));
            case MOD:
                if (y.signum() == 0) {
                    throw PException.zeroDivision("integer modulo by zero");
                }
                return PyLong.normalize(floorMod(x, y));
            case DIVMOD:
                if (y.signum() == 0) {
                    throw PException.zeroDivision("integer division or modulo by zero");
                }
                return PyTuple.of(PyLong.normalize(floorDiv(x, y)), PyLong.normalize(floorMod(x, y)));
            case POW:
                if (y.signum() < 0) {
                    return floatBinary(BinaryOp.POW, toDouble(x), toDouble(y));
                }
                if (x.equals(BigInteger.ONE)) {
                    return 1L;
                }
                if (x.signum() == 0) {
                    return y.signum() == 0 ? 1L : 0L;
                }
                if (x.equals(BigInteger.ONE.negate())) {
                    return y.testBit(0) ? -1L : 1L;
                }
                if (y.bitLength() > 31) {
                    throw PException.raise(BuiltinTypes.MEMORY_ERROR, PyTuple.EMPTY.getItems());
                }
                return PyLong.normalize(x.pow(y.intValue()));
            case LSHIFT:
                if (y.signum() < 0) {
                    throw PException.valueError("negative shift count");
                }
                if (x.signum() == 0) {
                    return 0L;
                }
                if (y.bitLength() > 31) {
                    throw PException.overflow("too many digits in integer");
                }
                return PyLong.normalize(x.shiftLeft(y.intValue()));
            case RSHIFT:
                if (y.signum() < 0) {
                    throw PException.valueError("negative shift count");
                }
                if (y.bitLength() > 31) {
                    return x.signum() < 0 ? -1L : 0L;
                }
                return PyLong.normalize(x.shiftRight(y.intValue()));
            case AND:
                return PyLong.normalize(x.and(y));
            case OR:
                return PyLong.normalize(x.or(y));
            case XOR:
                return PyLong.normalize(x.xor(y));
            default:
                return NI;
        }
    }

    public static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    public static BigInteger floorMod(BigInteger x, BigInteger y) {
        BigInteger r = x.mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return r;
    }

    @TruffleBoundary
    public static Object longPow(long x, long y) {
        if (y < 0) {
            if (x == 0) {
                throw PException.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return floatPow(x, y);
        }
        long result = 1;
        long base = x;
        long e = y;
        try {
            while (e > 0) {
                if ((e & 1) != 0) {
                    result = Math.multiplyExact(result, base);
                }
                e >>= 1;
                if (e > 0) {
                    base = Math.multiplyExact(base, base);
                }
            }
            return result;
        } catch (ArithmeticException ex) {
            return bigBinary(BinaryOp.POW, BigInteger.valueOf(x), BigInteger.valueOf(y));
        }
    }

    @TruffleBoundary
    public static double longTrueDiv(long x, long y) {
        if (y == 0) {
            throw PException.zeroDivision("division by zero");
        }
        if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53) && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
            return (double) x / (double) y;
        }
        return bigTrueDiv(BigInteger.valueOf(x), BigInteger.valueOf(y));
    }

    /** int / int, correctly rounded as CPython's long_true_divide. */
    @TruffleBoundary
    public static double bigTrueDiv(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw PException.zeroDivision("division by zero");
        }
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        boolean neg = (x.signum() < 0) != (y.signum() < 0);
        if (x.signum() == 0) {
            return neg ? -0.0 : 0.0;
        }
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        int shift = 55 + b.bitLength() - a.bitLength();
        BigInteger num = shift >= 0 ? a.shiftLeft(shift) : a;
        BigInteger den = shift >= 0 ? b : b.shiftLeft(-shift);
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0].shiftLeft(1);
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        double d = FloatOps.scaledToDouble(q, -(long) shift - 1);
        if (Double.isInfinite(d)) {
            throw PException.overflow("integer division result too large for a float");
        }
        return neg ? -d : d;
    }

    // ------------------------------------------------------------------ float

    @TruffleBoundary
    public static Object floatBinary(BinaryOp op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case TRUEDIV:
                if (y == 0) {
                    throw PException.zeroDivision("float division by zero");
                }
                return x / y;
            case FLOORDIV:
                if (y == 0) {
                    throw PException.zeroDivision("float floor division by zero");
                }
                return floatFloorDiv(x, y);
            case MOD:
                if (y == 0) {
                    throw PException.zeroDivision("float modulo");
                }
                return floatMod(x, y);
            case DIVMOD:
                if (y == 0) {
                    throw PException.zeroDivision("float divmod()");
                }
                return PyTuple.of(floatFloorDiv(x, y), floatMod(x, y));
            case POW:
                return floatPow(x, y);
            default:
                return NI;
        }
    }

    public static double floatMod(double vx, double wx) {
        double mod = vx % wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    public static double floatFloorDiv(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return floordiv;
    }

    @TruffleBoundary
    public static Object floatPow(double x, double y) {
        double fast = FastPow.pow(x, y);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        if (y == 0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (x == 0 && y < 0 && !Double.isInfinite(y)) {
            throw PException.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && !Double.isInfinite(x) && !Double.isInfinite(y) && y != Math.floor(y)) {
            return complexPow(x, 0, y, 0);
        }
        double r = DoubleDouble.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PException.raise(BuiltinTypes.OVERFLOW_ERROR, 34L, "Numerical result out of range");
        }
        return r;
    }

    // ------------------------------------------------------------------ complex

    @TruffleBoundary
    public static Object complexBinary(BinaryOp op, Object a, Object b) {
        double ar;
        double ai;
        double br;
        double bi;
        if (a instanceof PyComplex c) {
            ar = c.real;
            ai = c.imag;
        } else {
            ar = toDouble(a);
            ai = 0;
        }
        if (b instanceof PyComplex c) {
            br = c.real;
            bi = c.imag;
        } else {
            br = toDouble(b);
            bi = 0;
        }
        switch (op) {
            case ADD:
                return new PyComplex(ar + br, ai + bi);
            case SUB:
                return new PyComplex(ar - br, ai - bi);
            case MUL:
                return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            case TRUEDIV:
                return complexDiv(ar, ai, br, bi);
            case POW:
                return ComplexOps.pow(ar, ai, br, bi);
            case FLOORDIV:
            case MOD:
            case DIVMOD:
                return NI;
            default:
                return NI;
        }
    }

    static PyComplex complexDiv(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PException.zeroDivision("complex division by zero");
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    static PyComplex complexPow(double ar, double ai, double br, double bi) {
        if (br == 0 && bi == 0) {
            return new PyComplex(1, 0);
        }
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) {
                throw PException.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    // ------------------------------------------------------------------ unary

    @TruffleBoundary
    public static Object negate(Object a) {
        if (a instanceof Long l) {
            if (l == Long.MIN_VALUE) {
                return BigInteger.valueOf(l).negate();
            }
            return -l;
        } else if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        } else if (a instanceof Double d) {
            return -d;
        } else if (a instanceof BigInteger b) {
            return PyLong.normalize(b.negate());
        } else if (a instanceof PyComplex c) {
            return new PyComplex(-c.real, -c.imag);
        }
        return NI;
    }

    @TruffleBoundary
    public static Object positive(Object a) {
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (a instanceof Long || a instanceof Double || a instanceof BigInteger) {
            return a;
        } else if (a instanceof PyComplex c) {
            return new PyComplex(c.real, c.imag);
        }
        return NI;
    }

    @TruffleBoundary
    public static Object invert(Object a) {
        if (a instanceof Long l) {
            return ~l;
        } else if (a instanceof Boolean b) {
            return b ? -2L : -1L;
        } else if (a instanceof BigInteger b) {
            return PyLong.normalize(b.not());
        }
        return NI;
    }

    @TruffleBoundary
    public static Object abs(Object a) {
        if (a instanceof Long l) {
            if (l == Long.MIN_VALUE) {
                return BigInteger.valueOf(l).negate();
            }
            return Math.abs(l);
        } else if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (a instanceof Double d) {
            return Math.abs(d);
        } else if (a instanceof BigInteger b) {
            return PyLong.normalize(b.abs());
        } else if (a instanceof PyComplex c) {
            double r = Math.hypot(c.real, c.imag);
            if (Double.isInfinite(r) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag)) {
                throw PException.overflow("absolute value too large");
            }
            return r;
        }
        return NI;
    }

    // ------------------------------------------------------------------ comparison

    /** Comparison of builtin numbers (and str with str); null when not applicable. */
    @TruffleBoundary
    public static Object compareFast(Object v, Object w, int op) {
        if (v instanceof String a && w instanceof String b) {
            int c = PyStrOps.compare(a, b);
            return cmpResult(c, op);
        }
        if (isReal(v) && isReal(w)) {
            if (v instanceof Double || w instanceof Double) {
                double dv;
                double dw;
                if (v instanceof Double d1 && w instanceof Double d2) {
                    dv = d1;
                    dw = d2;
                } else if (v instanceof Double d1) {
                    return compareDoubleInt(d1, w, op, false);
                } else {
                    return compareDoubleInt((Double) w, v, swap(op), false);
                }
                switch (op) {
                    case PyObjectOps.LT:
                        return dv < dw;
                    case PyObjectOps.LE:
                        return dv <= dw;
                    case PyObjectOps.EQ:
                        return dv == dw;
                    case PyObjectOps.NE:
                        return dv != dw;
                    case PyObjectOps.GT:
                        return dv > dw;
                    default:
                        return dv >= dw;
                }
            }
            int c;
            if ((v instanceof Long || v instanceof Boolean) && (w instanceof Long || w instanceof Boolean)) {
                c = Long.compare(asLongUnchecked(v), asLongUnchecked(w));
            } else {
                c = PyLong.toBig(v).compareTo(PyLong.toBig(w));
            }
            return cmpResult(c, op);
        }
        if (v instanceof PyComplex || w instanceof PyComplex) {
            if ((op == PyObjectOps.EQ || op == PyObjectOps.NE) && isNumber(v) && isNumber(w)) {
                double vr = v instanceof PyComplex c ? c.real : toDoubleSafe(v);
                double vi = v instanceof PyComplex c ? c.imag : 0;
                double wr = w instanceof PyComplex c ? c.real : toDoubleSafe(w);
                double wi = w instanceof PyComplex c ? c.imag : 0;
                boolean eq = vr == wr && vi == wi;
                return op == PyObjectOps.EQ ? eq : !eq;
            }
        }
        return null;
    }

    private static double toDoubleSafe(Object o) {
        if (o instanceof BigInteger b) {
            return b.doubleValue();
        }
        return toDouble(o);
    }

    private static int swap(int op) {
        return PyObjectOps.cmpSwapped(op);
    }

    private static Object cmpResult(int c, int op) {
        switch (op) {
            case PyObjectOps.LT:
                return c < 0;
            case PyObjectOps.LE:
                return c <= 0;
            case PyObjectOps.EQ:
                return c == 0;
            case PyObjectOps.NE:
                return c != 0;
            case PyObjectOps.GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    /** Exact comparison of a float with an int. */
    @TruffleBoundary
    static Object compareDoubleInt(double d, Object i, int op, boolean unused) {
        if (Double.isNaN(d)) {
            return op == PyObjectOps.NE;
        }
        if (Double.isInfinite(d)) {
            return cmpResult(d > 0 ? 1 : -1, op);
        }
        int c;
        if (i instanceof Long || i instanceof Boolean) {
            long l = asLongUnchecked(i);
            if (d >= TWO63) {
                c = 1;
            } else if (d < -TWO63) {
                c = -1;
            } else {
                long t = (long) d;
                if (t != l) {
                    c = Long.compare(t, l);
                } else {
                    double frac = d - t;
                    c = frac > 0 ? 1 : (frac < 0 ? -1 : 0);
                }
            }
        } else {
            c = new BigDecimal(d).compareTo(new BigDecimal((BigInteger) i));
        }
        return cmpResult(c, op);
    }
}
