package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.BuiltinRootNode;
import org.minipy.nodes.PArguments;
import org.minipy.nodes.PyRootNode;

/** Access to the Python frame that called a builtin: for globals(), locals(), vars(), dir(), exec and eval. */
public final class FrameLocals {
    private FrameLocals() {
    }

    /**
     * The caller's frame: the given frame when the builtin runs inlined at its call site, else the
     * nearest Python frame on the stack.
     */
    public static MaterializedFrame callerFrame(VirtualFrame frame, Node builtinNode) {
        if (!(builtinNode.getRootNode() instanceof BuiltinRootNode)) {
            return frame.materialize();
        }
        return findPythonFrame();
    }

    @TruffleBoundary
    private static MaterializedFrame findPythonFrame() {
        return Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            if (fi.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget rct && rct.getRootNode() instanceof PyRootNode) {
                return fi.getFrame(FrameInstance.FrameAccess.MATERIALIZE).materialize();
            }
            return null;
        });
    }

    /** The locals mapping of a frame, as locals() returns it. */
    @TruffleBoundary
    public static Object locals(MaterializedFrame frame) {
        if (frame == null) {
            return org.minipy.language.PythonContext.get(null).getMainModule().getDict();
        }
        Object special = PArguments.getSpecial(frame);
        if (special != null && !(special instanceof PyGenerator)) {
            return special;
        }
        if (PArguments.getCallee(frame) == null) {
            return PArguments.getGlobals(frame);
        }
        PyDict d = new PyDict();
        FrameDescriptor fd = frame.getFrameDescriptor();
        Frame f = frame;
        if (special instanceof PyGenerator g) {
            f = g.getFrame();
            fd = f.getFrameDescriptor();
        }
        for (int i = 0; i < fd.getNumberOfSlots(); i++) {
            Object name = fd.getSlotName(i);
            if (!(name instanceof String s) || s.startsWith("<") || s.startsWith(".")) {
                continue;
            }
            Object v = f.getValue(i);
            if (v instanceof PyCell c) {
                v = c.ref;
            }
            if (v != null) {
                d.setItemStr(s, v);
            }
        }
        return d;
    }

    /** The globals of the innermost Python frame on the stack, or null. */
    @TruffleBoundary
    public static Object callerGlobals() {
        return Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            if (fi.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget rct && rct.getRootNode() instanceof PyRootNode) {
                Object[] args = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
                if (args.length > 0 && args[0] instanceof PyGenerator g) {
                    return PArguments.getGlobals(g.getFrame());
                }
                return PArguments.getGlobals(fi.getFrame(FrameInstance.FrameAccess.READ_ONLY));
            }
            return null;
        });
    }

    /**
     * The Python frames on the stack as frame objects, innermost first, linked through f_back.
     * {@code here} is the node currently executing in the innermost frame (for its line).
     */
    @TruffleBoundary
    public static java.util.List<PyFrame> pythonFrames(Node here) {
        java.util.List<PyFrame> frames = new java.util.ArrayList<>();
        Node[] location = {here};
        boolean[] first = {true};
        Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            if (!first[0]) {
                location[0] = fi.getCallNode();
            }
            first[0] = false;
            if (fi.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget rct && rct.getRootNode() instanceof PyRootNode root) {
                MaterializedFrame f = fi.getFrame(FrameInstance.FrameAccess.MATERIALIZE).materialize();
                Object[] args = f.getArguments();
                MaterializedFrame pyFrame = f;
                if (args.length > 0 && args[0] instanceof PyGenerator g) {
                    pyFrame = g.getFrame();
                }
                PyCode code = root.getCode();
                int line = location[0] == null ? -1 : org.minipy.nodes.StmtNode.lineOf(location[0]);
                if (line < 0) {
                    line = code.firstlineno;
                }
                PyFrame pf = new PyFrame(code, PArguments.getGlobals(pyFrame), line);
                try {
                    pf.setLocals(locals(pyFrame));
                } catch (RuntimeException e) {
                    pf.setLocals(new PyDict());
                }
                if (!frames.isEmpty()) {
                    frames.get(frames.size() - 1).setBack(pf);
                }
                frames.add(pf);
            }
            return null;
        });
        return frames;
    }

    static boolean unused(Object o) {
        return o instanceof PyRootNode;
    }
}
