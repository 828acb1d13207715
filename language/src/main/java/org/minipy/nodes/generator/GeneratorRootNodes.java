package org.minipy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.language.MiniPyLanguage;
import org.minipy.language.PythonContext;
import org.minipy.nodes.PArguments;
import org.minipy.nodes.PrologueNode;
import org.minipy.nodes.PyRootNode;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.control.ControlExceptions;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyFunction;
import org.minipy.runtime.PyGenerator;
import org.minipy.runtime.PyType;

/** The two roots of generator code: one creates the generator, the other resumes its body. */
public final class GeneratorRootNodes {
    private GeneratorRootNodes() {
    }

    /** Calling a generator function: binds arguments into a frame that the generator keeps. */
    public static final class CreateGeneratorRootNode extends PyRootNode {
        @Child private PrologueNode prologue;

        public CreateGeneratorRootNode(MiniPyLanguage language, FrameDescriptor descriptor, PyCode code, SourceSection section, PrologueNode prologue) {
            super(language, descriptor, code, section);
            this.prologue = prologue;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (prologue != null) {
                prologue.execute(frame);
            }
            MaterializedFrame mframe = frame.materialize();
            PyFunction f = (PyFunction) PArguments.getCallee(frame);
            PyType type = (code.flags & PyCode.CO_COROUTINE) != 0 ? BuiltinTypes.COROUTINE : (code.flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? BuiltinTypes.ASYNC_GENERATOR : BuiltinTypes.GENERATOR;
            PyGenerator gen = new PyGenerator(type, mframe, code, f == null ? code.name : f.getName(), f == null ? code.qualname : f.getQualname());
            frame.getArguments()[PArguments.SPECIAL] = gen;
            return gen;
        }
    }

    /**
     * Runs a generator's body on its saved frame until the next yield or the end. It returns the
     * generator itself either way (the yielded value is in {@code yielded}, the end is {@code finished}
     * with {@code returnValue}), so that the call target's return-type profile never changes: returning
     * the yielded values and an end marker made the first end of each generator invalidate its
     * compiled code.
     */
    public static final class ResumeGeneratorRootNode extends PyRootNode {
        @Child private StmtNode body;

        public ResumeGeneratorRootNode(MiniPyLanguage language, PyCode code, SourceSection section, StmtNode body) {
            super(language, new FrameDescriptor(), code, section);
            this.body = body;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            PyGenerator gen = (PyGenerator) frame.getArguments()[0];
            MaterializedFrame gframe = gen.getFrame();
            PythonContext ctx = PythonContext.get(this);
            if (++ctx.depth > ctx.recursionLimit) {
                ctx.depth--;
                throw PException.raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
            }
            try {
                if (!body.runSuspendable(gframe)) {
                    gen.finished = true;
                    gen.returnValue = org.minipy.runtime.PyNone.NONE;
                }
                return gen;
            } catch (ControlExceptions.YieldException y) {
                return gen;
            } catch (ControlExceptions.ReturnException r) {
                gen.finished = true;
                gen.returnValue = r.value;
                return gen;
            } catch (PException e) {
                gen.finished = true;
                addTracebackEntry(e, code, PArguments.getGlobals(gframe));
                throw e;
            } catch (StackOverflowError e) {
                CompilerDirectives.transferToInterpreter();
                gen.finished = true;
                throw PException.raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
            } finally {
                ctx.depth--;
            }
        }
    }
}
