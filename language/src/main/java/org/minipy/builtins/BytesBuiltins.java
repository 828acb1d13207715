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
import org.minipy.runtime.BytesMethods;
import org.minipy.runtime.IterOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBytes;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.StrMethods;
import org.minipy.runtime.SubscriptOps;

/**
 * Methods of the builtin types {@code bytes} and {@code bytearray} (both {@link PyBytes}). The
 * algorithms live in {@link BytesMethods}; each method exists once per type so that the receiver check
 * and CPython's descriptor error name the right type.
 */
@CoreFunctions(types = {"bytes", "bytearray"})
public final class BytesBuiltins {
    private BytesBuiltins() {
    }

    static Object none(Runnable r) {
        r.run();
        return PyNone.NONE;
    }

    /** repr of bytes / bytearray; a bytearray subclass shows its own type name, as CPython. */
    @TruffleBoundary
    static String repr(PyBytes self) {
        String r = BuiltinReprs.reprBytes(self);
        if (self.isByteArray() && self.getPyType() != BuiltinTypes.BYTEARRAY) {
            return self.getPyType().getName() + r.substring("bytearray".length());
        }
        return r;
    }

    @TruffleBoundary
    static Object unhashable(PyBytes self) {
        throw PException.typeError("unhashable type: '" + PyObjectOps.typeName(self) + "'");
    }

    @TruffleBoundary
    static Object init(PyBytes self, Object source, Object encoding, Object errors) {
        byte[] data = BytesMethods.construct(source, encoding, errors, true);
        byte[] copy = data.clone();
        self.setStore(copy, copy.length);
        return PyNone.NONE;
    }

    @Builtin(name = "__new__", params = {"cls", "source", "encoding", "errors"}, required = 1, posonly = 1, kind = Builtin.Kind.NEW, types = "bytes")
    @GenerateNodeFactory
    public abstract static class NewBytesNode extends Builtin4 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object source, Object encoding, Object errors) {
            if (!(cls instanceof PyType t)) {
                throw PException.typeError("bytes.__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
            }
            if (!t.isSubtypeOf(BuiltinTypes.BYTES)) {
                throw PException.typeError("bytes.__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of bytes");
            }
            if (t == BuiltinTypes.BYTES && source instanceof PyBytes b && b.getPyType() == BuiltinTypes.BYTES && !BuiltinFunctions.given(encoding) && !BuiltinFunctions.given(errors)) {
                return b;
            }
            byte[] data = BytesMethods.construct(source, encoding, errors, false);
            return new PyBytes(t, data);
        }
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class NewByteArrayNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PyType t)) {
                throw PException.typeError("bytearray.__new__(X): X is not a type object (" + PyObjectOps.typeName(cls) + ")");
            }
            if (!t.isSubtypeOf(BuiltinTypes.BYTEARRAY)) {
                throw PException.typeError("bytearray.__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of bytearray");
            }
            return new PyBytes(t, new byte[0]);
        }
    }

    @Builtin(name = "fromhex", params = {"cls", "string"}, kind = Builtin.Kind.CLASSMETHOD)
    @GenerateNodeFactory
    public abstract static class FromHexNode extends Builtin2 {
        @Specialization
        static Object doIt(Object cls, Object string) {
            return BytesMethods.fromhex(cls, string);
        }
    }

    @Builtin(name = "maketrans", params = {"frm", "to"}, kind = Builtin.Kind.STATICMETHOD)
    @GenerateNodeFactory
    public abstract static class MakeTransNode extends Builtin2 {
        @Specialization
        static Object doIt(Object frm, Object to) {
            return BytesMethods.maketrans(frm, to);
        }
    }

    @Builtin(name = "decode", params = {"self", "encoding", "errors"}, required = 1, posonly = 1, types = "bytes")
    @GenerateNodeFactory
    public abstract static class DecodeBytesNode extends Builtin3 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object encoding, Object errors) {
            return BytesMethods.decode(self, encoding, errors);
        }

        @Fallback
        static Object doOther(Object self, Object encoding, Object errors) {
            throw StrMethods.descriptorError("decode", "bytes", self);
        }
    }

    @Builtin(name = "decode", params = {"self", "encoding", "errors"}, required = 1, posonly = 1, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class DecodeByteArrayNode extends Builtin3 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object encoding, Object errors) {
            return BytesMethods.decode(self, encoding, errors);
        }

        @Fallback
        static Object doOther(Object self, Object encoding, Object errors) {
            throw StrMethods.descriptorError("decode", "bytearray", self);
        }
    }

    @Builtin(name = "hex", params = {"self", "sep", "bytes_per_sep"}, required = 1, posonly = 1, types = "bytes")
    @GenerateNodeFactory
    public abstract static class HexBytesNode extends Builtin3 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object sep, Object bytes_per_sep) {
            return BytesMethods.hex(self, sep, bytes_per_sep);
        }

        @Fallback
        static Object doOther(Object self, Object sep, Object bytes_per_sep) {
            throw StrMethods.descriptorError("hex", "bytes", self);
        }
    }

    @Builtin(name = "hex", params = {"self", "sep", "bytes_per_sep"}, required = 1, posonly = 1, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class HexByteArrayNode extends Builtin3 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object sep, Object bytes_per_sep) {
            return BytesMethods.hex(self, sep, bytes_per_sep);
        }

        @Fallback
        static Object doOther(Object self, Object sep, Object bytes_per_sep) {
            throw StrMethods.descriptorError("hex", "bytearray", self);
        }
    }

    @Builtin(name = "join", params = {"self", "iterable_of_bytes"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class JoinBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object iterable_of_bytes) {
            return BytesMethods.join(self, iterable_of_bytes);
        }

        @Fallback
        static Object doOther(Object self, Object iterable_of_bytes) {
            throw StrMethods.descriptorError("join", "bytes", self);
        }
    }

    @Builtin(name = "join", params = {"self", "iterable_of_bytes"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class JoinByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object iterable_of_bytes) {
            return BytesMethods.join(self, iterable_of_bytes);
        }

        @Fallback
        static Object doOther(Object self, Object iterable_of_bytes) {
            throw StrMethods.descriptorError("join", "bytearray", self);
        }
    }

    @Builtin(name = "split", params = {"self", "sep", "maxsplit"}, required = 1, posonly = 1, types = "bytes")
    @GenerateNodeFactory
    public abstract static class SplitBytesNode extends Builtin3 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object sep, Object maxsplit) {
            return BytesMethods.split(self, sep, maxsplit, false);
        }

        @Fallback
        static Object doOther(Object self, Object sep, Object maxsplit) {
            throw StrMethods.descriptorError("split", "bytes", self);
        }
    }

    @Builtin(name = "split", params = {"self", "sep", "maxsplit"}, required = 1, posonly = 1, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class SplitByteArrayNode extends Builtin3 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object sep, Object maxsplit) {
            return BytesMethods.split(self, sep, maxsplit, false);
        }

        @Fallback
        static Object doOther(Object self, Object sep, Object maxsplit) {
            throw StrMethods.descriptorError("split", "bytearray", self);
        }
    }

    @Builtin(name = "rsplit", params = {"self", "sep", "maxsplit"}, required = 1, posonly = 1, types = "bytes")
    @GenerateNodeFactory
    public abstract static class RsplitBytesNode extends Builtin3 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object sep, Object maxsplit) {
            return BytesMethods.split(self, sep, maxsplit, true);
        }

        @Fallback
        static Object doOther(Object self, Object sep, Object maxsplit) {
            throw StrMethods.descriptorError("rsplit", "bytes", self);
        }
    }

    @Builtin(name = "rsplit", params = {"self", "sep", "maxsplit"}, required = 1, posonly = 1, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class RsplitByteArrayNode extends Builtin3 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object sep, Object maxsplit) {
            return BytesMethods.split(self, sep, maxsplit, true);
        }

        @Fallback
        static Object doOther(Object self, Object sep, Object maxsplit) {
            throw StrMethods.descriptorError("rsplit", "bytearray", self);
        }
    }

    @Builtin(name = "splitlines", params = {"self", "keepends"}, required = 1, posonly = 1, types = "bytes")
    @GenerateNodeFactory
    public abstract static class SplitlinesBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object keepends) {
            return BytesMethods.splitlines(self, keepends);
        }

        @Fallback
        static Object doOther(Object self, Object keepends) {
            throw StrMethods.descriptorError("splitlines", "bytes", self);
        }
    }

    @Builtin(name = "splitlines", params = {"self", "keepends"}, required = 1, posonly = 1, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class SplitlinesByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object keepends) {
            return BytesMethods.splitlines(self, keepends);
        }

        @Fallback
        static Object doOther(Object self, Object keepends) {
            throw StrMethods.descriptorError("splitlines", "bytearray", self);
        }
    }

    @Builtin(name = "strip", params = {"self", "bytes"}, required = 1, types = "bytes")
    @GenerateNodeFactory
    public abstract static class StripBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object bytes) {
            return BytesMethods.strip(self, bytes, 0);
        }

        @Fallback
        static Object doOther(Object self, Object bytes) {
            throw StrMethods.descriptorError("strip", "bytes", self);
        }
    }

    @Builtin(name = "strip", params = {"self", "bytes"}, required = 1, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class StripByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object bytes) {
            return BytesMethods.strip(self, bytes, 0);
        }

        @Fallback
        static Object doOther(Object self, Object bytes) {
            throw StrMethods.descriptorError("strip", "bytearray", self);
        }
    }

    @Builtin(name = "lstrip", params = {"self", "bytes"}, required = 1, types = "bytes")
    @GenerateNodeFactory
    public abstract static class LstripBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object bytes) {
            return BytesMethods.strip(self, bytes, 1);
        }

        @Fallback
        static Object doOther(Object self, Object bytes) {
            throw StrMethods.descriptorError("lstrip", "bytes", self);
        }
    }

    @Builtin(name = "lstrip", params = {"self", "bytes"}, required = 1, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class LstripByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object bytes) {
            return BytesMethods.strip(self, bytes, 1);
        }

        @Fallback
        static Object doOther(Object self, Object bytes) {
            throw StrMethods.descriptorError("lstrip", "bytearray", self);
        }
    }

    @Builtin(name = "rstrip", params = {"self", "bytes"}, required = 1, types = "bytes")
    @GenerateNodeFactory
    public abstract static class RstripBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object bytes) {
            return BytesMethods.strip(self, bytes, 2);
        }

        @Fallback
        static Object doOther(Object self, Object bytes) {
            throw StrMethods.descriptorError("rstrip", "bytes", self);
        }
    }

    @Builtin(name = "rstrip", params = {"self", "bytes"}, required = 1, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class RstripByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object bytes) {
            return BytesMethods.strip(self, bytes, 2);
        }

        @Fallback
        static Object doOther(Object self, Object bytes) {
            throw StrMethods.descriptorError("rstrip", "bytearray", self);
        }
    }

    @Builtin(name = "replace", params = {"self", "old", "new", "count"}, required = 3, types = "bytes")
    @GenerateNodeFactory
    public abstract static class ReplaceBytesNode extends Builtin4 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object old, Object new_, Object count) {
            return BytesMethods.replace(self, old, new_, count);
        }

        @Fallback
        static Object doOther(Object self, Object old, Object new_, Object count) {
            throw StrMethods.descriptorError("replace", "bytes", self);
        }
    }

    @Builtin(name = "replace", params = {"self", "old", "new", "count"}, required = 3, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class ReplaceByteArrayNode extends Builtin4 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object old, Object new_, Object count) {
            return BytesMethods.replace(self, old, new_, count);
        }

        @Fallback
        static Object doOther(Object self, Object old, Object new_, Object count) {
            throw StrMethods.descriptorError("replace", "bytearray", self);
        }
    }

    @Builtin(name = "find", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytes")
    @GenerateNodeFactory
    public abstract static class FindBytesNode extends Builtin4 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object sub, Object start, Object end) {
            return BytesMethods.find(self, sub, start, end, false, false);
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            throw StrMethods.descriptorError("find", "bytes", self);
        }
    }

    @Builtin(name = "find", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class FindByteArrayNode extends Builtin4 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object sub, Object start, Object end) {
            return BytesMethods.find(self, sub, start, end, false, false);
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            throw StrMethods.descriptorError("find", "bytearray", self);
        }
    }

    @Builtin(name = "rfind", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytes")
    @GenerateNodeFactory
    public abstract static class RfindBytesNode extends Builtin4 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object sub, Object start, Object end) {
            return BytesMethods.find(self, sub, start, end, true, false);
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            throw StrMethods.descriptorError("rfind", "bytes", self);
        }
    }

    @Builtin(name = "rfind", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class RfindByteArrayNode extends Builtin4 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object sub, Object start, Object end) {
            return BytesMethods.find(self, sub, start, end, true, false);
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            throw StrMethods.descriptorError("rfind", "bytearray", self);
        }
    }

    @Builtin(name = "index", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytes")
    @GenerateNodeFactory
    public abstract static class IndexBytesNode extends Builtin4 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object sub, Object start, Object end) {
            return BytesMethods.find(self, sub, start, end, false, true);
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            throw StrMethods.descriptorError("index", "bytes", self);
        }
    }

    @Builtin(name = "index", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class IndexByteArrayNode extends Builtin4 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object sub, Object start, Object end) {
            return BytesMethods.find(self, sub, start, end, false, true);
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            throw StrMethods.descriptorError("index", "bytearray", self);
        }
    }

    @Builtin(name = "rindex", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytes")
    @GenerateNodeFactory
    public abstract static class RindexBytesNode extends Builtin4 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object sub, Object start, Object end) {
            return BytesMethods.find(self, sub, start, end, true, true);
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            throw StrMethods.descriptorError("rindex", "bytes", self);
        }
    }

    @Builtin(name = "rindex", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class RindexByteArrayNode extends Builtin4 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object sub, Object start, Object end) {
            return BytesMethods.find(self, sub, start, end, true, true);
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            throw StrMethods.descriptorError("rindex", "bytearray", self);
        }
    }

    @Builtin(name = "count", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytes")
    @GenerateNodeFactory
    public abstract static class CountBytesNode extends Builtin4 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object sub, Object start, Object end) {
            return BytesMethods.count(self, sub, start, end);
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            throw StrMethods.descriptorError("count", "bytes", self);
        }
    }

    @Builtin(name = "count", params = {"self", "sub", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class CountByteArrayNode extends Builtin4 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object sub, Object start, Object end) {
            return BytesMethods.count(self, sub, start, end);
        }

        @Fallback
        static Object doOther(Object self, Object sub, Object start, Object end) {
            throw StrMethods.descriptorError("count", "bytearray", self);
        }
    }

    @Builtin(name = "startswith", params = {"self", "prefix", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytes")
    @GenerateNodeFactory
    public abstract static class StartswithBytesNode extends Builtin4 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object prefix, Object start, Object end) {
            return BytesMethods.startsOrEndsWith(self, prefix, start, end, false);
        }

        @Fallback
        static Object doOther(Object self, Object prefix, Object start, Object end) {
            throw StrMethods.descriptorError("startswith", "bytes", self);
        }
    }

    @Builtin(name = "startswith", params = {"self", "prefix", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class StartswithByteArrayNode extends Builtin4 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object prefix, Object start, Object end) {
            return BytesMethods.startsOrEndsWith(self, prefix, start, end, false);
        }

        @Fallback
        static Object doOther(Object self, Object prefix, Object start, Object end) {
            throw StrMethods.descriptorError("startswith", "bytearray", self);
        }
    }

    @Builtin(name = "endswith", params = {"self", "suffix", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytes")
    @GenerateNodeFactory
    public abstract static class EndswithBytesNode extends Builtin4 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object suffix, Object start, Object end) {
            return BytesMethods.startsOrEndsWith(self, suffix, start, end, true);
        }

        @Fallback
        static Object doOther(Object self, Object suffix, Object start, Object end) {
            throw StrMethods.descriptorError("endswith", "bytes", self);
        }
    }

    @Builtin(name = "endswith", params = {"self", "suffix", "start", "end"}, required = 2, argStyle = Builtin.ArgStyle.PARSE_TUPLE, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class EndswithByteArrayNode extends Builtin4 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object suffix, Object start, Object end) {
            return BytesMethods.startsOrEndsWith(self, suffix, start, end, true);
        }

        @Fallback
        static Object doOther(Object self, Object suffix, Object start, Object end) {
            throw StrMethods.descriptorError("endswith", "bytearray", self);
        }
    }

    @Builtin(name = "partition", params = {"self", "sep"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class PartitionBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object sep) {
            return BytesMethods.partition(self, sep, false);
        }

        @Fallback
        static Object doOther(Object self, Object sep) {
            throw StrMethods.descriptorError("partition", "bytes", self);
        }
    }

    @Builtin(name = "partition", params = {"self", "sep"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class PartitionByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object sep) {
            return BytesMethods.partition(self, sep, false);
        }

        @Fallback
        static Object doOther(Object self, Object sep) {
            throw StrMethods.descriptorError("partition", "bytearray", self);
        }
    }

    @Builtin(name = "rpartition", params = {"self", "sep"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class RpartitionBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object sep) {
            return BytesMethods.partition(self, sep, true);
        }

        @Fallback
        static Object doOther(Object self, Object sep) {
            throw StrMethods.descriptorError("rpartition", "bytes", self);
        }
    }

    @Builtin(name = "rpartition", params = {"self", "sep"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class RpartitionByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object sep) {
            return BytesMethods.partition(self, sep, true);
        }

        @Fallback
        static Object doOther(Object self, Object sep) {
            throw StrMethods.descriptorError("rpartition", "bytearray", self);
        }
    }

    @Builtin(name = "removeprefix", params = {"self", "prefix"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class RemoveprefixBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object prefix) {
            return BytesMethods.removeAffix(self, prefix, false);
        }

        @Fallback
        static Object doOther(Object self, Object prefix) {
            throw StrMethods.descriptorError("removeprefix", "bytes", self);
        }
    }

    @Builtin(name = "removeprefix", params = {"self", "prefix"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class RemoveprefixByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object prefix) {
            return BytesMethods.removeAffix(self, prefix, false);
        }

        @Fallback
        static Object doOther(Object self, Object prefix) {
            throw StrMethods.descriptorError("removeprefix", "bytearray", self);
        }
    }

    @Builtin(name = "removesuffix", params = {"self", "suffix"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class RemovesuffixBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object suffix) {
            return BytesMethods.removeAffix(self, suffix, true);
        }

        @Fallback
        static Object doOther(Object self, Object suffix) {
            throw StrMethods.descriptorError("removesuffix", "bytes", self);
        }
    }

    @Builtin(name = "removesuffix", params = {"self", "suffix"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class RemovesuffixByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object suffix) {
            return BytesMethods.removeAffix(self, suffix, true);
        }

        @Fallback
        static Object doOther(Object self, Object suffix) {
            throw StrMethods.descriptorError("removesuffix", "bytearray", self);
        }
    }

    @Builtin(name = "center", params = {"self", "width", "fillchar"}, required = 2, types = "bytes")
    @GenerateNodeFactory
    public abstract static class CenterBytesNode extends Builtin3 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object width, Object fillchar) {
            return BytesMethods.justify(self, width, fillchar, 0);
        }

        @Fallback
        static Object doOther(Object self, Object width, Object fillchar) {
            throw StrMethods.descriptorError("center", "bytes", self);
        }
    }

    @Builtin(name = "center", params = {"self", "width", "fillchar"}, required = 2, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class CenterByteArrayNode extends Builtin3 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object width, Object fillchar) {
            return BytesMethods.justify(self, width, fillchar, 0);
        }

        @Fallback
        static Object doOther(Object self, Object width, Object fillchar) {
            throw StrMethods.descriptorError("center", "bytearray", self);
        }
    }

    @Builtin(name = "ljust", params = {"self", "width", "fillchar"}, required = 2, types = "bytes")
    @GenerateNodeFactory
    public abstract static class LjustBytesNode extends Builtin3 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object width, Object fillchar) {
            return BytesMethods.justify(self, width, fillchar, 1);
        }

        @Fallback
        static Object doOther(Object self, Object width, Object fillchar) {
            throw StrMethods.descriptorError("ljust", "bytes", self);
        }
    }

    @Builtin(name = "ljust", params = {"self", "width", "fillchar"}, required = 2, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class LjustByteArrayNode extends Builtin3 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object width, Object fillchar) {
            return BytesMethods.justify(self, width, fillchar, 1);
        }

        @Fallback
        static Object doOther(Object self, Object width, Object fillchar) {
            throw StrMethods.descriptorError("ljust", "bytearray", self);
        }
    }

    @Builtin(name = "rjust", params = {"self", "width", "fillchar"}, required = 2, types = "bytes")
    @GenerateNodeFactory
    public abstract static class RjustBytesNode extends Builtin3 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object width, Object fillchar) {
            return BytesMethods.justify(self, width, fillchar, 2);
        }

        @Fallback
        static Object doOther(Object self, Object width, Object fillchar) {
            throw StrMethods.descriptorError("rjust", "bytes", self);
        }
    }

    @Builtin(name = "rjust", params = {"self", "width", "fillchar"}, required = 2, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class RjustByteArrayNode extends Builtin3 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object width, Object fillchar) {
            return BytesMethods.justify(self, width, fillchar, 2);
        }

        @Fallback
        static Object doOther(Object self, Object width, Object fillchar) {
            throw StrMethods.descriptorError("rjust", "bytearray", self);
        }
    }

    @Builtin(name = "zfill", params = {"self", "width"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class ZfillBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object width) {
            return BytesMethods.zfill(self, width);
        }

        @Fallback
        static Object doOther(Object self, Object width) {
            throw StrMethods.descriptorError("zfill", "bytes", self);
        }
    }

    @Builtin(name = "zfill", params = {"self", "width"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class ZfillByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object width) {
            return BytesMethods.zfill(self, width);
        }

        @Fallback
        static Object doOther(Object self, Object width) {
            throw StrMethods.descriptorError("zfill", "bytearray", self);
        }
    }

    @Builtin(name = "expandtabs", params = {"self", "tabsize"}, required = 1, posonly = 1, types = "bytes")
    @GenerateNodeFactory
    public abstract static class ExpandtabsBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object tabsize) {
            return BytesMethods.expandtabs(self, tabsize);
        }

        @Fallback
        static Object doOther(Object self, Object tabsize) {
            throw StrMethods.descriptorError("expandtabs", "bytes", self);
        }
    }

    @Builtin(name = "expandtabs", params = {"self", "tabsize"}, required = 1, posonly = 1, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class ExpandtabsByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object tabsize) {
            return BytesMethods.expandtabs(self, tabsize);
        }

        @Fallback
        static Object doOther(Object self, Object tabsize) {
            throw StrMethods.descriptorError("expandtabs", "bytearray", self);
        }
    }

    @Builtin(name = "upper", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class UpperBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.caseOp(self, 0);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("upper", "bytes", self);
        }
    }

    @Builtin(name = "upper", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class UpperByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.caseOp(self, 0);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("upper", "bytearray", self);
        }
    }

    @Builtin(name = "lower", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class LowerBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.caseOp(self, 1);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("lower", "bytes", self);
        }
    }

    @Builtin(name = "lower", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class LowerByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.caseOp(self, 1);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("lower", "bytearray", self);
        }
    }

    @Builtin(name = "swapcase", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class SwapcaseBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.caseOp(self, 2);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("swapcase", "bytes", self);
        }
    }

    @Builtin(name = "swapcase", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class SwapcaseByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.caseOp(self, 2);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("swapcase", "bytearray", self);
        }
    }

    @Builtin(name = "capitalize", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class CapitalizeBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.caseOp(self, 3);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("capitalize", "bytes", self);
        }
    }

    @Builtin(name = "capitalize", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class CapitalizeByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.caseOp(self, 3);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("capitalize", "bytearray", self);
        }
    }

    @Builtin(name = "title", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class TitleBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.caseOp(self, 4);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("title", "bytes", self);
        }
    }

    @Builtin(name = "title", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class TitleByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.caseOp(self, 4);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("title", "bytearray", self);
        }
    }

    @Builtin(name = "isdigit", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class IsdigitBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 0);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isdigit", "bytes", self);
        }
    }

    @Builtin(name = "isdigit", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class IsdigitByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 0);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isdigit", "bytearray", self);
        }
    }

    @Builtin(name = "isalpha", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class IsalphaBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 1);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isalpha", "bytes", self);
        }
    }

    @Builtin(name = "isalpha", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class IsalphaByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 1);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isalpha", "bytearray", self);
        }
    }

    @Builtin(name = "isalnum", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class IsalnumBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 2);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isalnum", "bytes", self);
        }
    }

    @Builtin(name = "isalnum", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class IsalnumByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 2);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isalnum", "bytearray", self);
        }
    }

    @Builtin(name = "isspace", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class IsspaceBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 3);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isspace", "bytes", self);
        }
    }

    @Builtin(name = "isspace", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class IsspaceByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 3);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isspace", "bytearray", self);
        }
    }

    @Builtin(name = "isascii", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class IsasciiBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 4);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isascii", "bytes", self);
        }
    }

    @Builtin(name = "isascii", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class IsasciiByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 4);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isascii", "bytearray", self);
        }
    }

    @Builtin(name = "islower", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class IslowerBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 5);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("islower", "bytes", self);
        }
    }

    @Builtin(name = "islower", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class IslowerByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 5);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("islower", "bytearray", self);
        }
    }

    @Builtin(name = "isupper", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class IsupperBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 6);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isupper", "bytes", self);
        }
    }

    @Builtin(name = "isupper", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class IsupperByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 6);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("isupper", "bytearray", self);
        }
    }

    @Builtin(name = "istitle", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class IstitleBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 7);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("istitle", "bytes", self);
        }
    }

    @Builtin(name = "istitle", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class IstitleByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.predicate(self, 7);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("istitle", "bytearray", self);
        }
    }

    @Builtin(name = "translate", params = {"self", "table", "delete"}, required = 2, posonly = 2, types = "bytes")
    @GenerateNodeFactory
    public abstract static class TranslateBytesNode extends Builtin3 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object table, Object delete) {
            return BytesMethods.translate(self, table, delete);
        }

        @Fallback
        static Object doOther(Object self, Object table, Object delete) {
            throw StrMethods.descriptorError("translate", "bytes", self);
        }
    }

    @Builtin(name = "translate", params = {"self", "table", "delete"}, required = 2, posonly = 2, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class TranslateByteArrayNode extends Builtin3 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object table, Object delete) {
            return BytesMethods.translate(self, table, delete);
        }

        @Fallback
        static Object doOther(Object self, Object table, Object delete) {
            throw StrMethods.descriptorError("translate", "bytearray", self);
        }
    }

    @Builtin(name = "__len__", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class LenDunderBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return (long) self.length();
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__len__", "bytes", self);
        }
    }

    @Builtin(name = "__len__", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class LenDunderByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return (long) self.length();
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__len__", "bytearray", self);
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class GetitemDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object key) {
            return SubscriptOps.bytesGet(self, key);
        }

        @Fallback
        static Object doOther(Object self, Object key) {
            throw StrMethods.descriptorError("__getitem__", "bytes", self);
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class GetitemDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object key) {
            return SubscriptOps.bytesGet(self, key);
        }

        @Fallback
        static Object doOther(Object self, Object key) {
            throw StrMethods.descriptorError("__getitem__", "bytearray", self);
        }
    }

    @Builtin(name = "__iter__", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class IterDunderBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return IterOps.builtinIter(self);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__iter__", "bytes", self);
        }
    }

    @Builtin(name = "__iter__", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class IterDunderByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return IterOps.builtinIter(self);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__iter__", "bytearray", self);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class ContainsDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object key) {
            return BytesMethods.contains(self, key);
        }

        @Fallback
        static Object doOther(Object self, Object key) {
            throw StrMethods.descriptorError("__contains__", "bytes", self);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class ContainsDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object key) {
            return BytesMethods.contains(self, key);
        }

        @Fallback
        static Object doOther(Object self, Object key) {
            throw StrMethods.descriptorError("__contains__", "bytearray", self);
        }
    }

    @Builtin(name = "__add__", params = {"self", "value"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class AddDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.concat(self, value);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__add__", "bytes", self);
        }
    }

    @Builtin(name = "__add__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class AddDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.concat(self, value);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__add__", "bytearray", self);
        }
    }

    @Builtin(name = "__mul__", params = {"self", "value"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class MulDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.repeat(self, value);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__mul__", "bytes", self);
        }
    }

    @Builtin(name = "__mul__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class MulDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.repeat(self, value);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__mul__", "bytearray", self);
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "value"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class RmulDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.repeat(self, value);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__rmul__", "bytes", self);
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class RmulDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.repeat(self, value);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__rmul__", "bytearray", self);
        }
    }

    @Builtin(name = "__mod__", params = {"self", "value"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class ModDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.percentFormat(self, value);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__mod__", "bytes", self);
        }
    }

    @Builtin(name = "__mod__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class ModDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.percentFormat(self, value);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__mod__", "bytearray", self);
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class ReprDunderBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return repr(self);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__repr__", "bytes", self);
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class ReprDunderByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return repr(self);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__repr__", "bytearray", self);
        }
    }

    @Builtin(name = "__str__", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class StrDunderBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return repr(self);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__str__", "bytes", self);
        }
    }

    @Builtin(name = "__str__", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class StrDunderByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return repr(self);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__str__", "bytearray", self);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "value"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class EqDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.EQ);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__eq__", "bytes", self);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class EqDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.EQ);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__eq__", "bytearray", self);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "value"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class NeDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.NE);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__ne__", "bytes", self);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class NeDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.NE);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__ne__", "bytearray", self);
        }
    }

    @Builtin(name = "__lt__", params = {"self", "value"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class LtDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.LT);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__lt__", "bytes", self);
        }
    }

    @Builtin(name = "__lt__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class LtDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.LT);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__lt__", "bytearray", self);
        }
    }

    @Builtin(name = "__le__", params = {"self", "value"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class LeDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.LE);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__le__", "bytes", self);
        }
    }

    @Builtin(name = "__le__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class LeDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.LE);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__le__", "bytearray", self);
        }
    }

    @Builtin(name = "__gt__", params = {"self", "value"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class GtDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.GT);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__gt__", "bytes", self);
        }
    }

    @Builtin(name = "__gt__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class GtDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.GT);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__gt__", "bytearray", self);
        }
    }

    @Builtin(name = "__ge__", params = {"self", "value"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class GeDunderBytesNode extends Builtin2 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.GE);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__ge__", "bytes", self);
        }
    }

    @Builtin(name = "__ge__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class GeDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.compare(self, value, PyObjectOps.GE);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__ge__", "bytearray", self);
        }
    }

    @Builtin(name = "__hash__", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class HashDunderBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return BytesMethods.hash(self);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__hash__", "bytes", self);
        }
    }

    @Builtin(name = "__hash__", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class HashDunderByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return unhashable(self);
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__hash__", "bytearray", self);
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class GetnewargsDunderBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return PyTuple.of(new PyBytes(self.toArray()));
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__getnewargs__", "bytes", self);
        }
    }

    @Builtin(name = "__bytes__", params = {"self"}, types = "bytes")
    @GenerateNodeFactory
    public abstract static class BytesDunderBytesNode extends Builtin1 {
        @Specialization(guards = "!self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return self.getPyType() == BuiltinTypes.BYTES ? self : new PyBytes(self.toArray());
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__bytes__", "bytes", self);
        }
    }

    @Builtin(name = "append", params = {"self", "item"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class AppendByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object item) {
            return none(() -> BytesMethods.append(self, item));
        }

        @Fallback
        static Object doOther(Object self, Object item) {
            throw StrMethods.descriptorError("append", "bytearray", self);
        }
    }

    @Builtin(name = "extend", params = {"self", "iterable_of_ints"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class ExtendByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object iterable_of_ints) {
            return none(() -> BytesMethods.extend(self, iterable_of_ints));
        }

        @Fallback
        static Object doOther(Object self, Object iterable_of_ints) {
            throw StrMethods.descriptorError("extend", "bytearray", self);
        }
    }

    @Builtin(name = "pop", params = {"self", "index"}, required = 1, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class PopByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object index) {
            return BytesMethods.pop(self, index);
        }

        @Fallback
        static Object doOther(Object self, Object index) {
            throw StrMethods.descriptorError("pop", "bytearray", self);
        }
    }

    @Builtin(name = "insert", params = {"self", "index", "item"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class InsertByteArrayNode extends Builtin3 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object index, Object item) {
            return none(() -> BytesMethods.insert(self, index, item));
        }

        @Fallback
        static Object doOther(Object self, Object index, Object item) {
            throw StrMethods.descriptorError("insert", "bytearray", self);
        }
    }

    @Builtin(name = "remove", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class RemoveByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return none(() -> BytesMethods.remove(self, value));
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("remove", "bytearray", self);
        }
    }

    @Builtin(name = "reverse", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class ReverseByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return none(() -> BytesMethods.reverse(self));
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("reverse", "bytearray", self);
        }
    }

    @Builtin(name = "clear", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class ClearByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return none(() -> self.setStore(new byte[0], 0));
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("clear", "bytearray", self);
        }
    }

    @Builtin(name = "copy", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class CopyByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return PyBytes.bytearray(self.toArray());
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("copy", "bytearray", self);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class SetitemDunderByteArrayNode extends Builtin3 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object key, Object value) {
            return none(() -> BytesMethods.setItem(self, key, value));
        }

        @Fallback
        static Object doOther(Object self, Object key, Object value) {
            throw StrMethods.descriptorError("__setitem__", "bytearray", self);
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class DelitemDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object key) {
            return none(() -> BytesMethods.delItem(self, key));
        }

        @Fallback
        static Object doOther(Object self, Object key) {
            throw StrMethods.descriptorError("__delitem__", "bytearray", self);
        }
    }

    @Builtin(name = "__iadd__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class IaddDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.iadd(self, value);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__iadd__", "bytearray", self);
        }
    }

    @Builtin(name = "__imul__", params = {"self", "value"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class ImulDunderByteArrayNode extends Builtin2 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object value) {
            return BytesMethods.imul(self, value);
        }

        @Fallback
        static Object doOther(Object self, Object value) {
            throw StrMethods.descriptorError("__imul__", "bytearray", self);
        }
    }

    @Builtin(name = "__init__", params = {"self", "source", "encoding", "errors"}, required = 1, posonly = 2, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class InitDunderByteArrayNode extends Builtin4 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self, Object source, Object encoding, Object errors) {
            return init(self, source, encoding, errors);
        }

        @Fallback
        static Object doOther(Object self, Object source, Object encoding, Object errors) {
            throw StrMethods.descriptorError("__init__", "bytearray", self);
        }
    }

    @Builtin(name = "__alloc__", params = {"self"}, types = "bytearray")
    @GenerateNodeFactory
    public abstract static class AllocDunderByteArrayNode extends Builtin1 {
        @Specialization(guards = "self.isByteArray()")
        static Object doBytes(PyBytes self) {
            return (long) self.getStore().length + 1;
        }

        @Fallback
        static Object doOther(Object self) {
            throw StrMethods.descriptorError("__alloc__", "bytearray", self);
        }
    }

}
