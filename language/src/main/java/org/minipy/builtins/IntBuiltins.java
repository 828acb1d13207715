package org.minipy.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.runtime.PyObjectOps;

/** Methods of the builtin types int", "bool. */
@CoreFunctions(types = {"int", "bool"})
public final class IntBuiltins {
    private IntBuiltins() {
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends Builtin1 {
        @Specialization
        static Object repr(Object self) {
            return BuiltinReprs.repr(self);
        }
    }
}
