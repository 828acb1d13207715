package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin4;
import org.minipy.nodes.generator.ResumeGeneratorNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.GeneratorOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBaseException;
import org.minipy.runtime.PyGenerator;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTraceback;
import org.minipy.runtime.PyType;

/** Generators and coroutines. */
@CoreFunctions(types = {"generator", "coroutine"})
public final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    static PyGenerator gen(Object o) {
        if (o instanceof PyGenerator g) {
            return g;
        }
        throw PException.typeError("descriptor requires a 'generator' object but received a '" + PyObjectOps.typeName(o) + "'");
    }

    /** The receiver of generator method {@code name}, or CPython's descriptor TypeError. */
    static PyGenerator gen(Object o, String name) {
        if (o instanceof PyGenerator g) {
            return g;
        }
        throw PyObjectOps.descriptorError(name, "generator", o);
    }

    /** What next() and send() return: the yielded value, or StopIteration(result) when finished. */
    static Object produced(PyGenerator gen, Object yielded) {
        if (yielded == null) {
            throw stopIteration(gen);
        }
        return yielded;
    }

    @TruffleBoundary
    static PException stopIteration(PyGenerator gen) {
        return PException.stopIteration(gen.returnValue);
    }

    @Builtin(name = "__iter__", params = {"self"}, types = "generator")
    @GenerateNodeFactory
    public abstract static class IterNode extends Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self"}, types = "generator")
    @GenerateNodeFactory
    public abstract static class NextNode extends Builtin1 {
        @Specialization
        static Object next(PyGenerator self,
                        @Cached ResumeGeneratorNode resume) {
            return produced(self, resume.execute(self, PyNone.NONE));
        }

        @Fallback
        static Object next(Object self) {
            return GeneratorOps.send(gen(self, "__next__"), PyNone.NONE);
        }
    }

    @Builtin(name = "__await__", params = {"self"}, types = "coroutine")
    @GenerateNodeFactory
    public abstract static class AwaitNode extends Builtin1 {
        @Specialization
        static Object await(Object self) {
            return self;
        }
    }

    @Builtin(name = "send", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class SendNode extends Builtin2 {
        @Specialization
        static Object send(PyGenerator self, Object value,
                        @Cached ResumeGeneratorNode resume) {
            return produced(self, resume.execute(self, value));
        }

        @Fallback
        static Object send(Object self, Object value) {
            return GeneratorOps.send(gen(self, "send"), value);
        }
    }

    @Builtin(name = "throw", params = {"self", "typ", "val", "tb"}, required = 2)
    @GenerateNodeFactory
    public abstract static class ThrowNode extends Builtin4 {
        @Specialization
        @TruffleBoundary
        static Object doThrow(Object self, Object typ, Object val, Object tb) {
            PyGenerator g = gen(self, "throw");
            PyBaseException exc;
            if (typ instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
                if (BuiltinFunctions.given(val) && val instanceof PyBaseException e) {
                    exc = e;
                } else if (BuiltinFunctions.given(val) && val != PyNone.NONE) {
                    exc = (PyBaseException) CallOps.call(t, val);
                } else {
                    exc = (PyBaseException) CallOps.call(t);
                }
            } else if (typ instanceof PyBaseException e) {
                if (BuiltinFunctions.given(val) && val != PyNone.NONE) {
                    throw PException.typeError("instance exception may not have a separate value");
                }
                exc = e;
            } else {
                throw PException.typeError("exceptions must be classes or instances deriving from BaseException, not " + PyObjectOps.typeName(typ));
            }
            if (BuiltinFunctions.given(tb) && tb instanceof PyTraceback t) {
                exc.setTraceback(t);
            }
            return GeneratorOps.throwInto(g, new PException(exc, null));
        }
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends Builtin1 {
        @Specialization
        static Object close(Object self) {
            return GeneratorOps.close(gen(self, "close"));
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyGenerator g = gen(self, "__repr__");
            return "<" + g.getPyType().getName() + " object " + g.getQualname() + " at " + PyObjectOps.addressOf(g) + ">";
        }
    }

    @Builtin(name = "__name__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class NameNode extends Builtin1 {
        @Specialization
        static Object name(Object self) {
            return gen(self).getName();
        }
    }

    @Builtin(name = "__qualname__", params = {"self"}, kind = Builtin.Kind.GETTER)
    @GenerateNodeFactory
    public abstract static class QualnameNode extends Builtin1 {
        @Specialization
        static Object qualname(Object self) {
            return gen(self).getQualname();
        }
    }

    @Builtin(name = "gi_running", params = {"self"}, kind = Builtin.Kind.GETTER, types = "generator")
    @GenerateNodeFactory
    public abstract static class RunningNode extends Builtin1 {
        @Specialization
        static Object running(Object self) {
            return gen(self).running;
        }
    }

    @Builtin(name = "gi_code", params = {"self"}, kind = Builtin.Kind.GETTER, types = "generator")
    @GenerateNodeFactory
    public abstract static class CodeNode extends Builtin1 {
        @Specialization
        static Object code(Object self) {
            return gen(self).getCode();
        }
    }

    @Builtin(name = "gi_frame", params = {"self"}, kind = Builtin.Kind.GETTER, types = "generator")
    @GenerateNodeFactory
    public abstract static class FrameNode extends Builtin1 {
        @Specialization
        static Object frame(Object self) {
            PyGenerator g = gen(self);
            if (g.finished) {
                return PyNone.NONE;
            }
            return new org.minipy.runtime.PyFrame(g.getCode(), org.minipy.nodes.PArguments.getGlobals(g.getFrame()), g.getCode().firstlineno);
        }
    }

    @Builtin(name = "gi_yieldfrom", params = {"self"}, kind = Builtin.Kind.GETTER, types = "generator")
    @GenerateNodeFactory
    public abstract static class YieldFromNode extends Builtin1 {
        @Specialization
        static Object yieldFrom(Object self) {
            Object y = gen(self).yieldFrom;
            return y == null ? PyNone.NONE : y;
        }
    }

    @Builtin(name = "gi_suspended", params = {"self"}, kind = Builtin.Kind.GETTER, types = "generator")
    @GenerateNodeFactory
    public abstract static class SuspendedNode extends Builtin1 {
        @Specialization
        static Object suspended(Object self) {
            PyGenerator g = gen(self);
            return g.started && !g.finished && !g.running;
        }
    }

    @Builtin(name = "cr_running", params = {"self"}, kind = Builtin.Kind.GETTER, types = "coroutine")
    @GenerateNodeFactory
    public abstract static class CrRunningNode extends Builtin1 {
        @Specialization
        static Object running(Object self) {
            return gen(self).running;
        }
    }

    @Builtin(name = "cr_code", params = {"self"}, kind = Builtin.Kind.GETTER, types = "coroutine")
    @GenerateNodeFactory
    public abstract static class CrCodeNode extends Builtin1 {
        @Specialization
        static Object code(Object self) {
            return gen(self).getCode();
        }
    }

}
