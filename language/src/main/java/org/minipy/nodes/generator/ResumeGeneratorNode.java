package org.minipy.nodes.generator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.GeneratorOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyGenerator;

/**
 * Resumes a generator with a sent value from compiled code: the same steps as
 * {@link GeneratorOps#resume}, but the body is called through an {@link IndirectCallNode}, so that
 * no boundary sits between the consumer's code and the generator's compiled body. Generator bodies
 * are not inlined into their consumers: that made pipelines of generators slower and their
 * compilation unstable.
 */
@GenerateInline(false)
public abstract class ResumeGeneratorNode extends Node {
    /** The next yielded value, or null when the generator finished (its result is then in returnValue). */
    public abstract Object execute(PyGenerator gen, Object value);

    public static ResumeGeneratorNode create() {
        return ResumeGeneratorNodeGen.create();
    }

    @Specialization
    static Object doResume(PyGenerator gen, Object value,
                    @Cached IndirectCallNode call) {
        if (!GeneratorOps.prepare(gen, value, null)) {
            return null;
        }
        try {
            Object r = call.call(gen.getCode().getResumeTarget(), gen);
            return r == GeneratorRootNodes.FINISHED ? null : r;
        } catch (PException e) {
            throw GeneratorOps.convertStopIteration(gen, e);
        } finally {
            gen.running = false;
        }
    }
}
