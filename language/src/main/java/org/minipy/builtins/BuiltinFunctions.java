package org.minipy.builtins;

import java.math.BigInteger;
import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.Source;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.builtins.PyBuiltinNode.BuiltinN;
import org.minipy.language.Compiler;
import org.minipy.language.MiniPyLanguage;
import org.minipy.language.PythonContext;
import org.minipy.nodes.PArguments;
import org.minipy.nodes.expression.FunctionNodes;
import org.minipy.runtime.BinaryOp;
import org.minipy.runtime.BinaryOps;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.FrameLocals;
import org.minipy.runtime.ImportOps;
import org.minipy.runtime.InstanceAttrs;
import org.minipy.runtime.ListSort;
import org.minipy.runtime.NoValue;
import org.minipy.runtime.NumberOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBytes;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyFunction;
import org.minipy.runtime.PyIterator;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyLong;
import org.minipy.runtime.PyModule;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObject;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyStrOps;
import org.minipy.runtime.PyTextIO;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.StringFormatter;

/** The functions of the {@code builtins} module. */
@CoreFunctions(module = "builtins")
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static boolean given(Object o) {
        return o != NoValue.INSTANCE;
    }

    // ================================================================== print and I/O

    @Builtin(name = "print", varargs = "args", kwonly = {"sep", "end", "file", "flush"}, params = {})
    @GenerateNodeFactory
    public abstract static class PrintNode extends BuiltinN {
        @Specialization
        Object print(VirtualFrame frame, Object[] args) {
            doPrint(PythonContext.get(this), (PyTuple) args[4], args[0], args[1], args[2], args[3]);
            return PyNone.NONE;
        }

        @TruffleBoundary
        static void doPrint(PythonContext ctx, PyTuple values, Object sepArg, Object endArg, Object fileArg, Object flushArg) {
            String sep = " ";
            if (given(sepArg) && sepArg != PyNone.NONE) {
                if (!(sepArg instanceof String s)) {
                    throw PException.typeError("sep must be None or a string, not " + PyObjectOps.typeName(sepArg));
                }
                sep = s;
            }
            String end = "\n";
            if (given(endArg) && endArg != PyNone.NONE) {
                if (!(endArg instanceof String s)) {
                    throw PException.typeError("end must be None or a string, not " + PyObjectOps.typeName(endArg));
                }
                end = s;
            }
            Object file = given(fileArg) ? fileArg : PyNone.NONE;
            if (file == PyNone.NONE) {
                file = ctx.getSysModule().getDict().getItemStr("stdout");
                if (file == null || file == PyNone.NONE) {
                    return;
                }
            }
            Object[] items = values.getItems();
            if (file instanceof PyTextIO out && out.getPyType() == BuiltinRegistry.TEXT_IO) {
                if (items.length == 1) {
                    out.write(PyObjectOps.str(items[0]));
                } else {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < items.length; i++) {
                        if (i > 0) {
                            sb.append(sep);
                        }
                        sb.append(PyObjectOps.str(items[i]));
                    }
                    out.write(sb.toString());
                }
                out.write(end);
                if (given(flushArg) && PyObjectOps.isTrue(flushArg)) {
                    out.flush();
                }
                return;
            }
            Object write = PyObjectOps.getAttr(file, "write");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    CallOps.call(write, sep);
                }
                CallOps.call(write, PyObjectOps.str(items[i]));
            }
            CallOps.call(write, end);
            if (given(flushArg) && PyObjectOps.isTrue(flushArg)) {
                Object flush = PyObjectOps.getAttrOrNull(file, "flush");
                if (flush != null) {
                    CallOps.call(flush);
                }
            }
        }
    }

    @Builtin(name = "input", params = {"prompt"}, required = 0)
    @GenerateNodeFactory
    public abstract static class InputNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        Object input(Object prompt) {
            PythonContext ctx = PythonContext.get(this);
            if (given(prompt)) {
                Object out = ctx.getSysModule().getDict().getItemStr("stdout");
                if (out instanceof PyTextIO t) {
                    t.write(PyObjectOps.str(prompt));
                    t.flush();
                } else if (out != null) {
                    CallOps.call(PyObjectOps.getAttr(out, "write"), PyObjectOps.str(prompt));
                }
            }
            Object in = ctx.getSysModule().getDict().getItemStr("stdin");
            String line;
            if (in instanceof PyTextIO t) {
                line = t.readline();
            } else {
                line = PyObjectOps.str(CallOps.call(PyObjectOps.getAttr(in, "readline")));
            }
            if (line.isEmpty()) {
                throw PException.raise(BuiltinTypes.EOF_ERROR, "EOF when reading a line");
            }
            if (line.endsWith("\n")) {
                line = line.substring(0, line.length() - 1);
            }
            return line;
        }
    }

    // ================================================================== object protocol

    @Builtin(name = "len", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class LenNode extends Builtin1 {
        @Specialization
        static long doString(String s) {
            return PyStrOps.length(s);
        }

        @Specialization(guards = "l.getPyType() == LIST")
        static long doList(PyList l) {
            return l.size();
        }

        @Specialization(guards = "t.getPyType() == TUPLE")
        static long doTuple(PyTuple t) {
            return t.size();
        }

        @Specialization(guards = "d.getPyType() == DICT")
        static long doDict(PyDict d) {
            return d.size();
        }

        @Fallback
        static Object doGeneric(Object o) {
            return PyObjectOps.len(o);
        }

        static final org.minipy.runtime.PyType LIST = BuiltinTypes.LIST;
        static final org.minipy.runtime.PyType TUPLE = BuiltinTypes.TUPLE;
        static final org.minipy.runtime.PyType DICT = BuiltinTypes.DICT;
    }

    @Builtin(name = "repr", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        static Object repr(Object o) {
            return PyObjectOps.repr(o);
        }
    }

    @Builtin(name = "ascii", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class AsciiNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object ascii(Object o) {
            return PyStrOps.asciiEscape(PyObjectOps.repr(o));
        }
    }

    @Builtin(name = "format", params = {"value", "format_spec"}, required = 1)
    @GenerateNodeFactory
    public abstract static class FormatNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object format(Object value, Object spec) {
            String s = "";
            if (given(spec)) {
                if (!(spec instanceof String ss)) {
                    throw PException.typeError("format() argument 2 must be str, not " + PyObjectOps.typeName(spec));
                }
                s = ss;
            }
            return StringFormatter.format(value, s);
        }
    }

    @Builtin(name = "abs", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AbsNode extends Builtin1 {
        @Specialization(guards = "x != MIN")
        static long doLong(long x) {
            return Math.abs(x);
        }

        @Specialization
        static double doDouble(double x) {
            return Math.abs(x);
        }

        @Fallback
        static Object doGeneric(Object x) {
            return BinaryOps.unaryOp(x, "__abs__", "abs");
        }

        static final long MIN = Long.MIN_VALUE;
    }

    @Builtin(name = "hash", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class HashNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static long hash(Object o) {
            return org.minipy.runtime.PyHash.hash(o);
        }
    }

    @Builtin(name = "id", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class IdNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static long id(Object o) {
            return PythonContext.get(null).idOf(o);
        }
    }

    @Builtin(name = "callable", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class CallableNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean callable(Object o) {
            return PyObjectOps.type(o).lookup("__call__") != null;
        }
    }

    @Builtin(name = "isinstance", params = {"obj", "class_or_tuple"})
    @GenerateNodeFactory
    public abstract static class IsInstanceNode extends Builtin2 {
        @Specialization
        static boolean isinstance(Object obj, Object cls) {
            if (cls instanceof PyType t && BuiltinTypes.getType(obj) == t) {
                return true;
            }
            return PyObjectOps.isInstance(obj, cls);
        }
    }

    @Builtin(name = "issubclass", params = {"cls", "class_or_tuple"})
    @GenerateNodeFactory
    public abstract static class IsSubclassNode extends Builtin2 {
        @Specialization
        static boolean issubclass(Object c, Object cls) {
            return PyObjectOps.isSubclass(c, cls);
        }
    }

    @Builtin(name = "getattr", params = {"object", "name", "default"}, required = 2)
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends Builtin3 {
        /** getattr(obj, "name") with the same name each time: an attribute read with its own cache. */
        @Specialization(guards = {"!isGiven(dflt)", "isSameName(name, cachedName)"}, limit = "3")
        static Object getattrCached(VirtualFrame frame, Object obj, String name, Object dflt,
                        @Cached("name") String cachedName,
                        @Cached("create(cachedName)") org.minipy.nodes.object.GetAttrNode read) {
            return read.execute(frame, obj);
        }

        static boolean isSameName(String name, String cachedName) {
            return name == cachedName || cachedName.equals(name);
        }

        static boolean isGiven(Object o) {
            return given(o);
        }

        @Specialization(replaces = "getattrCached")
        @TruffleBoundary
        static Object getattr(Object obj, Object name, Object dflt) {
            if (!(name instanceof String s)) {
                throw PException.typeError("attribute name must be string, not '" + PyObjectOps.typeName(name) + "'");
            }
            if (!given(dflt)) {
                return PyObjectOps.getAttr(obj, s);
            }
            Object v = PyObjectOps.getAttrOrNull(obj, s);
            return v == null ? dflt : v;
        }
    }

    @Builtin(name = "setattr", params = {"obj", "name", "value"})
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object setattr(Object obj, Object name, Object value) {
            if (!(name instanceof String s)) {
                throw PException.typeError("attribute name must be string, not '" + PyObjectOps.typeName(name) + "'");
            }
            PyObjectOps.setAttr(obj, s, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "delattr", params = {"obj", "name"})
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object delattr(Object obj, Object name) {
            if (!(name instanceof String s)) {
                throw PException.typeError("attribute name must be string, not '" + PyObjectOps.typeName(name) + "'");
            }
            PyObjectOps.delAttr(obj, s);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "hasattr", params = {"obj", "name"})
    @GenerateNodeFactory
    public abstract static class HasAttrNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static boolean hasattr(Object obj, Object name) {
            if (!(name instanceof String s)) {
                throw PException.typeError("attribute name must be string, not '" + PyObjectOps.typeName(name) + "'");
            }
            return PyObjectOps.getAttrOrNull(obj, s) != null;
        }
    }

    // ================================================================== iteration

    @Builtin(name = "iter", params = {"object", "sentinel"}, required = 1)
    @GenerateNodeFactory
    public abstract static class IterNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object iter(Object o, Object sentinel) {
            if (!given(sentinel)) {
                return PyObjectOps.getIter(o);
            }
            if (PyObjectOps.type(o).lookup("__call__") == null) {
                throw PException.typeError("iter(v, w): v must be callable");
            }
            return new PyIterator.CallableIterator(o, sentinel);
        }
    }

    @Builtin(name = "next", params = {"iterator", "default"}, required = 1)
    @GenerateNodeFactory
    public abstract static class NextNode extends Builtin2 {
        @Specialization(guards = "!g.isCoroutine()")
        static Object nextGenerator(org.minipy.runtime.PyGenerator g, Object dflt,
                        @com.oracle.truffle.api.dsl.Cached org.minipy.nodes.generator.ResumeGeneratorNode resume) {
            Object v = resume.execute(g, PyNone.NONE);
            if (v == null) {
                if (given(dflt)) {
                    return dflt;
                }
                throw GeneratorBuiltins.stopIteration(g);
            }
            return v;
        }

        @Specialization
        @TruffleBoundary
        static Object next(Object it, Object dflt) {
            // (generators other than coroutines are taken by nextGenerator)
            Object nextM = PyObjectOps.type(it).lookup("__next__");
            if (nextM == null) {
                throw PException.typeError("'" + PyObjectOps.typeName(it) + "' object is not an iterator");
            }
            if (it instanceof PyIterator pi && pi.getPyType().isBuiltin()) {
                Object v = pi.next();
                if (v == null) {
                    if (given(dflt)) {
                        return dflt;
                    }
                    throw PException.stopIteration(PyNone.NONE);
                }
                return v;
            }
            try {
                return CallOps.callUnbound(nextM, it, new Object[0], CallOps.NO_KW);
            } catch (PException e) {
                if (given(dflt) && e.isInstance(BuiltinTypes.STOP_ITERATION)) {
                    return dflt;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "sum", params = {"iterable", "start"}, required = 1, posonly = 1, argStyle = Builtin.ArgStyle.CLINIC_POSONLY)
    @GenerateNodeFactory
    public abstract static class SumNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object sum(Object iterable, Object start) {
            Object acc = given(start) ? start : (Object) 0L;
            if (acc instanceof String) {
                throw PException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            if (acc instanceof PyBytes) {
                throw PException.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
            }
            Object it = PyObjectOps.getIter(iterable);
            Object v;
            long lacc = 0;
            boolean longMode = acc instanceof Long;
            if (longMode) {
                lacc = (Long) acc;
            }
            double dacc = 0;
            boolean doubleMode = false;
            while ((v = PyObjectOps.next(it)) != null) {
                if (longMode) {
                    if (v instanceof Long l) {
                        long r = lacc + l;
                        if (((lacc ^ r) & (l ^ r)) >= 0) {
                            lacc = r;
                            continue;
                        }
                    } else if (v instanceof Double d) {
                        longMode = false;
                        doubleMode = true;
                        dacc = lacc + d;
                        continue;
                    }
                    longMode = false;
                    acc = lacc;
                } else if (doubleMode) {
                    if (v instanceof Double d) {
                        dacc += d;
                        continue;
                    } else if (v instanceof Long l) {
                        dacc += l;
                        continue;
                    }
                    doubleMode = false;
                    acc = dacc;
                }
                acc = BinaryOps.binaryOp(acc, v, BinaryOp.ADD);
            }
            if (longMode) {
                return lacc;
            }
            if (doubleMode) {
                return dacc;
            }
            return acc;
        }
    }

    @Builtin(name = "min", varargs = "args", kwonly = {"key", "default"})
    @GenerateNodeFactory
    public abstract static class MinNode extends Builtin3 {
        @Specialization
        static Object min(Object key, Object dflt, Object args) {
            if (!given(key) && !given(dflt)) {
                Object r = fastMinMax((PyTuple) args, true);
                if (r != null) {
                    return r;
                }
            }
            return minmax((PyTuple) args, key, dflt, true);
        }
    }

    @Builtin(name = "max", varargs = "args", kwonly = {"key", "default"})
    @GenerateNodeFactory
    public abstract static class MaxNode extends Builtin3 {
        @Specialization
        static Object max(Object key, Object dflt, Object args) {
            if (!given(key) && !given(dflt)) {
                Object r = fastMinMax((PyTuple) args, false);
                if (r != null) {
                    return r;
                }
            }
            return minmax((PyTuple) args, key, dflt, false);
        }
    }

    /**
     * min/max without key or default over two or more ints, floats or strs, or over the items of one
     * exact list, without a boundary: the first smallest (largest) wins, as with repeated {@code <}
     * ({@code >}). Null when the values are not all of one such kind (then the general path decides,
     * errors included).
     */
    static Object fastMinMax(PyTuple args, boolean isMin) {
        Object[] items = args.getItems();
        int n = items.length;
        if (n == 1) {
            if (!(items[0] instanceof PyList list) || list.getPyType() != BuiltinTypes.LIST || list.size() == 0) {
                return null;
            }
            items = list.getStore();
            n = list.size();
        } else if (n < 2) {
            return null;
        }
        Object first = items[0];
        if (first instanceof Long) {
            return extremeLong(items, n, isMin);
        } else if (first instanceof Double) {
            return extremeDouble(items, n, isMin);
        } else if (first instanceof String) {
            return extremeStr(items, n, isMin);
        }
        return null;
    }

    private static Object extremeLong(Object[] items, int n, boolean isMin) {
        long best = (Long) items[0];
        int bestIndex = 0;
        for (int i = 1; i < n; i++) {
            if (!(items[i] instanceof Long l)) {
                return null;
            }
            if (isMin ? l < best : l > best) {
                best = l;
                bestIndex = i;
            }
        }
        return items[bestIndex];
    }

    private static Object extremeStr(Object[] items, int n, boolean isMin) {
        String best = (String) items[0];
        for (int i = 1; i < n; i++) {
            if (!(items[i] instanceof String str)) {
                return null;
            }
            int c = PyStrOps.compare(str, best);
            if (isMin ? c < 0 : c > 0) {
                best = str;
            }
        }
        return best;
    }

    private static Object extremeDouble(Object[] items, int n, boolean isMin) {
        double best = (Double) items[0];
        int bestIndex = 0;
        for (int i = 1; i < n; i++) {
            if (!(items[i] instanceof Double d)) {
                return null;
            }
            if (isMin ? d < best : d > best) {
                best = d;
                bestIndex = i;
            }
        }
        return items[bestIndex];
    }

    @TruffleBoundary
    static Object minmax(PyTuple args, Object key, Object dflt, boolean isMin) {
        String name = isMin ? "min" : "max";
        Object[] items;
        if (args.size() == 0) {
            throw PException.typeError(name + " expected at least 1 argument, got 0");
        }
        if (args.size() == 1) {
            items = null;
        } else {
            if (given(dflt)) {
                throw PException.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = args.getItems();
        }
        Object keyFn = given(key) && key != PyNone.NONE ? key : null;
        Object best = null;
        Object bestKey = null;
        int op = isMin ? PyObjectOps.LT : PyObjectOps.GT;
        if (items != null) {
            for (Object v : items) {
                Object k = keyFn == null ? v : CallOps.call(keyFn, v);
                if (best == null || PyObjectOps.richCompareBool(k, bestKey, op)) {
                    best = v;
                    bestKey = k;
                }
            }
            return best;
        }
        Object it = PyObjectOps.getIter(args.get(0));
        Object v;
        while ((v = PyObjectOps.next(it)) != null) {
            Object k = keyFn == null ? v : CallOps.call(keyFn, v);
            if (best == null || PyObjectOps.richCompareBool(k, bestKey, op)) {
                best = v;
                bestKey = k;
            }
        }
        if (best == null) {
            if (given(dflt)) {
                return dflt;
            }
            throw PException.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    @Builtin(name = "any", params = {"iterable"})
    @GenerateNodeFactory
    public abstract static class AnyNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean any(Object iterable) {
            Object it = PyObjectOps.getIter(iterable);
            Object v;
            while ((v = PyObjectOps.next(it)) != null) {
                if (PyObjectOps.isTrue(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "all", params = {"iterable"})
    @GenerateNodeFactory
    public abstract static class AllNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean all(Object iterable) {
            Object it = PyObjectOps.getIter(iterable);
            Object v;
            while ((v = PyObjectOps.next(it)) != null) {
                if (!PyObjectOps.isTrue(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "sorted", varargs = "args", kwonly = {"key", "reverse"})
    @GenerateNodeFactory
    public abstract static class SortedNode extends Builtin3 {
        @Specialization
        static Object sorted(com.oracle.truffle.api.frame.VirtualFrame frame, Object key, Object reverse, Object args,
                        @com.oracle.truffle.api.dsl.Cached("create()") ListBuiltins.KeySortNode sorter) {
            PyList l = newSortedList((PyTuple) args);
            Object k = given(key) ? key : PyNone.NONE;
            boolean rev = given(reverse) && reverseArgument(reverse);
            sorter.execute(frame, l, k, rev);
            return l;
        }

        @TruffleBoundary
        private static PyList newSortedList(PyTuple a) {
            if (a.size() != 1) {
                throw PException.typeError("sorted expected 1 argument, got " + a.size());
            }
            return new PyList(PyObjectOps.toArray(a.get(0)).clone());
        }

        @TruffleBoundary
        private static boolean reverseArgument(Object reverse) {
            Object r = PyObjectOps.indexOrNull(reverse);
            if (r == null && !(reverse instanceof Boolean)) {
                throw PException.typeError("'" + PyObjectOps.typeName(reverse) + "' object cannot be interpreted as an integer");
            }
            return PyObjectOps.isTrue(reverse);
        }
    }

    // ================================================================== numbers and characters

    @Builtin(name = "divmod", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class DivModNode extends Builtin2 {
        @Specialization
        static Object divmod(Object x, Object y) {
            return BinaryOps.binaryOp(x, y, BinaryOp.DIVMOD);
        }
    }

    @Builtin(name = "pow", params = {"base", "exp", "mod"}, required = 2, posonly = 0)
    @GenerateNodeFactory
    public abstract static class PowNode extends Builtin3 {
        @Specialization
        static Object pow(Object base, Object exp, Object mod) {
            if (!given(mod) || mod == PyNone.NONE) {
                return BinaryOps.binaryOp(base, exp, BinaryOp.POW);
            }
            return BinaryOps.pow3(base, exp, mod);
        }
    }

    @Builtin(name = "round", params = {"number", "ndigits"}, required = 1, posonly = 0)
    @GenerateNodeFactory
    public abstract static class RoundNode extends Builtin2 {
        @Specialization(guards = "fitsLong(number)")
        static long doDouble(double number, org.minipy.runtime.NoValue ndigits) {
            return (long) Math.rint(number);
        }

        @Specialization
        static long doLong(long number, org.minipy.runtime.NoValue ndigits) {
            return number;
        }

        @Specialization
        static double doDoubleDigits(double number, long ndigits) {
            return org.minipy.runtime.FloatOps.round(number, ndigits);
        }

        static boolean fitsLong(double x) {
            return x > -9.2e18 && x < 9.2e18;
        }

        @Specialization(replaces = {"doDouble", "doLong", "doDoubleDigits"})
        @TruffleBoundary
        static Object round(Object number, Object ndigits) {
            Object m = PyObjectOps.type(number).lookup("__round__");
            if (m == null) {
                throw PException.typeError("type " + PyObjectOps.typeName(number) + " doesn't define __round__ method");
            }
            if (!given(ndigits) || ndigits == PyNone.NONE) {
                return CallOps.callUnbound(m, number, new Object[0], CallOps.NO_KW);
            }
            return CallOps.callUnbound(m, number, new Object[]{ndigits}, CallOps.NO_KW);
        }
    }

    @Builtin(name = "chr", params = {"i"})
    @GenerateNodeFactory
    public abstract static class ChrNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object chr(Object i) {
            Object v = PyObjectOps.indexOrNull(i);
            if (v == null) {
                throw PException.typeError("'" + PyObjectOps.typeName(i) + "' object cannot be interpreted as an integer");
            }
            if (v instanceof BigInteger) {
                throw PException.overflow("Python int too large to convert to C int");
            }
            long c = (Long) v;
            if (c < 0 || c > 0x10ffff) {
                throw PException.valueError("chr() arg not in range(0x110000)");
            }
            if (c < 0x10000) {
                return PyStrOps.charToString((char) c);
            }
            return new String(Character.toChars((int) c));
        }
    }

    @Builtin(name = "ord", params = {"c"})
    @GenerateNodeFactory
    public abstract static class OrdNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object ord(Object c) {
            if (c instanceof String s) {
                int n = s.codePointCount(0, s.length());
                if (n != 1) {
                    throw PException.typeError("ord() expected a character, but string of length " + n + " found");
                }
                return (long) s.codePointAt(0);
            }
            if (c instanceof PyBytes b) {
                if (b.length() != 1) {
                    throw PException.typeError("ord() expected a character, but string of length " + b.length() + " found");
                }
                return (long) (b.getStore()[0] & 0xff);
            }
            throw PException.typeError("ord() expected string of length 1, but " + PyObjectOps.typeName(c) + " found");
        }
    }

    @Builtin(name = "bin", params = {"number"})
    @GenerateNodeFactory
    public abstract static class BinNode extends Builtin1 {
        @Specialization
        static Object bin(Object n) {
            return radix(n, 2, "0b");
        }
    }

    @Builtin(name = "oct", params = {"number"})
    @GenerateNodeFactory
    public abstract static class OctNode extends Builtin1 {
        @Specialization
        static Object oct(Object n) {
            return radix(n, 8, "0o");
        }
    }

    @Builtin(name = "hex", params = {"number"})
    @GenerateNodeFactory
    public abstract static class HexNode extends Builtin1 {
        @Specialization
        static Object hex(Object n) {
            return radix(n, 16, "0x");
        }
    }

    @TruffleBoundary
    static String radix(Object n, int radix, String prefix) {
        Object v = PyObjectOps.indexOrNull(n);
        if (v == null) {
            throw PException.typeError("'" + PyObjectOps.typeName(n) + "' object cannot be interpreted as an integer");
        }
        BigInteger b = PyLong.toBig(v);
        if (b.signum() < 0) {
            return "-" + prefix + b.negate().toString(radix);
        }
        return prefix + b.toString(radix);
    }

    // ================================================================== namespaces and code

    @Builtin(name = "globals", params = {})
    @GenerateNodeFactory
    public abstract static class GlobalsNode extends PyBuiltinNode.Builtin0 {
        @Specialization
        Object globals(VirtualFrame frame) {
            return PArguments.getGlobals(FrameLocals.callerFrame(frame, this));
        }
    }

    @Builtin(name = "locals", params = {})
    @GenerateNodeFactory
    public abstract static class LocalsNode extends PyBuiltinNode.Builtin0 {
        @Specialization
        Object locals(VirtualFrame frame) {
            return FrameLocals.locals(FrameLocals.callerFrame(frame, this));
        }
    }

    @Builtin(name = "vars", params = {"object"}, required = 0)
    @GenerateNodeFactory
    public abstract static class VarsNode extends Builtin1 {
        @Specialization
        Object vars(VirtualFrame frame, Object obj) {
            if (!given(obj)) {
                return FrameLocals.locals(FrameLocals.callerFrame(frame, this));
            }
            return varsOf(obj);
        }

        @TruffleBoundary
        static Object varsOf(Object obj) {
            Object d = PyObjectOps.getAttrOrNull(obj, "__dict__");
            if (d == null) {
                throw PException.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        }
    }

    @Builtin(name = "dir", params = {"object"}, required = 0)
    @GenerateNodeFactory
    public abstract static class DirNode extends Builtin1 {
        @Specialization
        Object dir(VirtualFrame frame, Object obj) {
            if (!given(obj)) {
                Object locals = FrameLocals.locals(FrameLocals.callerFrame(frame, this));
                return sortedKeys(locals);
            }
            return dirOf(obj);
        }

        @TruffleBoundary
        static Object sortedKeys(Object mapping) {
            PyList l = new PyList(PyObjectOps.toArray(mapping).clone());
            ListSort.sort(l, PyNone.NONE, false);
            return l;
        }

        @TruffleBoundary
        static Object dirOf(Object obj) {
            Object m = PyObjectOps.type(obj).lookup("__dir__");
            Object r = CallOps.callUnbound(m, obj, new Object[0], CallOps.NO_KW);
            return sortedKeys(r);
        }
    }

    @Builtin(name = "exec", params = {"source", "globals", "locals"}, required = 1, posonly = 1, argStyle = Builtin.ArgStyle.CLINIC_POSONLY)
    @GenerateNodeFactory
    public abstract static class ExecNode extends Builtin3 {
        @Specialization
        Object exec(VirtualFrame frame, Object source, Object globals, Object locals) {
            return run(FrameLocals.callerFrame(frame, this), source, globals, locals, "exec", "exec");
        }
    }

    @Builtin(name = "eval", params = {"source", "globals", "locals"}, required = 1, posonly = 0)
    @GenerateNodeFactory
    public abstract static class EvalNode extends Builtin3 {
        @Specialization
        Object eval(VirtualFrame frame, Object source, Object globals, Object locals) {
            return run(FrameLocals.callerFrame(frame, this), source, globals, locals, "eval", "eval");
        }
    }

    @TruffleBoundary
    static Object run(com.oracle.truffle.api.frame.MaterializedFrame caller, Object source, Object globals, Object locals, String mode, String fname) {
        PyDict g;
        Object l;
        if (globals == NoValue.INSTANCE || globals == PyNone.NONE) {
            g = caller == null ? PythonContext.get(null).getMainModule().getDict() : PArguments.getGlobals(caller);
            if (locals == NoValue.INSTANCE || locals == PyNone.NONE) {
                l = caller == null ? g : FrameLocals.locals(caller);
                if (l == g) {
                    l = null;
                }
            } else {
                l = locals;
            }
        } else {
            if (!(globals instanceof PyDict gd)) {
                if (mode.equals("eval")) {
                    throw PException.typeError(PyObjectOps.type(globals).lookup("__getitem__") != null ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
                }
                throw PException.typeError(fname + "() globals must be a dict, not " + PyObjectOps.typeName(globals));
            }
            g = gd;
            l = locals == NoValue.INSTANCE || locals == PyNone.NONE ? null : locals;
        }
        if (g.getItemStr("__builtins__") == null) {
            g.setItemStr("__builtins__", PythonContext.get(null).getBuiltinsModule());
        }
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else if (source instanceof String s) {
            String text = s;
            if (mode.equals("eval")) {
                text = text.stripLeading();
            }
            code = Compiler.compileModule(MiniPyLanguage.get(null), Source.newBuilder(MiniPyLanguage.ID, text, "<string>").build(), mode);
        } else if (source instanceof PyBytes b) {
            code = Compiler.compileModule(MiniPyLanguage.get(null), Source.newBuilder(MiniPyLanguage.ID, new String(b.view(), java.nio.charset.StandardCharsets.UTF_8), "<string>").build(), mode);
        } else {
            throw PException.typeError(fname + "() arg 1 must be a string, bytes or code object");
        }
        Object[] args = PArguments.create(0);
        args[PArguments.GLOBALS] = g;
        args[PArguments.SPECIAL] = l;
        Object r = code.getCallTarget().call(args);
        return mode.equals("eval") ? r : PyNone.NONE;
    }

    @Builtin(name = "compile", params = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, required = 3, posonly = 0, kwonly = {"_feature_version"})
    @GenerateNodeFactory
    public abstract static class CompileNode extends BuiltinN {
        @Specialization
        @TruffleBoundary
        Object compile(Object[] args) {
            Object source = args[0];
            Object filename = args[1];
            Object mode = args[2];
            if (!(mode instanceof String m) || !(m.equals("exec") || m.equals("eval") || m.equals("single"))) {
                throw PException.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            String fn = filename instanceof String f ? f : PyObjectOps.str(filename);
            String text;
            if (source instanceof String s) {
                text = s;
            } else if (source instanceof PyBytes b) {
                text = new String(b.view(), java.nio.charset.StandardCharsets.UTF_8);
            } else {
                throw PException.typeError("compile() arg 1 must be a string, bytes or AST object");
            }
            return Compiler.compileModule(MiniPyLanguage.get(this), Source.newBuilder(MiniPyLanguage.ID, text, fn).build(), m);
        }
    }

    @Builtin(name = "__build_class__", params = {"func", "name"}, varargs = "bases", varkw = "kwds")
    @GenerateNodeFactory
    public abstract static class BuildClassNode extends PyBuiltinNode.Builtin4 {
        @Specialization
        @TruffleBoundary
        static Object build(Object func, Object name, Object bases, Object kwds) {
            if (!(func instanceof PyFunction f)) {
                throw PException.typeError("__build_class__: func must be a function");
            }
            if (!(name instanceof String n)) {
                throw PException.typeError("__build_class__: name is not a string");
            }
            PyDict kw = (PyDict) kwds;
            Object[] keys = kw.keysArray();
            String[] kn = new String[keys.length];
            for (int i = 0; i < kn.length; i++) {
                kn[i] = (String) keys[i];
            }
            return FunctionNodes.ClassDefNode.buildClass(f, n, ((PyTuple) bases).getItems(), null, kn, kw.valuesArray());
        }
    }

    @Builtin(name = "__import__", params = {"name", "globals", "locals", "fromlist", "level"}, required = 1, posonly = 0)
    @GenerateNodeFactory
    public abstract static class ImportNode extends BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object doImport(Object[] args) {
            if (!(args[0] instanceof String name)) {
                throw PException.typeError("module name must be str, not " + PyObjectOps.typeName(args[0]));
            }
            PyDict globals = args[1] instanceof PyDict d ? d : null;
            boolean fromlist = given(args[3]) && args[3] != PyNone.NONE && PyObjectOps.isTrue(args[3]);
            int level = given(args[4]) ? (int) PyLong.asLong(args[4]) : 0;
            return ImportOps.importName(name, globals, fromlist, level);
        }
    }

    @Builtin(name = "exit", params = {"code"}, required = 0)
    @GenerateNodeFactory
    public abstract static class ExitNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object exit(Object code) {
            throw new PException((org.minipy.runtime.PyBaseException) CallOps.call(BuiltinTypes.SYSTEM_EXIT, given(code) ? new Object[]{code} : new Object[0]), null);
        }
    }

    @Builtin(name = "quit", params = {"code"}, required = 0)
    @GenerateNodeFactory
    public abstract static class QuitNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object quit(Object code) {
            throw new PException((org.minipy.runtime.PyBaseException) CallOps.call(BuiltinTypes.SYSTEM_EXIT, given(code) ? new Object[]{code} : new Object[0]), null);
        }
    }

    @Builtin(name = "open", params = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, required = 1, posonly = 0)
    @GenerateNodeFactory
    public abstract static class OpenNode extends BuiltinN {
        @Specialization
        @TruffleBoundary
        Object open(Object[] args) {
            return FileIO.open(PythonContext.get(this), args);
        }
    }

    static void unused() {
        new ArrayList<>();
        InstanceAttrs.class.getName();
        PyModule.class.getName();
        PyObject.class.getName();
        NumberOps.class.getName();
        Cached.class.getName();
    }
}
