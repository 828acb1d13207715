package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.PArguments;
import org.minipy.nodes.StmtNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyCell;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyFunction;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.TypeOps;

/** def, lambda and class: creating function and class objects. */
public final class FunctionNodes {
    private FunctionNodes() {
    }

    /** Creates a function from a code object: evaluates defaults and captures the closure cells. */
    public static final class MakeFunctionNode extends ExprNode {
        private final PyCode code;
        @Children private final ExprNode[] defaults;
        /** One per keyword-only parameter; null entries have no default. */
        @Children private final ExprNode[] kwDefaults;
        @CompilationFinal(dimensions = 1) private final int[] closureSlots;
        @CompilationFinal(dimensions = 1) private final String[] annotationNames;
        @Children private final ExprNode[] annotationValues;

        public MakeFunctionNode(PyCode code, ExprNode[] defaults, ExprNode[] kwDefaults, int[] closureSlots, String[] annotationNames, ExprNode[] annotationValues) {
            this.code = code;
            this.defaults = defaults;
            this.kwDefaults = kwDefaults;
            this.closureSlots = closureSlots;
            this.annotationNames = annotationNames;
            this.annotationValues = annotationValues;
        }

        public PyCode getCode() {
            return code;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] defs = new Object[defaults.length];
            for (int i = 0; i < defaults.length; i++) {
                defs[i] = defaults[i].execute(frame);
            }
            Object[] kwdefs = null;
            if (kwDefaults.length > 0) {
                kwdefs = new Object[kwDefaults.length];
                boolean any = false;
                for (int i = 0; i < kwDefaults.length; i++) {
                    if (kwDefaults[i] != null) {
                        kwdefs[i] = kwDefaults[i].execute(frame);
                        any = true;
                    }
                }
                if (!any) {
                    kwdefs = null;
                }
            }
            PyCell[] closure = new PyCell[closureSlots.length];
            for (int i = 0; i < closureSlots.length; i++) {
                closure[i] = (PyCell) frame.getObject(closureSlots[i]);
            }
            PyFunction f = new PyFunction(code, PArguments.getGlobals(frame), defs, kwdefs, closure);
            if (annotationValues.length > 0) {
                Object[] vals = new Object[annotationValues.length];
                for (int i = 0; i < vals.length; i++) {
                    vals[i] = annotationValues[i].execute(frame);
                }
                setAnnotations(f, annotationNames, vals);
            }
            return f;
        }

        @TruffleBoundary
        private static void setAnnotations(PyFunction f, String[] names, Object[] vals) {
            PyDict d = new PyDict();
            for (int i = 0; i < names.length; i++) {
                d.setItemStr(names[i], vals[i]);
            }
            f.setAnnotations(d);
        }
    }

    /** {@code class Name(bases, **kwds): body} (CPython's __build_class__). */
    public static final class ClassDefNode extends ExprNode {
        @Child private MakeFunctionNode body;
        private final String name;
        @Children private final ExprNode[] bases;
        private final boolean[] starredBases;
        @Children private final ExprNode[] keywordValues;
        @CompilationFinal(dimensions = 1) private final String[] keywordNames;

        public ClassDefNode(MakeFunctionNode body, String name, ExprNode[] bases, boolean[] starredBases, ExprNode[] keywordValues, String[] keywordNames) {
            this.body = body;
            this.name = name;
            this.bases = bases;
            this.starredBases = starredBases;
            this.keywordValues = keywordValues;
            this.keywordNames = keywordNames;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            PyFunction bodyFunction = (PyFunction) body.execute(frame);
            Object[] b = new Object[bases.length];
            for (int i = 0; i < bases.length; i++) {
                b[i] = bases[i].execute(frame);
            }
            Object[] kv = new Object[keywordValues.length];
            for (int i = 0; i < kv.length; i++) {
                kv[i] = keywordValues[i].execute(frame);
            }
            return buildClass(bodyFunction, name, b, starredBases, keywordNames, kv);
        }

        @TruffleBoundary
        public static Object buildClass(PyFunction bodyFunction, String name, Object[] rawBases, boolean[] starred, String[] kwNames, Object[] kwValues) {
            java.util.ArrayList<Object> baseList = new java.util.ArrayList<>();
            for (int i = 0; i < rawBases.length; i++) {
                if (starred != null && starred[i]) {
                    for (Object o : PyObjectOps.toArray(rawBases[i])) {
                        baseList.add(o);
                    }
                } else {
                    baseList.add(rawBases[i]);
                }
            }
            // __mro_entries__
            java.util.ArrayList<Object> resolved = new java.util.ArrayList<>();
            boolean changed = false;
            for (Object base : baseList) {
                if (!(base instanceof PyType)) {
                    Object me = PyObjectOps.type(base).lookup("__mro_entries__");
                    if (me != null) {
                        Object r = CallOps.callUnbound(me, base, new Object[]{new PyTuple(baseList.toArray())}, CallOps.NO_KW);
                        for (Object o : PyObjectOps.toArray(r)) {
                            resolved.add(o);
                        }
                        changed = true;
                        continue;
                    }
                }
                resolved.add(base);
            }
            PyTuple basesTuple = new PyTuple(resolved.toArray());
            Object meta = null;
            PyDict kwds = new PyDict();
            for (int i = 0; i < kwNames.length; i++) {
                if (kwNames[i].equals("metaclass")) {
                    meta = kwValues[i];
                } else {
                    kwds.setItemStr(kwNames[i], kwValues[i]);
                }
            }
            boolean isClass = meta == null || meta instanceof PyType;
            if (meta == null) {
                meta = basesTuple.size() == 0 ? BuiltinTypes.TYPE : PyObjectOps.type(basesTuple.get(0));
            }
            if (isClass) {
                meta = TypeOps.calculateMeta((PyType) meta, basesTuple.getItems());
            }
            Object ns;
            Object prepare = PyObjectOps.getAttrOrNull(meta, "__prepare__");
            Object[] kwKeys = kwds.keysArray();
            String[] kn = new String[kwKeys.length];
            for (int i = 0; i < kn.length; i++) {
                kn[i] = (String) kwKeys[i];
            }
            Object[] kvals = kwds.valuesArray();
            if (prepare != null) {
                Object[] args = new Object[2 + kvals.length];
                args[0] = name;
                args[1] = basesTuple;
                System.arraycopy(kvals, 0, args, 2, kvals.length);
                ns = CallOps.call(prepare, args, kn);
            } else {
                ns = new PyDict();
            }
            Object[] frameArgs = PArguments.create(0);
            frameArgs[PArguments.CALLEE] = bodyFunction;
            frameArgs[PArguments.GLOBALS] = bodyFunction.getGlobals();
            frameArgs[PArguments.SPECIAL] = ns;
            bodyFunction.getCode().getCallTarget().call(frameArgs);
            if (changed && ns instanceof PyDict d) {
                d.setItemStr("__orig_bases__", new PyTuple(baseList.toArray()));
            }
            Object[] args = new Object[3 + kvals.length];
            args[0] = name;
            args[1] = basesTuple;
            args[2] = ns;
            System.arraycopy(kvals, 0, args, 3, kvals.length);
            Object cls = CallOps.call(meta, args, kn);
            Object cell = ns instanceof PyDict d ? d.getItemStr("__classcell__") : null;
            if (cell instanceof PyCell c) {
                c.ref = cls;
            }
            return cls;
        }
    }

    /** At the end of a class body that needs it: namespace['__classcell__'] = the __class__ cell. */
    public static final class StoreClassCellNode extends StmtNode {
        private final int slot;

        public StoreClassCellNode(int slot) {
            this.slot = slot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            store(PArguments.getSpecial(frame), frame.getObject(slot));
        }

        @TruffleBoundary
        private static void store(Object ns, Object cell) {
            PyObjectOps.setItem(ns, "__classcell__", cell);
        }
    }
}
