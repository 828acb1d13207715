package org.minipy.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of all statement and expression nodes. A node may carry a source range (character index and
 * length in its root's source): statements always do, expressions when they can raise, so that
 * tracebacks and tools find their lines.
 */
@TypeSystemReference(PyTypeSystem.class)
@NodeInfo(language = "minipy")
public abstract class StmtNode extends Node {
    private int sourceCharIndex = -1;
    private int sourceLength;

    public abstract void executeVoid(VirtualFrame frame);

    /**
     * Runs this statement in a generator body and tells whether a yield suspended it (the yielded
     * value is then in the generator). Statements that contain others in generator code override this
     * to pass a suspension up by returning; a yield is thrown only as far as the innermost statement
     * around it (in the interpreter each frame an exception unwinds is costly).
     */
    /**
     * executeVoid of a compound statement in generator code, whose caller did not ask for
     * {@link #runSuspendable}: a suspension then leaves by exception.
     */
    protected final void executeSuspendable(VirtualFrame frame) {
        if (runSuspendable(frame)) {
            throw org.minipy.nodes.control.ControlExceptions.YieldException.INSTANCE;
        }
    }

    public boolean runSuspendable(VirtualFrame frame) {
        try {
            executeVoid(frame);
            return false;
        } catch (org.minipy.nodes.control.ControlExceptions.YieldException y) {
            return true;
        }
    }

    public final void setSourceRange(int charIndex, int length) {
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
    }

    public final boolean hasSourceRange() {
        return sourceCharIndex >= 0;
    }

    public final int getSourceCharIndex() {
        return sourceCharIndex;
    }

    public final int getSourceLength() {
        return sourceLength;
    }

    @Override
    @TruffleBoundary
    public SourceSection getSourceSection() {
        if (sourceCharIndex < 0) {
            return null;
        }
        RootNode root = getRootNode();
        if (root instanceof PyRootNode pr) {
            Source src = pr.getSource();
            if (src != null && sourceCharIndex + sourceLength <= src.getLength()) {
                return src.createSection(sourceCharIndex, sourceLength);
            }
        }
        return null;
    }

    /** The line of the nearest enclosing node with a source range, or -1. */
    @TruffleBoundary
    public static int lineOf(Node node) {
        Node n = node;
        while (n != null) {
            if (n instanceof StmtNode s && s.sourceCharIndex >= 0) {
                SourceSection ss = s.getSourceSection();
                if (ss != null) {
                    return ss.getStartLine();
                }
            }
            if (n instanceof RootNode) {
                break;
            }
            n = n.getParent();
        }
        return -1;
    }
}
