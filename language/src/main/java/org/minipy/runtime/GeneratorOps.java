package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.generator.ResumeGeneratorNode;

/** send/throw/close of generators (the uncached path; loops over generators use nodes). */
public final class GeneratorOps {
    private GeneratorOps() {
    }

    /**
     * Resumes {@code gen} with a sent value or a thrown exception. Returns the next yielded value, or
     * null when the generator finished (its return value is then in {@code gen.returnValue}).
     */
    @TruffleBoundary
    public static Object resume(PyGenerator gen, Object value, PException thrown) {
        return ResumeGeneratorNode.getUncached().execute(gen, value, thrown);
    }

    /** Checks state and arms the generator for resumption; false if it is already finished. */
    public static boolean prepare(PyGenerator gen, Object value, PException thrown) {
        if (gen.running) {
            throw PException.valueError(gen.isCoroutine() ? "coroutine already executing" : "generator already executing");
        }
        if (gen.finished) {
            if (thrown != null) {
                throw thrown;
            }
            if (gen.isCoroutine()) {
                throw PException.runtimeError("cannot reuse already awaited coroutine");
            }
            gen.returnValue = PyNone.NONE;
            return false;
        }
        if (!gen.started) {
            if (value != null && value != PyNone.NONE) {
                throw PException.typeError("can't send non-None value to a just-started " + (gen.isCoroutine() ? "coroutine" : "generator"));
            }
            gen.started = true;
            gen.resuming = false;
            if (thrown != null) {
                gen.finished = true;
                throw thrown;
            }
        } else {
            gen.resuming = true;
        }
        gen.sentValue = value;
        gen.thrown = thrown;
        gen.running = true;
        return true;
    }

    /** A StopIteration escaping a generator body becomes RuntimeError (PEP 479). */
    @TruffleBoundary
    public static PException convertStopIteration(PyGenerator gen, PException e) {
        if (e.isInstance(BuiltinTypes.STOP_ITERATION)) {
            String what = gen.isCoroutine() ? "coroutine" : "generator";
            PException r = PException.runtimeError(what + " raised StopIteration");
            r.getPyException().setCause(e.getPyException());
            r.getPyException().setContext(e.getPyException());
            r.getPyException().setSuppressContext(true);
            return r;
        }
        return e;
    }

    /** next(gen) semantics: raises StopIteration(value) when finished. */
    @TruffleBoundary
    public static Object send(PyGenerator gen, Object value) {
        Object r = resume(gen, value, null);
        if (r == null) {
            throw PException.stopIteration(gen.returnValue);
        }
        return r;
    }

    @TruffleBoundary
    public static Object throwInto(PyGenerator gen, PException exc) {
        Object r = resume(gen, null, exc);
        if (r == null) {
            throw PException.stopIteration(gen.returnValue);
        }
        return r;
    }

    @TruffleBoundary
    public static Object close(PyGenerator gen) {
        if (gen.finished || !gen.started) {
            gen.finished = true;
            return PyNone.NONE;
        }
        PException exit = PException.raise(BuiltinTypes.GENERATOR_EXIT, new Object[0]);
        try {
            Object r = resume(gen, null, exit);
            if (r != null) {
                throw PException.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PException e) {
            if (e.isInstance(BuiltinTypes.GENERATOR_EXIT) || e.isInstance(BuiltinTypes.STOP_ITERATION)) {
                return PyNone.NONE;
            }
            throw e;
        }
        return PyNone.NONE;
    }
}
