package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The generic binary and unary operator protocol (PyNumber_Add and friends): builtin fast paths, then
 * {@code __op__} / {@code __rop__} with the subclass-first rule, then CPython's error messages.
 */
public final class BinaryOps {
    private static final Object NI = PySingleton.NOT_IMPLEMENTED;

    private BinaryOps() {
    }

    private static boolean isExactNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof java.math.BigInteger ||
                        (o instanceof PyComplex c && c.getPyType() == BuiltinTypes.COMPLEX);
    }

    @TruffleBoundary
    public static Object binaryOp(Object a, Object b, BinaryOp op) {
        if (isExactNumber(a) && isExactNumber(b)) {
            Object r = NumberOps.binary(op, a, b);
            if (r != NI) {
                return r;
            }
        }
        Object r = SequenceOps.fastBinary(op, a, b);
        if (r != null) {
            return r;
        }
        r = binaryOp1(a, b, op.dunder, op.rdunder);
        if (r != NI) {
            return r;
        }
        throw binaryError(a, b, op);
    }

    @TruffleBoundary
    public static Object binaryOp1(Object a, Object b, String name, String rname) {
        PyType ta = PyObjectOps.type(a);
        PyType tb = PyObjectOps.type(b);
        Object slota = ta.lookup(name);
        Object slotb = null;
        if (tb != ta) {
            slotb = tb.lookup(rname);
        }
        if (slotb != null && tb.isSubtypeOf(ta) && slotb != ta.lookup(rname)) {
            Object r = CallOps.callUnbound(slotb, b, new Object[]{a}, CallOps.NO_KW);
            if (r != NI) {
                return r;
            }
            slotb = null;
        }
        if (slota != null) {
            Object r = CallOps.callUnbound(slota, a, new Object[]{b}, CallOps.NO_KW);
            if (r != NI) {
                return r;
            }
        }
        if (slotb != null) {
            return CallOps.callUnbound(slotb, b, new Object[]{a}, CallOps.NO_KW);
        }
        return NI;
    }

    @TruffleBoundary
    public static PException binaryError(Object a, Object b, BinaryOp op) {
        if (op == BinaryOp.ADD && isSequence(a) && !isNumberLike(a)) {
            return PException.typeError("can only concatenate " + PyObjectOps.typeName(a) + " (not \"" + PyObjectOps.typeName(b) + "\") to " + PyObjectOps.typeName(a));
        }
        if (op == BinaryOp.MUL) {
            if (isSequence(a) && !PyLong.isInt(b)) {
                return PException.typeError("can't multiply sequence by non-int of type '" + PyObjectOps.typeName(b) + "'");
            }
            if (isSequence(b) && !PyLong.isInt(a)) {
                return PException.typeError("can't multiply sequence by non-int of type '" + PyObjectOps.typeName(a) + "'");
            }
        }
        if (op == BinaryOp.POW) {
            return PException.typeError("unsupported operand type(s) for ** or pow(): '" + PyObjectOps.typeName(a) + "' and '" + PyObjectOps.typeName(b) + "'");
        }
        if (op == BinaryOp.DIVMOD) {
            return PException.typeError("unsupported operand type(s) for divmod(): '" + PyObjectOps.typeName(a) + "' and '" + PyObjectOps.typeName(b) + "'");
        }
        if (op == BinaryOp.RSHIFT && a instanceof PyBuiltinFunction bf && bf.getName().equals("print")) {
            return PException.typeError("unsupported operand type(s) for >>: 'builtin_function_or_method' and '" + PyObjectOps.typeName(b) +
                            "'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        }
        return PException.typeError("unsupported operand type(s) for " + op.symbol + ": '" + PyObjectOps.typeName(a) + "' and '" + PyObjectOps.typeName(b) + "'");
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    }

    private static boolean isNumberLike(Object o) {
        return false;
    }

    /** {@code a op= b}: __iop__ first, then the binary operator. */
    @TruffleBoundary
    public static Object inplaceOp(Object a, Object b, BinaryOp op) {
        if (!(isExactNumber(a) || a instanceof String || (a instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE))) {
            PyType ta = PyObjectOps.type(a);
            Object islot = ta.lookup(op.idunder);
            if (islot != null) {
                Object r = CallOps.callUnbound(islot, a, new Object[]{b}, CallOps.NO_KW);
                if (r != NI) {
                    return r;
                }
            }
        }
        if (isExactNumber(a) && isExactNumber(b)) {
            Object r = NumberOps.binary(op, a, b);
            if (r != NI) {
                return r;
            }
        }
        Object r = SequenceOps.fastBinary(op, a, b);
        if (r != null) {
            return r;
        }
        r = binaryOp1(a, b, op.dunder, op.rdunder);
        if (r != NI) {
            return r;
        }
        if (op == BinaryOp.ADD && isSequence(a)) {
            return binaryError(a, b, op);
        }
        if (op == BinaryOp.MUL && (isSequence(a) || isSequence(b))) {
            return binaryError(a, b, op);
        }
        throw PException.typeError("unsupported operand type(s) for " + op.symbol + "=: '" + PyObjectOps.typeName(a) + "' and '" + PyObjectOps.typeName(b) + "'");
    }

    @TruffleBoundary
    public static Object pow3(Object a, Object b, Object mod) {
        if (mod == PyNone.NONE) {
            return binaryOp(a, b, BinaryOp.POW);
        }
        if (PyLong.isInt(a) && PyLong.isInt(b) && PyLong.isInt(mod)) {
            java.math.BigInteger m = PyLong.toBig(mod);
            if (m.signum() == 0) {
                throw PException.valueError("pow() 3rd argument cannot be 0");
            }
            java.math.BigInteger base = PyLong.toBig(a);
            java.math.BigInteger e = PyLong.toBig(b);
            java.math.BigInteger am = m.abs();
            java.math.BigInteger r;
            if (e.signum() < 0) {
                try {
                    base = base.modInverse(am);
                } catch (ArithmeticException ex) {
                    throw PException.valueError("base is not invertible for the given modulus");
                }
                e = e.negate();
            }
            r = base.modPow(e, am);
            if (m.signum() < 0 && r.signum() != 0) {
                r = r.add(m);
            }
            return PyLong.normalize(r);
        }
        Object slot = PyObjectOps.type(a).lookup("__pow__");
        if (slot != null) {
            Object r = CallOps.callUnbound(slot, a, new Object[]{b, mod}, CallOps.NO_KW);
            if (r != NI) {
                return r;
            }
        }
        throw PException.typeError("unsupported operand type(s) for ** or pow(): '" + PyObjectOps.typeName(a) + "', '" + PyObjectOps.typeName(b) + "', '" +
                        PyObjectOps.typeName(mod) + "'");
    }

    @TruffleBoundary
    public static Object unaryOp(Object a, String dunder, String symbol) {
        Object r;
        switch (dunder) {
            case "__neg__":
                r = NumberOps.negate(a);
                break;
            case "__pos__":
                r = NumberOps.positive(a);
                break;
            case "__invert__":
                r = NumberOps.invert(a);
                break;
            default:
                r = NumberOps.abs(a);
                break;
        }
        if (r != NI && isExactNumber(a)) {
            return r;
        }
        Object slot = PyObjectOps.type(a).lookup(dunder);
        if (slot != null) {
            return CallOps.callUnbound(slot, a, new Object[0], CallOps.NO_KW);
        }
        if (dunder.equals("__abs__")) {
            throw PException.typeError("bad operand type for abs(): '" + PyObjectOps.typeName(a) + "'");
        }
        throw PException.typeError("bad operand type for unary " + symbol + ": '" + PyObjectOps.typeName(a) + "'");
    }
}
