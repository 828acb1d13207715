package org.minipy.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.runtime.PException;
import org.minipy.runtime.PyBaseException;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyFrame;
import org.minipy.runtime.PyTraceback;

/** Base of the root nodes that run Python code objects. */
public abstract class PyRootNode extends com.oracle.truffle.api.nodes.RootNode {
    protected final PyCode code;
    private final SourceSection sourceSection;

    protected PyRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, PyCode code, SourceSection section) {
        super(language, descriptor);
        this.code = code;
        this.sourceSection = section;
    }

    public PyCode getCode() {
        return code;
    }

    public Source getSource() {
        return code.source;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String getName() {
        return code.qualname;
    }

    @Override
    public String toString() {
        return "<code " + code.qualname + ">";
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    /**
     * Records that {@code e} passed through this frame: adds a traceback entry for the node where it
     * was last seen in this frame, if any.
     */
    @TruffleBoundary
    public static void addTracebackEntry(PException e, PyCode code, PyDict globals) {
        Node loc = e.getTracebackLocation();
        if (loc == null) {
            return;
        }
        e.setTracebackLocation(null);
        if (loc == PException.RECORDED) {
            return;
        }
        int line = StmtNode.lineOf(loc);
        if (line < 0) {
            line = code.firstlineno;
        }
        PyBaseException exc = e.getPyException();
        PyFrame frame = new PyFrame(code, globals, line);
        PyTraceback inner = exc.getTraceback();
        if (inner != null && inner.getFrame().getBack() == null && inner.getFrame().getCode() != code) {
            inner.getFrame().setBack(frame);
        }
        exc.setTraceback(new PyTraceback(frame, line, inner));
    }
}
