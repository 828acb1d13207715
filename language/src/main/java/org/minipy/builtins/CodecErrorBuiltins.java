package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.runtime.Codecs;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBaseException;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTuple;

/**
 * str() and the attributes (encoding, object, start, end, reason) of UnicodeEncodeError and
 * UnicodeDecodeError as raised by the codecs of str.encode / bytes.decode, whose arguments are
 * {@code (encoding, object, start, end, reason)}.
 */
@CoreFunctions(types = {"UnicodeEncodeError", "UnicodeDecodeError"})
public final class CodecErrorBuiltins {
    private CodecErrorBuiltins() {
    }

    @TruffleBoundary
    static Object arg(Object self, int i, String name) {
        if (!(self instanceof PyBaseException e)) {
            throw PException.typeError("descriptor '" + name + "' requires a 'UnicodeError' object but received a '" + PyObjectOps.typeName(self) + "'");
        }
        PyTuple args = e.getArgs();
        return args.size() == 5 ? args.get(i) : PyNone.NONE;
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object str(Object self) {
            if (self instanceof PyBaseException e) {
                String m = Codecs.unicodeErrorMessage(e.getPyType(), e.getArgs());
                if (m != null) {
                    return m;
                }
                PyTuple args = e.getArgs();
                if (args.size() == 0) {
                    return "";
                }
                return PyObjectOps.str(args.size() == 1 ? args.get(0) : args);
            }
            throw PException.typeError("descriptor '__str__' requires a 'UnicodeError' object but received a '" + PyObjectOps.typeName(self) + "'");
        }
    }

    @Builtin(name = "encoding", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class EncodingNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return arg(self, 0, "encoding");
        }
    }

    @Builtin(name = "object", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class ObjectNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return arg(self, 1, "object");
        }
    }

    @Builtin(name = "start", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class StartNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return arg(self, 2, "start");
        }
    }

    @Builtin(name = "end", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class EndNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return arg(self, 3, "end");
        }
    }

    @Builtin(name = "reason", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class ReasonNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return arg(self, 4, "reason");
        }
    }
}
