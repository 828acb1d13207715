package org.minipy.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PyTypeSystem;

/**
 * Base of builtin nodes. A call site binds the arguments against the builtin's signature and calls
 * {@link #callBound}; subclasses by arity turn that into a typed {@code execute} that specializations
 * implement. {@code frame} is the caller's frame when the node is inlined at a call site.
 */
@com.oracle.truffle.api.dsl.TypeSystemReference(PyTypeSystem.class)
public abstract class PyBuiltinNode extends Node {
    public abstract Object callBound(VirtualFrame frame, Object[] args);

    public abstract static class Builtin0 extends PyBuiltinNode {
        public abstract Object execute(VirtualFrame frame);

        @Override
        public final Object callBound(VirtualFrame frame, Object[] args) {
            return execute(frame);
        }
    }

    public abstract static class Builtin1 extends PyBuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object a);

        @Override
        public final Object callBound(VirtualFrame frame, Object[] args) {
            return execute(frame, args[0]);
        }
    }

    public abstract static class Builtin2 extends PyBuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object a, Object b);

        @Override
        public final Object callBound(VirtualFrame frame, Object[] args) {
            return execute(frame, args[0], args[1]);
        }
    }

    public abstract static class Builtin3 extends PyBuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object a, Object b, Object c);

        @Override
        public final Object callBound(VirtualFrame frame, Object[] args) {
            return execute(frame, args[0], args[1], args[2]);
        }
    }

    public abstract static class Builtin4 extends PyBuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object a, Object b, Object c, Object d);

        @Override
        public final Object callBound(VirtualFrame frame, Object[] args) {
            return execute(frame, args[0], args[1], args[2], args[3]);
        }
    }

    /** Any number of bound arguments, passed as an array. */
    public abstract static class BuiltinN extends PyBuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object[] args);

        @Override
        public final Object callBound(VirtualFrame frame, Object[] args) {
            return execute(frame, args);
        }
    }
}
