package org.minipy.nodes;

import com.oracle.truffle.api.frame.Frame;

import org.minipy.runtime.PyDict;

/**
 * The layout of the argument array of every minipy call target.
 *
 * <pre>
 * [0] CALLEE   the PyFunction being called (null for module, class-body and exec code)
 * [1] GLOBALS  the globals dict the code runs in
 * [2] SPECIAL  class bodies and exec: the locals mapping; generator resumption: the generator
 * [3..]        the bound arguments, in co_varnames order (see Signature)
 * </pre>
 */
public final class PArguments {
    public static final int CALLEE = 0;
    public static final int GLOBALS = 1;
    public static final int SPECIAL = 2;
    public static final int USER_OFFSET = 3;

    private PArguments() {
    }

    public static Object[] create(int userArgs) {
        return new Object[USER_OFFSET + userArgs];
    }

    public static PyDict getGlobals(Frame frame) {
        return (PyDict) frame.getArguments()[GLOBALS];
    }

    public static Object getCallee(Frame frame) {
        return frame.getArguments()[CALLEE];
    }

    public static Object getSpecial(Frame frame) {
        return frame.getArguments()[SPECIAL];
    }

    public static Object getUserArg(Frame frame, int i) {
        return frame.getArguments()[USER_OFFSET + i];
    }
}
