package org.minipy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyTuple;

/**
 * The fast path of a call with {@code *args} or {@code **kwargs} ({@code f(*args, **kwargs)} in a
 * forwarding decorator): it caches the shape of the unpacked arguments (the length of each starred
 * tuple or list, the keys of each {@code **} dict) and, while calls keep that shape, flattens them
 * into a fixed-shape argument array for an ordinary cached {@link CallDispatchNode}. Returns null when
 * the arguments have another shape or other types; the caller then takes the generic path, which also
 * raises the errors (duplicate keywords, non-string keys, non-iterables).
 */
@GenerateInline(false)
public abstract class StarCallNode extends Node {
    static final int SHAPE_LIMIT = 3;

    /** Per position: starred? (from the call's syntax). */
    @CompilationFinal(dimensions = 1) protected final boolean[] starred;
    /** Per keyword entry: its name, or null for a {@code **} entry (from the call's syntax). */
    @CompilationFinal(dimensions = 1) protected final String[] keywordNames;

    protected StarCallNode(boolean[] starred, String[] keywordNames) {
        this.starred = starred;
        this.keywordNames = keywordNames;
    }

    public static StarCallNode create(boolean[] starred, String[] keywordNames) {
        return StarCallNodeGen.create(starred, keywordNames);
    }

    /** The call's result, or null if this call's arguments do not fit a cached shape. */
    public abstract Object execute(VirtualFrame frame, Object callee, Object[] pos, Object[] kw);

    /** One shape of unpacked arguments. */
    static final class Shape {
        /** Per position: the length of the starred sequence, or -1 for a plain argument. */
        @CompilationFinal(dimensions = 1) final int[] starLengths;
        /** Per keyword entry: the keys of the ** dict in order, or null for a named keyword. */
        @CompilationFinal(dimensions = 2) final String[][] dictKeys;
        final int positionalCount;
        @CompilationFinal(dimensions = 1) final String[] kwnames;

        Shape(int[] starLengths, String[][] dictKeys, int positionalCount, String[] kwnames) {
            this.starLengths = starLengths;
            this.dictKeys = dictKeys;
            this.positionalCount = positionalCount;
            this.kwnames = kwnames;
        }
    }

    @Specialization(guards = {"shape != null", "matches(shape, pos, kw)"}, limit = "SHAPE_LIMIT")
    protected Object doCached(VirtualFrame frame, Object callee, Object[] pos, Object[] kw,
                    @Cached("shapeOf(pos, kw)") Shape shape,
                    @Cached("createDispatch(shape)") CallDispatchNode dispatch) {
        return dispatch.execute(frame, callee, null, flatten(shape, pos, kw));
    }

    static CallDispatchNode createDispatch(Shape shape) {
        return CallDispatchNode.create(shape.positionalCount + shape.kwnames.length, shape.kwnames);
    }

    @Specialization(replaces = "doCached")
    protected Object doOther(Object callee, Object[] pos, Object[] kw) {
        return null;
    }

    static boolean isSequence(Object o) {
        return o instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE || o instanceof PyList l && l.getPyType() == BuiltinTypes.LIST;
    }

    static int sequenceLength(Object o) {
        return o instanceof PyTuple t ? t.size() : ((PyList) o).size();
    }

    static Object sequenceItem(Object o, int i) {
        return o instanceof PyTuple t ? t.get(i) : ((PyList) o).get(i);
    }

    static boolean isPlainDict(Object o) {
        return o instanceof PyDict d && d.getPyType() == BuiltinTypes.DICT;
    }

    @ExplodeLoop
    protected boolean matches(Shape shape, Object[] pos, Object[] kw) {
        int[] lengths = shape.starLengths;
        for (int i = 0; i < starred.length; i++) {
            if (starred[i]) {
                Object s = pos[i];
                if (!isSequence(s) || sequenceLength(s) != lengths[i]) {
                    return false;
                }
            }
        }
        String[][] keys = shape.dictKeys;
        for (int i = 0; i < keywordNames.length; i++) {
            if (keywordNames[i] == null) {
                if (!(isPlainDict(kw[i]) && dictHasKeys((PyDict) kw[i], keys[i]))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The dict's keys are exactly {@code names}, in this order. */
    @ExplodeLoop
    static boolean dictHasKeys(PyDict d, String[] names) {
        if (d.size() != names.length) {
            return false;
        }
        int ix = -1;
        for (int j = 0; j < names.length; j++) {
            ix = d.nextEntry(ix + 1);
            if (ix < 0) {
                return false;
            }
            Object k = d.getKeyAt(ix);
            if (k != names[j] && !(k instanceof String s && names[j].equals(s))) {
                return false;
            }
        }
        return true;
    }

    @ExplodeLoop
    protected Object[] flatten(Shape shape, Object[] pos, Object[] kw) {
        Object[] all = new Object[shape.positionalCount + shape.kwnames.length];
        int n = 0;
        int[] lengths = shape.starLengths;
        for (int i = 0; i < starred.length; i++) {
            if (starred[i]) {
                for (int j = 0; j < lengths[i]; j++) {
                    all[n++] = sequenceItem(pos[i], j);
                }
            } else {
                all[n++] = pos[i];
            }
        }
        String[][] keys = shape.dictKeys;
        for (int i = 0; i < keywordNames.length; i++) {
            if (keywordNames[i] != null) {
                all[n++] = kw[i];
            } else {
                PyDict d = (PyDict) kw[i];
                int ix = -1;
                for (int j = 0; j < keys[i].length; j++) {
                    ix = d.nextEntry(ix + 1);
                    all[n++] = d.getValueAt(ix);
                }
            }
        }
        return all;
    }

    /** The shape of these arguments, or null if they are not all plain tuples, lists and str-keyed dicts without repeated names. */
    @TruffleBoundary
    protected Shape shapeOf(Object[] pos, Object[] kw) {
        int[] lengths = new int[starred.length];
        int count = 0;
        for (int i = 0; i < starred.length; i++) {
            if (starred[i]) {
                if (!isSequence(pos[i])) {
                    return null;
                }
                lengths[i] = sequenceLength(pos[i]);
                count += lengths[i];
            } else {
                lengths[i] = -1;
                count++;
            }
        }
        String[][] keys = new String[keywordNames.length][];
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < keywordNames.length; i++) {
            if (keywordNames[i] != null) {
                if (names.contains(keywordNames[i])) {
                    return null;
                }
                names.add(keywordNames[i]);
            } else {
                if (!isPlainDict(kw[i])) {
                    return null;
                }
                PyDict d = (PyDict) kw[i];
                String[] ks = new String[d.size()];
                int j = 0;
                for (int ix = d.nextEntry(0); ix >= 0; ix = d.nextEntry(ix + 1)) {
                    if (!(d.getKeyAt(ix) instanceof String s) || names.contains(s)) {
                        return null;
                    }
                    ks[j++] = s;
                    names.add(s);
                }
                keys[i] = ks;
            }
        }
        return new Shape(lengths, keys, count, names.toArray(new String[0]));
    }
}
