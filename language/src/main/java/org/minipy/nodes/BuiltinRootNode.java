package org.minipy.nodes;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import org.minipy.builtins.PyBuiltinNode;
import org.minipy.language.MiniPyLanguage;
import org.minipy.runtime.BuiltinBinder;
import org.minipy.runtime.BuiltinInfo;

/** Runs a builtin when it is called indirectly (not inlined at a call site). Arguments arrive bound. */
public final class BuiltinRootNode extends RootNode {
    private final BuiltinInfo info;
    @Child private PyBuiltinNode node;

    private BuiltinRootNode(MiniPyLanguage language, BuiltinInfo info) {
        super(language);
        this.info = info;
        this.node = (PyBuiltinNode) info.getFactory().createNode();
    }

    public static RootCallTarget create(MiniPyLanguage language, BuiltinInfo info) {
        return new BuiltinRootNode(language, info).getCallTarget();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] all = frame.getArguments();
        int n = all.length - PArguments.USER_OFFSET;
        Object[] bound = new Object[n];
        System.arraycopy(all, PArguments.USER_OFFSET, bound, 0, n);
        return node.callBound(frame, bound);
    }

    @Override
    public String getName() {
        return BuiltinBinder.displayName(info);
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String toString() {
        return "<builtin " + getName() + ">";
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }
}
