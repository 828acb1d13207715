package org.minipy.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.language.MiniPyLanguage;
import org.minipy.language.PythonContext;
import org.minipy.nodes.control.ControlExceptions;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyNone;

/**
 * Runs a code object in a fresh frame: functions, lambdas, comprehensions, class bodies, modules and
 * exec/eval code. Counts the recursion depth and adds this frame's traceback entry to exceptions
 * that leave it.
 */
public final class FunctionRootNode extends PyRootNode {
    @Child private PrologueNode prologue;
    @Child private StmtNode body;
    private final BranchProfile returnProfile = BranchProfile.create();
    private final BranchProfile exceptionProfile = BranchProfile.create();

    /** Frame slot where tail-position returns leave their value, or -1. */
    private final int returnSlot;

    public FunctionRootNode(MiniPyLanguage language, FrameDescriptor descriptor, PyCode code, SourceSection section, PrologueNode prologue, StmtNode body) {
        this(language, descriptor, code, section, prologue, body, -1);
    }

    public FunctionRootNode(MiniPyLanguage language, FrameDescriptor descriptor, PyCode code, SourceSection section, PrologueNode prologue, StmtNode body, int returnSlot) {
        super(language, descriptor, code, section);
        this.prologue = prologue;
        this.body = body;
        this.returnSlot = returnSlot;
    }

    public StmtNode getBody() {
        return body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PythonContext ctx = PythonContext.get(this);
        if (++ctx.depth > ctx.recursionLimit) {
            ctx.depth--;
            throw recursionError();
        }
        try {
            if (prologue != null) {
                prologue.execute(frame);
            }
            body.executeVoid(frame);
            if (returnSlot >= 0) {
                Object r = frame.getObject(returnSlot);
                if (r != null) {
                    return r;
                }
            }
            return PyNone.NONE;
        } catch (ControlExceptions.ReturnException r) {
            returnProfile.enter();
            return r.value;
        } catch (PException e) {
            exceptionProfile.enter();
            addTracebackEntry(e, code, PArguments.getGlobals(frame));
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw recursionError();
        } finally {
            ctx.depth--;
        }
    }

    @CompilerDirectives.TruffleBoundary
    static PException recursionError() {
        return PException.raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
}
