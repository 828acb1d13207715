package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.builtins.PyBuiltinNode.Builtin4;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.IterOps;
import org.minipy.runtime.NoValue;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyHash;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyStrObject;
import org.minipy.runtime.PyStrOps;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.StrMethods;
import org.minipy.runtime.StringFormatter;
import org.minipy.runtime.SubscriptOps;

/**
 * Methods of the builtin type {@code str} (Java {@code String}). The algorithms live in
 * {@link StrMethods}; the nodes specialize on a {@code String} receiver and raise CPython's descriptor
 * error for anything else.
 */
@CoreFunctions(types = {"str"})
public final class StrBuiltins {
    private StrBuiltins() {
    }

    static final Object NI = PySingleton.NOT_IMPLEMENTED;

    /** A str argument of a str subclass as its plain value. */
    static Object u(Object o) {
        return o instanceof PyStrObject p ? p.getValue() : o;
    }

    @Builtin(name = "__new__", params = {"cls", "object", "encoding", "errors"}, required = 1, posonly = 1, kind = Builtin.Kind.NEW)
    @GenerateNodeFactory
    public abstract static class NewNode extends Builtin4 {
        @Specialization(guards = "isStrType(cls)")
        static Object doStr(Object cls, String object, NoValue encoding, NoValue errors) {
            return object;
        }

        @Specialization(replaces = "doStr")
        @TruffleBoundary
        static Object doGeneric(Object cls, Object object, Object encoding, Object errors) {
            if (!(cls instanceof PyType t)) {
                throw PException.typeError("str.__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
            }
            if (!t.isSubtypeOf(BuiltinTypes.STR)) {
                throw PException.typeError("str.__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of str");
            }
            String s = StrMethods.newStr(object, encoding, errors);
            if (t != BuiltinTypes.STR) {
                return new PyStrObject(t, s);
            }
            return s;
        }

        static boolean isStrType(Object cls) {
            return cls == BuiltinTypes.STR;
        }
    }

    @Builtin(name = "join", params = {"self", "iterable"})
    @GenerateNodeFactory
    public abstract static class JoinNode extends Builtin2 {
        @Specialization(guards = "isExactList(list)")
        static Object doList(String self, PyList list) {
            return StrMethods.joinArray(self, list.getStore(), list.size());
        }

        static boolean isExactList(Object o) {
            return o instanceof PyList l && l.getPyType() == BuiltinTypes.LIST;
        }

        @Specialization(replaces = "doList")
        static Object doStr(String self, Object iterable) {
            return StrMethods.join(self, iterable);
        }

        @Fallback
        static Object doOther(Object self, Object iterable) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), iterable);
            }
            throw StrMethods.descriptorError("join", "str", self);
        }
    }

    @Builtin(name = "split", params = {"self", "sep", "maxsplit"}, required = 1, posonly = 1)
    @GenerateNodeFactory
    public abstract static class SplitNode extends Builtin3 {
        @Specialization
        static Object doSep(String self, String sep, NoValue maxsplit) {
            return StrMethods.split(self, sep, Long.MAX_VALUE);
        }

        @Specialization(replaces = "doSep")
        static Object doStr(String self, Object sep, Object maxsplit) {
            return StrMethods.split(self, u(sep), maxsplit);
        }

        @Fallback
        static Object doOther(Object self, Object sep, Object maxsplit) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), sep, maxsplit);
            }
            throw StrMethods.descriptorError("split", "str", self);
        }
    }

    @Builtin(name = "strip", params = {"self", "chars"}, required = 1)
    @GenerateNodeFactory
    public abstract static class StripNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object chars) {
            return StrMethods.strip(self, u(chars), 0);
        }

        @Fallback
        static Object doOther(Object self, Object chars) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), chars);
            }
            throw StrMethods.descriptorError("strip", "str", self);
        }
    }

    @Builtin(name = "replace", params = {"self", "old", "new", "count"}, required = 3)
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends Builtin4 {
        @Specialization
        static Object doAll(String self, String old, String repl, NoValue count) {
            return StrMethods.replace(self, old, repl, -1);
        }

        @Specialization(replaces = "doAll")
        static Object doStr(String self, Object old, Object repl, Object count) {
            return StrMethods.replace(self, u(old), u(repl), count);
        }

        @Fallback
        static Object doOther(Object self, Object old, Object repl, Object count) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), old, repl, count);
            }
            throw StrMethods.descriptorError("replace", "str", self);
        }
    }

    @Builtin(name = "startswith", params = {"self", "prefix", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE)
    @GenerateNodeFactory
    public abstract static class StartsWithNode extends Builtin4 {
        @Specialization
        static boolean doSimple(String self, String prefix, NoValue start, NoValue end) {
            return StrMethods.startsWith(self, prefix);
        }

        @Specialization(replaces = "doSimple")
        static boolean doStr(String self, Object prefix, Object start, Object end) {
            return StrMethods.startsOrEndsWith(self, u(prefix), start, end, false);
        }

        @Fallback
        static Object doOther(Object self, Object prefix, Object start, Object end) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), prefix, start, end);
            }
            throw StrMethods.descriptorError("startswith", "str", self);
        }
    }

    @Builtin(name = "endswith", params = {"self", "suffix", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE)
    @GenerateNodeFactory
    public abstract static class EndsWithNode extends Builtin4 {
        @Specialization
        static boolean doSimple(String self, String suffix, NoValue start, NoValue end) {
            return StrMethods.endsWith(self, suffix);
        }

        @Specialization(replaces = "doSimple")
        static boolean doStr(String self, Object suffix, Object start, Object end) {
            return StrMethods.startsOrEndsWith(self, u(suffix), start, end, true);
        }

        @Fallback
        static Object doOther(Object self, Object suffix, Object start, Object end) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), suffix, start, end);
            }
            throw StrMethods.descriptorError("endswith", "str", self);
        }
    }

    @Builtin(name = "format", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class FormatNode extends Builtin3 {
        @Specialization
        static Object doStr(String self, PyTuple args, PyDict kwargs) {
            return StringFormatter.strFormat(self, args.getItems(), kwargs);
        }

        @Fallback
        static Object doOther(Object self, Object args, Object kwargs) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), (PyTuple) args, (PyDict) kwargs);
            }
            throw StrMethods.descriptorError("format", "str", self);
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec"})
    @GenerateNodeFactory
    public abstract static class FormatDunderNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, String spec) {
            return StringFormatter.format(self, spec);
        }

        @Specialization(guards = "!isString(spec)")
        static Object doBadSpec(String self, Object spec) {
            if (spec instanceof PyStrObject p) {
                return StringFormatter.format(self, p.getValue());
            }
            throw PException.typeError("__format__() argument must be str, not " + PyObjectOps.typeName(spec));
        }

        @Fallback
        static Object doOther(Object self, Object spec) {
            if (self instanceof PyStrObject p) {
                if ("".equals(u(spec))) {
                    // an empty spec formats a subclass instance as str(self)
                    return PyObjectOps.str(self);
                }
                return spec instanceof String ? doStr(p.getValue(), (String) spec) : doBadSpec(p.getValue(), spec);
            }
            throw StrMethods.descriptorError("__format__", "str", self);
        }

        static boolean isString(Object o) {
            return o instanceof String;
        }
    }

    @Builtin(name = "maketrans", params = {"x", "y", "z"}, required = 1, kind = Builtin.Kind.STATICMETHOD)
    @GenerateNodeFactory
    public abstract static class MakeTransNode extends Builtin3 {
        @Specialization
        static Object doIt(Object x, Object y, Object z) {
            return StrMethods.maketrans(u(x), u(y), u(z));
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends Builtin2 {
        @Specialization(guards = "!hasPairs(self)")
        static Object doIndex(String self, long index) {
            int n = self.length();
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) {
                throw PException.indexError("string index out of range");
            }
            return PyStrOps.charToString(self.charAt((int) i));
        }

        @Specialization(replaces = "doIndex")
        static Object doStr(String self, Object key) {
            return SubscriptOps.strGet(self, key);
        }

        static boolean hasPairs(String s) {
            return PyStrOps.hasPairs(s);
        }

        @Fallback
        static Object doOther(Object self, Object key) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), key);
            }
            throw StrMethods.descriptorError("__getitem__", "str", self);
        }
    }

    @Builtin(name = "__add__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class AddNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object doStr(String self, String value) {
            return self.concat(value);
        }

        @Fallback
        @TruffleBoundary
        static Object doOther(Object self, Object value) {
            if (self instanceof PyStrObject || value instanceof PyStrObject) {
                Object a = u(self);
                Object b = u(value);
                if (a instanceof String sa && b instanceof String sb) {
                    return sa.concat(sb);
                }
            }
            if (!(self instanceof String || self instanceof PyStrObject)) {
                throw StrMethods.descriptorError("__add__", "str", self);
            }
            PyType t = PyObjectOps.type(value);
            if (!t.isBuiltin() && t.lookup("__radd__") != null) {
                // give the reflected operand its chance, as CPython's nb_add-before-sq_concat order does
                return NI;
            }
            throw PException.typeError("can only concatenate str (not \"" + t.getName() + "\") to str");
        }
    }

    @Builtin(name = "__mod__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ModNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object value) {
            return StringFormatter.percentFormat(self, value);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), value);
            }
            throw StrMethods.descriptorError("__mod__", "str", self);
        }
    }

    @Builtin(name = "__rmod__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class RModNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, String value) {
            return StringFormatter.percentFormat(value, self);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            if (!(self instanceof String || self instanceof PyStrObject)) {
                throw StrMethods.descriptorError("__rmod__", "str", self);
            }
            if (value instanceof PyStrObject p) {
                return StringFormatter.percentFormat(p.getValue(), self);
            }
            return NI;
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static long doStr(String self) {
            return PyHash.hashString(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("__hash__", "str", self);
        }
    }

    @TruffleBoundary
    static Object compare(Object aObj, Object bObj, int op, String name) {
        Object a = u(aObj);
        Object b = u(bObj);
        if (!(a instanceof String sa)) {
            throw StrMethods.descriptorError(name, "str", a);
        }
        if (!(b instanceof String sb)) {
            return NI;
        }
        if (op == PyObjectOps.EQ) {
            return sa.equals(sb);
        } else if (op == PyObjectOps.NE) {
            return !sa.equals(sb);
        }
        int c = PyStrOps.compare(sa, sb);
        switch (op) {
            case PyObjectOps.LT:
                return c < 0;
            case PyObjectOps.LE:
                return c <= 0;
            case PyObjectOps.GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    @Builtin(name = "__eq__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class EqNode extends Builtin2 {
        @Specialization
        static Object doIt(Object self, Object value) {
            return compare(self, value, PyObjectOps.EQ, "__eq__");
        }
    }

    @Builtin(name = "__ne__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class NeNode extends Builtin2 {
        @Specialization
        static Object doIt(Object self, Object value) {
            return compare(self, value, PyObjectOps.NE, "__ne__");
        }
    }

    @Builtin(name = "__lt__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class LtNode extends Builtin2 {
        @Specialization
        static Object doIt(Object self, Object value) {
            return compare(self, value, PyObjectOps.LT, "__lt__");
        }
    }

    @Builtin(name = "__le__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class LeNode extends Builtin2 {
        @Specialization
        static Object doIt(Object self, Object value) {
            return compare(self, value, PyObjectOps.LE, "__le__");
        }
    }

    @Builtin(name = "__gt__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class GtNode extends Builtin2 {
        @Specialization
        static Object doIt(Object self, Object value) {
            return compare(self, value, PyObjectOps.GT, "__gt__");
        }
    }

    @Builtin(name = "__ge__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class GeNode extends Builtin2 {
        @Specialization
        static Object doIt(Object self, Object value) {
            return compare(self, value, PyObjectOps.GE, "__ge__");
        }
    }

    /** The size CPython's compact str layout would take: by the widest character, 1, 2 or 4 bytes each. */
    @Builtin(name = "__sizeof__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SizeofNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static long doStr(String s) {
            int max = 0;
            for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
                max = Math.max(max, s.codePointAt(i));
            }
            long n = s.codePointCount(0, s.length());
            if (max < 128) {
                return 49 + n;
            } else if (max < 256) {
                return 73 + n;
            } else if (max < 65536) {
                return 74 + 2 * n;
            }
            return 76 + 4 * n;
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("__sizeof__", "str", self);
        }
    }

    @Builtin(name = "upper", params = {"self"})
    @GenerateNodeFactory
    public abstract static class UpperNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.upper(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("upper", "str", self);
        }
    }

    @Builtin(name = "lower", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LowerNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.lower(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("lower", "str", self);
        }
    }

    @Builtin(name = "capitalize", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CapitalizeNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.capitalize(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("capitalize", "str", self);
        }
    }

    @Builtin(name = "title", params = {"self"})
    @GenerateNodeFactory
    public abstract static class TitleNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.title(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("title", "str", self);
        }
    }

    @Builtin(name = "swapcase", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SwapcaseNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.swapcase(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("swapcase", "str", self);
        }
    }

    @Builtin(name = "casefold", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CasefoldNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.casefold(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("casefold", "str", self);
        }
    }

    @Builtin(name = "isdigit", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsdigitNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            if (self.length() == 1 && self.charAt(0) < 128) {
                char c = self.charAt(0);
                return c >= '0' && c <= '9';
            }
            return StrMethods.isdigit(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("isdigit", "str", self);
        }
    }

    @Builtin(name = "isdecimal", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsdecimalNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.isdecimal(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("isdecimal", "str", self);
        }
    }

    @Builtin(name = "isnumeric", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsnumericNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.isnumeric(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("isnumeric", "str", self);
        }
    }

    @Builtin(name = "isalpha", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsalphaNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            if (self.length() == 1 && self.charAt(0) < 128) {
                char c = self.charAt(0);
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            }
            return StrMethods.isalpha(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("isalpha", "str", self);
        }
    }

    @Builtin(name = "isalnum", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsalnumNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            if (self.length() == 1 && self.charAt(0) < 128) {
                char c = self.charAt(0);
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            }
            return StrMethods.isalnum(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("isalnum", "str", self);
        }
    }

    @Builtin(name = "isspace", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsspaceNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            if (self.length() == 1 && self.charAt(0) < 128) {
                char c = self.charAt(0);
                return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
            }
            return StrMethods.isspace(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("isspace", "str", self);
        }
    }

    @Builtin(name = "isupper", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsupperNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.isupper(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("isupper", "str", self);
        }
    }

    @Builtin(name = "islower", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IslowerNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.islower(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("islower", "str", self);
        }
    }

    @Builtin(name = "istitle", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IstitleNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.istitle(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("istitle", "str", self);
        }
    }

    @Builtin(name = "isidentifier", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsidentifierNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.isidentifier(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("isidentifier", "str", self);
        }
    }

    @Builtin(name = "isprintable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsprintableNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.isprintable(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("isprintable", "str", self);
        }
    }

    @Builtin(name = "isascii", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsasciiNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return StrMethods.isascii(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("isascii", "str", self);
        }
    }

    @Builtin(name = "rsplit", params = {"self", "sep", "maxsplit"}, required = 1, posonly = 1)
    @GenerateNodeFactory
    public abstract static class RsplitNode extends Builtin3 {
        @Specialization
        static Object doStr(String self, Object sep, Object maxsplit) {
            return StrMethods.rsplit(self, u(sep), u(maxsplit));
        }

        @Fallback
        static Object doOther(Object self, Object sep, Object maxsplit) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), sep, maxsplit);
            }
            throw StrMethods.descriptorError("rsplit", "str", self);
        }
    }

    @Builtin(name = "splitlines", params = {"self", "keepends"}, required = 1, posonly = 1)
    @GenerateNodeFactory
    public abstract static class SplitlinesNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object keepends) {
            return StrMethods.splitlines(self, u(keepends));
        }

        @Fallback
        static Object doOther(Object self, Object keepends) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), keepends);
            }
            throw StrMethods.descriptorError("splitlines", "str", self);
        }
    }

    @Builtin(name = "lstrip", params = {"self", "chars"}, required = 1)
    @GenerateNodeFactory
    public abstract static class LstripNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object chars) {
            return StrMethods.strip(self, u(chars), 1);
        }

        @Fallback
        static Object doOther(Object self, Object chars) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), chars);
            }
            throw StrMethods.descriptorError("lstrip", "str", self);
        }
    }

    @Builtin(name = "rstrip", params = {"self", "chars"}, required = 1)
    @GenerateNodeFactory
    public abstract static class RstripNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object chars) {
            return StrMethods.strip(self, u(chars), 2);
        }

        @Fallback
        static Object doOther(Object self, Object chars) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), chars);
            }
            throw StrMethods.descriptorError("rstrip", "str", self);
        }
    }

    @Builtin(name = "find", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE)
    @GenerateNodeFactory
    public abstract static class FindNode extends Builtin4 {
        @Specialization
        static Object doStr(String self, Object sub, Object start, Object end) {
            return StrMethods.find(self, u(sub), u(start), u(end));
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), sub, start, end);
            }
            throw StrMethods.descriptorError("find", "str", self);
        }
    }

    @Builtin(name = "rfind", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE)
    @GenerateNodeFactory
    public abstract static class RfindNode extends Builtin4 {
        @Specialization
        static Object doStr(String self, Object sub, Object start, Object end) {
            return StrMethods.rfind(self, u(sub), u(start), u(end));
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), sub, start, end);
            }
            throw StrMethods.descriptorError("rfind", "str", self);
        }
    }

    @Builtin(name = "index", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE)
    @GenerateNodeFactory
    public abstract static class IndexNode extends Builtin4 {
        @Specialization
        static Object doStr(String self, Object sub, Object start, Object end) {
            return StrMethods.index(self, u(sub), u(start), u(end));
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), sub, start, end);
            }
            throw StrMethods.descriptorError("index", "str", self);
        }
    }

    @Builtin(name = "rindex", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE)
    @GenerateNodeFactory
    public abstract static class RindexNode extends Builtin4 {
        @Specialization
        static Object doStr(String self, Object sub, Object start, Object end) {
            return StrMethods.rindex(self, u(sub), u(start), u(end));
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), sub, start, end);
            }
            throw StrMethods.descriptorError("rindex", "str", self);
        }
    }

    @Builtin(name = "count", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE)
    @GenerateNodeFactory
    public abstract static class CountNode extends Builtin4 {
        @Specialization
        static Object doStr(String self, Object sub, Object start, Object end) {
            return StrMethods.count(self, u(sub), u(start), u(end));
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), sub, start, end);
            }
            throw StrMethods.descriptorError("count", "str", self);
        }
    }

    @Builtin(name = "center", params = {"self", "width", "fillchar"}, required = 2)
    @GenerateNodeFactory
    public abstract static class CenterNode extends Builtin3 {
        @Specialization
        static Object doStr(String self, Object width, Object fillchar) {
            return StrMethods.justify(self, u(width), u(fillchar), 0);
        }

        @Fallback
        static Object doOther(Object self, Object width, Object fillchar) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), width, fillchar);
            }
            throw StrMethods.descriptorError("center", "str", self);
        }
    }

    @Builtin(name = "ljust", params = {"self", "width", "fillchar"}, required = 2)
    @GenerateNodeFactory
    public abstract static class LjustNode extends Builtin3 {
        @Specialization
        static Object doStr(String self, Object width, Object fillchar) {
            return StrMethods.justify(self, u(width), u(fillchar), 1);
        }

        @Fallback
        static Object doOther(Object self, Object width, Object fillchar) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), width, fillchar);
            }
            throw StrMethods.descriptorError("ljust", "str", self);
        }
    }

    @Builtin(name = "rjust", params = {"self", "width", "fillchar"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RjustNode extends Builtin3 {
        @Specialization
        static Object doStr(String self, Object width, Object fillchar) {
            return StrMethods.justify(self, u(width), u(fillchar), 2);
        }

        @Fallback
        static Object doOther(Object self, Object width, Object fillchar) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), width, fillchar);
            }
            throw StrMethods.descriptorError("rjust", "str", self);
        }
    }

    @Builtin(name = "zfill", params = {"self", "width"})
    @GenerateNodeFactory
    public abstract static class ZfillNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object width) {
            return StrMethods.zfill(self, u(width));
        }

        @Fallback
        static Object doOther(Object self, Object width) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), width);
            }
            throw StrMethods.descriptorError("zfill", "str", self);
        }
    }

    @Builtin(name = "partition", params = {"self", "sep"})
    @GenerateNodeFactory
    public abstract static class PartitionNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object sep) {
            return StrMethods.partition(self, u(sep), false);
        }

        @Fallback
        static Object doOther(Object self, Object sep) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), sep);
            }
            throw StrMethods.descriptorError("partition", "str", self);
        }
    }

    @Builtin(name = "rpartition", params = {"self", "sep"})
    @GenerateNodeFactory
    public abstract static class RpartitionNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object sep) {
            return StrMethods.partition(self, u(sep), true);
        }

        @Fallback
        static Object doOther(Object self, Object sep) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), sep);
            }
            throw StrMethods.descriptorError("rpartition", "str", self);
        }
    }

    @Builtin(name = "expandtabs", params = {"self", "tabsize"}, required = 1, posonly = 1)
    @GenerateNodeFactory
    public abstract static class ExpandtabsNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object tabsize) {
            return StrMethods.expandtabs(self, u(tabsize));
        }

        @Fallback
        static Object doOther(Object self, Object tabsize) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), tabsize);
            }
            throw StrMethods.descriptorError("expandtabs", "str", self);
        }
    }

    @Builtin(name = "format_map", params = {"self", "mapping"})
    @GenerateNodeFactory
    public abstract static class FormatMapNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object mapping) {
            return StrMethods.formatMap(self, u(mapping));
        }

        @Fallback
        static Object doOther(Object self, Object mapping) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), mapping);
            }
            throw StrMethods.descriptorError("format_map", "str", self);
        }
    }

    @Builtin(name = "encode", params = {"self", "encoding", "errors"}, required = 1, posonly = 1)
    @GenerateNodeFactory
    public abstract static class EncodeNode extends Builtin3 {
        @Specialization
        static Object doStr(String self, Object encoding, Object errors) {
            return StrMethods.encode(self, u(encoding), u(errors));
        }

        @Fallback
        static Object doOther(Object self, Object encoding, Object errors) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), encoding, errors);
            }
            throw StrMethods.descriptorError("encode", "str", self);
        }
    }

    @Builtin(name = "translate", params = {"self", "table"})
    @GenerateNodeFactory
    public abstract static class TranslateNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object table) {
            return StrMethods.translate(self, u(table));
        }

        @Fallback
        static Object doOther(Object self, Object table) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), table);
            }
            throw StrMethods.descriptorError("translate", "str", self);
        }
    }

    @Builtin(name = "removeprefix", params = {"self", "prefix"})
    @GenerateNodeFactory
    public abstract static class RemoveprefixNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object prefix) {
            return StrMethods.removeprefix(self, u(prefix), "removeprefix");
        }

        @Fallback
        static Object doOther(Object self, Object prefix) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), prefix);
            }
            throw StrMethods.descriptorError("removeprefix", "str", self);
        }
    }

    @Builtin(name = "removesuffix", params = {"self", "suffix"})
    @GenerateNodeFactory
    public abstract static class RemovesuffixNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object suffix) {
            return StrMethods.removeprefix(self, u(suffix), "removesuffix");
        }

        @Fallback
        static Object doOther(Object self, Object suffix) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), suffix);
            }
            throw StrMethods.descriptorError("removesuffix", "str", self);
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenDunderNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return PyStrOps.length(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("__len__", "str", self);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class ContainsDunderNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object key) {
            return StrMethods.contains(self, u(key));
        }

        @Fallback
        static Object doOther(Object self, Object key) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), key);
            }
            throw StrMethods.descriptorError("__contains__", "str", self);
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterDunderNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return IterOps.builtinIter(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("__iter__", "str", self);
        }
    }

    @Builtin(name = "__mul__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class MulDunderNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object value) {
            return StrMethods.repeat(self, u(value));
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), value);
            }
            throw StrMethods.descriptorError("__mul__", "str", self);
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class RmulDunderNode extends Builtin2 {
        @Specialization
        static Object doStr(String self, Object value) {
            return StrMethods.repeat(self, u(value));
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue(), value);
            }
            throw StrMethods.descriptorError("__rmul__", "str", self);
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetnewargsDunderNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return PyTuple.of(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("__getnewargs__", "str", self);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprDunderNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return PyStrOps.repr(self);
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("__repr__", "str", self);
        }
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrDunderNode extends Builtin1 {
        @Specialization
        static Object doStr(String self) {
            return self;
        }

        @Fallback
        static Object doOther(Object self) {
            if (self instanceof PyStrObject p) {
                return doStr(p.getValue());
            }
            throw StrMethods.descriptorError("__str__", "str", self);
        }
    }

}
