package org.minipy.nodes.generator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.GeneratorOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyGenerator;

/**
 * Resumes a generator with a sent value (or a thrown exception): arms it, calls its body through an
 * {@link IndirectCallNode}, so that no boundary sits between a consumer's compiled code and the
 * generator's compiled body, and turns a StopIteration escaping the body into RuntimeError. Generator
 * bodies are not inlined into their consumers: that made pipelines of generators slower and their
 * compilation unstable. {@link GeneratorOps#resume} is the uncached form.
 */
@GenerateInline(false)
@GenerateUncached
public abstract class ResumeGeneratorNode extends Node {
    /** The next yielded value, or null when the generator finished (its result is then in returnValue). */
    public final Object execute(PyGenerator gen, Object value) {
        return execute(gen, value, null);
    }

    /** As {@link #execute(PyGenerator, Object)}, raising {@code thrown} at the suspended yield if not null. */
    public abstract Object execute(PyGenerator gen, Object value, PException thrown);

    public static ResumeGeneratorNode getUncached() {
        return ResumeGeneratorNodeGen.getUncached();
    }

    public static ResumeGeneratorNode create() {
        return ResumeGeneratorNodeGen.create();
    }

    @Specialization
    static Object doResume(PyGenerator gen, Object value, PException thrown,
                    @Cached IndirectCallNode call) {
        if (!GeneratorOps.prepare(gen, value, thrown)) {
            return null;
        }
        try {
            call.call(gen.getCode().getResumeTarget(), gen.getResumeArguments());
            if (gen.finished) {
                return null;
            }
            Object v = gen.yielded;
            gen.yielded = null;
            return v;
        } catch (PException e) {
            throw GeneratorOps.convertStopIteration(gen, e);
        } finally {
            gen.running = false;
        }
    }
}
