package org.minipy.nodes.local;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.language.PythonContext;
import org.minipy.nodes.ExprNode;
import org.minipy.nodes.PArguments;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyObjectOps;

/**
 * Reads a global (or, failing that, a builtin) by name. The entry of the name in the globals dict is
 * cached under the dict's keys assumption, so a hot read is one array load; a name found in builtins
 * is cached under both dicts' assumptions.
 *
 * <p>Module-level code ({@code nameLookup}) first consults an explicit locals mapping when the code
 * runs with one (exec with separate locals, class bodies).
 */
public abstract class ReadGlobalNode extends ExprNode {
    protected final String name;
    protected final boolean nameLookup;

    protected ReadGlobalNode(String name, boolean nameLookup) {
        this.name = name;
        this.nameLookup = nameLookup;
    }

    public static ReadGlobalNode create(String name, boolean nameLookup) {
        return ReadGlobalNodeGen.create(name, nameLookup);
    }

    public String getName() {
        return name;
    }

    protected static PyDict globals(VirtualFrame frame) {
        return PArguments.getGlobals(frame);
    }

    protected final boolean noLocals(VirtualFrame frame) {
        return !nameLookup || PArguments.getSpecial(frame) == null;
    }

    protected static PyDict builtins(Node node) {
        return PythonContext.get(node).getBuiltins();
    }

    /** The builtins of code running in {@code globals}: its {@code __builtins__} entry, else the context's. */
    @TruffleBoundary
    protected static PyDict builtinsFor(PyDict globals, Node node) {
        Object b = globals.getItemStr("__builtins__");
        if (b instanceof org.minipy.runtime.PyModule m) {
            return m.getDict();
        } else if (b instanceof PyDict d) {
            return d;
        }
        return builtins(node);
    }

    @Specialization(guards = {"noLocals(frame)", "globals == cachedGlobals", "index >= 0"}, assumptions = "keysStable", limit = "1")
    protected Object readGlobal(VirtualFrame frame,
                    @Bind("globals(frame)") PyDict globals,
                    @Cached("globals") PyDict cachedGlobals,
                    @Cached("cachedGlobals.getKeysAssumption()") Assumption keysStable,
                    @Cached("cachedGlobals.findEntryStr(name)") int index) {
        return cachedGlobals.getValueAt(index);
    }

    @Specialization(guards = {"noLocals(frame)", "globals == cachedGlobals", "index < 0", "builtinIndex >= 0"}, assumptions = {"keysStable", "builtinKeysStable"}, limit = "1")
    protected Object readBuiltin(VirtualFrame frame,
                    @Bind("globals(frame)") PyDict globals,
                    @Cached("globals") PyDict cachedGlobals,
                    @Cached("cachedGlobals.getKeysAssumption()") Assumption keysStable,
                    @Cached("cachedGlobals.findEntryStr(name)") int index,
                    @Cached("builtinsFor(cachedGlobals, $node)") PyDict cachedBuiltins,
                    @Cached("cachedBuiltins.getKeysAssumption()") Assumption builtinKeysStable,
                    @Cached("cachedBuiltins.findEntryStr(name)") int builtinIndex) {
        return cachedBuiltins.getValueAt(builtinIndex);
    }

    @Specialization(replaces = {"readGlobal", "readBuiltin"})
    protected Object readGeneric(VirtualFrame frame) {
        return lookup(PArguments.getSpecial(frame), PArguments.getGlobals(frame), nameLookup, name, this);
    }

    @TruffleBoundary
    static Object lookup(Object locals, PyDict globals, boolean nameLookup, String name, Node node) {
        if (nameLookup && locals != null) {
            Object v;
            if (locals instanceof PyDict d && d.getPyType().isBuiltin()) {
                v = d.getItemStr(name);
            } else {
                try {
                    v = PyObjectOps.getItem(locals, name);
                } catch (PException e) {
                    if (!e.isInstance(org.minipy.runtime.BuiltinTypes.KEY_ERROR)) {
                        throw e;
                    }
                    v = null;
                }
            }
            if (v != null) {
                return v;
            }
        }
        Object v = globals.getItemStr(name);
        if (v != null) {
            return v;
        }
        v = builtinsFor(globals, node).getItemStr(name);
        if (v != null) {
            return v;
        }
        throw PException.nameError(name);
    }
}
