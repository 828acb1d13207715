package org.minipy.nodes.call;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExprNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyType;

/** Call expressions: {@code f(a, k=v)}, {@code obj.m(a)} and calls with {@code *}/{@code **} unpacking. */
public final class CallNodes {
    private CallNodes() {
    }

    /** Marks the site of a call for tracebacks: the caller's line is where the callee's exception passed. */
    static PException markLocation(PException e, ExprNode site) {
        if (e.getTracebackLocation() == null) {
            e.setTracebackLocation(site);
        }
        return e;
    }

    /** {@code func(args..., kw=values...)} with a fixed shape. */
    public static final class CallNode extends ExprNode {
        @Child private ExprNode function;
        @Children private final ExprNode[] arguments;
        @Child private CallDispatchNode dispatch;

        public CallNode(ExprNode function, ExprNode[] arguments, String[] kwnames) {
            this.function = function;
            this.arguments = arguments;
            this.dispatch = CallDispatchNode.create(arguments.length, kwnames);
        }

        public CallDispatchNode getDispatch() {
            return dispatch;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object callee = function.execute(frame);
            Object[] args = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                args[i] = arguments[i].execute(frame);
            }
            try {
                return dispatch.execute(frame, callee, null, args);
            } catch (PException e) {
                throw markLocation(e, this);
            }
        }
    }

    /** {@code receiver.name(args...)}: looks the method up and calls it with the receiver as self. */
    public static final class CallMethodNode extends ExprNode {
        @Child private ExprNode receiver;
        @Children private final ExprNode[] arguments;
        @Child private CallMethodDispatchNode dispatch;

        public CallMethodNode(ExprNode receiver, String name, ExprNode[] arguments, String[] kwnames) {
            this.receiver = receiver;
            this.arguments = arguments;
            this.dispatch = CallMethodDispatchNode.create(name, arguments.length, kwnames);
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object self = receiver.execute(frame);
            Object[] args = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                args[i] = arguments[i].execute(frame);
            }
            try {
                return dispatch.execute(frame, self, args);
            } catch (PException e) {
                throw markLocation(e, this);
            }
        }
    }

    /**
     * A call with {@code *iterable} or {@code **mapping} arguments: the arguments are collected at run
     * time and bound by the generic path.
     */
    public static final class CallVarargsNode extends ExprNode {
        @Child private ExprNode function;
        @Children private final ExprNode[] positional;
        private final boolean[] starred;
        @Children private final ExprNode[] keywordValues;
        /** Keyword names; null marks a {@code **} entry. */
        private final String[] keywordNames;
        @Child private StarCallNode starCall;

        public CallVarargsNode(ExprNode function, ExprNode[] positional, boolean[] starred, ExprNode[] keywordValues, String[] keywordNames) {
            this.function = function;
            this.positional = positional;
            this.starred = starred;
            this.keywordValues = keywordValues;
            this.keywordNames = keywordNames;
            this.starCall = StarCallNode.create(starred, keywordNames);
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object callee = function.execute(frame);
            Object[] pos = new Object[positional.length];
            for (int i = 0; i < positional.length; i++) {
                pos[i] = positional[i].execute(frame);
            }
            Object[] kw = new Object[keywordValues.length];
            for (int i = 0; i < keywordValues.length; i++) {
                kw[i] = keywordValues[i].execute(frame);
            }
            try {
                Object r = starCall.execute(frame, callee, pos, kw);
                if (r != null) {
                    return r;
                }
                return call(callee, pos, kw);
            } catch (PException e) {
                throw markLocation(e, this);
            }
        }

        @TruffleBoundary
        private Object call(Object callee, Object[] pos, Object[] kw) {
            ArrayList<Object> args = new ArrayList<>();
            for (int i = 0; i < pos.length; i++) {
                if (starred[i]) {
                    Object[] items;
                    if (pos.length == 1) {
                        items = PyObjectOps.starArgs(callee, pos[i]);
                    } else {
                        PyType t = PyObjectOps.type(pos[i]);
                        if (!(pos[i] instanceof org.minipy.runtime.PyList || pos[i] instanceof org.minipy.runtime.PyTuple) && t.lookup("__iter__") == null && t.lookup("__getitem__") == null) {
                            throw PException.typeError("Value after * must be an iterable, not " + t.getName());
                        }
                        items = PyObjectOps.toArray(pos[i]);
                    }
                    for (Object o : items) {
                        args.add(o);
                    }
                } else {
                    args.add(pos[i]);
                }
            }
            ArrayList<String> names = new ArrayList<>();
            ArrayList<Object> values = new ArrayList<>();
            for (int i = 0; i < kw.length; i++) {
                if (keywordNames[i] != null) {
                    addKeyword(callee, names, values, keywordNames[i], kw[i]);
                } else {
                    Object m = kw[i];
                    if (m instanceof PyDict d && org.minipy.runtime.DictOps.iteratesLikeDict(d)) {
                        for (int ix = d.nextEntry(0); ix >= 0; ix = d.nextEntry(ix + 1)) {
                            Object k = d.getKeyAt(ix);
                            if (!(k instanceof String ks)) {
                                throw PException.typeError("keywords must be strings");
                            }
                            addKeyword(callee, names, values, ks, d.getValueAt(ix));
                        }
                    } else {
                        Object keysM = PyObjectOps.type(m).lookup("keys");
                        if (keysM == null) {
                            throw PException.typeError(PyObjectOps.functionDescription(callee) + " argument after ** must be a mapping, not " + PyObjectOps.typeName(m));
                        }
                        Object ks = CallOps.callUnbound(keysM, m, new Object[0], CallOps.NO_KW);
                        for (Object k : PyObjectOps.toArray(ks)) {
                            if (!(k instanceof String s)) {
                                throw PException.typeError("keywords must be strings");
                            }
                            addKeyword(callee, names, values, s, PyObjectOps.getItem(m, k));
                        }
                    }
                }
            }
            Object[] all = new Object[args.size() + values.size()];
            for (int i = 0; i < args.size(); i++) {
                all[i] = args.get(i);
            }
            for (int i = 0; i < values.size(); i++) {
                all[args.size() + i] = values.get(i);
            }
            return CallOps.call(callee, all, names.toArray(new String[0]));
        }

        private static void addKeyword(Object callee, ArrayList<String> names, ArrayList<Object> values, String name, Object value) {
            if (names.contains(name)) {
                throw PException.typeError(PyObjectOps.functionDescription(callee) + " got multiple values for keyword argument '" + name + "'");
            }
            names.add(name);
            values.add(value);
        }
    }
}
