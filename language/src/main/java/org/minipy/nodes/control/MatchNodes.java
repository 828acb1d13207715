package org.minipy.nodes.control;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.expression.ConditionNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBytes;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyMappingProxy;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyRange;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.nodes.expression.OtherCompareNodes;

/** The match statement (PEP 634): a subject, then cases of patterns, guards and bodies. */
public final class MatchNodes {
    private MatchNodes() {
    }

    public static final class MatchNode extends StmtNode {
        @Child private ExprNode subject;
        @Children private final PatternNode[] patterns;
        @Children private final ConditionNode[] guards;
        @Children private final StmtNode[] bodies;

        public MatchNode(ExprNode subject, PatternNode[] patterns, ConditionNode[] guards, StmtNode[] bodies) {
            this.subject = subject;
            this.patterns = patterns;
            this.guards = guards;
            this.bodies = bodies;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object s = subject.execute(frame);
            for (int i = 0; i < patterns.length; i++) {
                if (patterns[i].match(frame, s) && (guards[i] == null || guards[i].execute(frame))) {
                    bodies[i].executeVoid(frame);
                    return;
                }
            }
        }
    }

    /** A pattern: tests a value and binds names as it goes. */
    public abstract static class PatternNode extends Node {
        public abstract boolean match(VirtualFrame frame, Object value);
    }

    /** {@code name}, {@code _}, {@code pattern as name}. */
    public static final class AsPattern extends PatternNode {
        @Child private PatternNode pattern;
        @Child private WriteTargetNode target;

        public AsPattern(PatternNode pattern, WriteTargetNode target) {
            this.pattern = pattern;
            this.target = target;
        }

        @Override
        public boolean match(VirtualFrame frame, Object value) {
            if (pattern != null && !pattern.match(frame, value)) {
                return false;
            }
            if (target != null) {
                target.executeWrite(frame, value);
            }
            return true;
        }
    }

    /** A literal or dotted-name value: equality. */
    public static final class ValuePattern extends PatternNode {
        @Child private ExprNode value;

        public ValuePattern(ExprNode value) {
            this.value = value;
        }

        @Override
        public boolean match(VirtualFrame frame, Object v) {
            return PyObjectOps.richCompareBool(v, value.execute(frame), PyObjectOps.EQ);
        }
    }

    /** None, True, False: identity. */
    public static final class SingletonPattern extends PatternNode {
        private final Object singleton;

        public SingletonPattern(Object singleton) {
            this.singleton = singleton;
        }

        @Override
        public boolean match(VirtualFrame frame, Object v) {
            return OtherCompareNodes.isSame(v, singleton);
        }
    }

    public static final class OrPattern extends PatternNode {
        @Children private final PatternNode[] alternatives;

        public OrPattern(PatternNode[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object v) {
            for (PatternNode p : alternatives) {
                if (p.match(frame, v)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code [p0, p1, *rest, p2]}. */
    public static final class SequencePattern extends PatternNode {
        @Children private final PatternNode[] elements;
        /** Index of the star element, or -1. */
        private final int star;
        @Child private WriteTargetNode starTarget;

        public SequencePattern(PatternNode[] elements, int star, WriteTargetNode starTarget) {
            this.elements = elements;
            this.star = star;
            this.starTarget = starTarget;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object v) {
            Object[] items = sequenceItems(v);
            if (items == null) {
                return false;
            }
            int n = elements.length;
            if (star < 0) {
                if (items.length != n) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    if (!elements[i].match(frame, items[i])) {
                        return false;
                    }
                }
                return true;
            }
            int fixed = n - 1;
            if (items.length < fixed) {
                return false;
            }
            for (int i = 0; i < star; i++) {
                if (!elements[i].match(frame, items[i])) {
                    return false;
                }
            }
            int after = n - star - 1;
            for (int i = star + 1; i < n; i++) {
                if (!elements[i].match(frame, items[items.length - (n - i)])) {
                    return false;
                }
            }
            if (starTarget != null) {
                starTarget.executeWrite(frame, slice(items, star, items.length - after));
            }
            return true;
        }

        @TruffleBoundary
        private static PyList slice(Object[] items, int from, int to) {
            Object[] out = new Object[to - from];
            System.arraycopy(items, from, out, 0, out.length);
            return new PyList(out);
        }
    }

    /** The items of a value that matches sequence patterns (not str/bytes), or null. */
    @TruffleBoundary
    static Object[] sequenceItems(Object v) {
        if (v instanceof String || v instanceof PyBytes) {
            return null;
        }
        if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) {
            return PyObjectOps.toArray(v);
        }
        if (isInstanceOfAbc(v, "Sequence")) {
            return PyObjectOps.toArray(v);
        }
        return null;
    }

    @TruffleBoundary
    static boolean isInstanceOfAbc(Object v, String name) {
        Object abc = org.minipy.language.PythonContext.get(null).getModules().getItemStr("collections.abc");
        if (abc == null) {
            return false;
        }
        Object cls = PyObjectOps.getAttrOrNull(abc, name);
        return cls != null && PyObjectOps.isInstance(v, cls);
    }

    /** {@code {k0: p0, k1: p1, **rest}}. */
    public static final class MappingPattern extends PatternNode {
        @Children private final ExprNode[] keys;
        @Children private final PatternNode[] values;
        @Child private WriteTargetNode rest;

        public MappingPattern(ExprNode[] keys, PatternNode[] values, WriteTargetNode rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object v) {
            if (!isMapping(v)) {
                return false;
            }
            Object[] ks = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                ks[i] = keys[i].execute(frame);
            }
            Object[] found = lookup(v, ks);
            if (found == null) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (!values[i].match(frame, found[i])) {
                    return false;
                }
            }
            if (rest != null) {
                rest.executeWrite(frame, remaining(v, ks));
            }
            return true;
        }

        @TruffleBoundary
        private static boolean isMapping(Object v) {
            return v instanceof PyDict || v instanceof PyMappingProxy || isInstanceOfAbc(v, "Mapping");
        }

        @TruffleBoundary
        private static Object[] lookup(Object v, Object[] ks) {
            Object[] out = new Object[ks.length];
            Object marker = new Object();
            Object get = PyObjectOps.getAttr(v, "get");
            for (int i = 0; i < ks.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (PyObjectOps.richCompareBool(ks[i], ks[j], PyObjectOps.EQ)) {
                        throw PException.valueError("mapping pattern checks duplicate key (" + PyObjectOps.repr(ks[i]) + ")");
                    }
                }
                Object r = CallOps.call(get, ks[i], marker);
                if (r == marker) {
                    return null;
                }
                out[i] = r;
            }
            return out;
        }

        @TruffleBoundary
        private static PyDict remaining(Object v, Object[] ks) {
            PyDict d = new PyDict();
            for (Object k : PyObjectOps.toArray(v)) {
                d.setItem(k, PyObjectOps.getItem(v, k));
            }
            for (Object k : ks) {
                d.removeItem(k);
            }
            return d;
        }
    }

    /** {@code Cls(p0, p1, attr=p2)}. */
    public static final class ClassPattern extends PatternNode {
        @Child private ExprNode cls;
        @Children private final PatternNode[] positional;
        private final String[] kwdNames;
        @Children private final PatternNode[] keyword;

        public ClassPattern(ExprNode cls, PatternNode[] positional, String[] kwdNames, PatternNode[] keyword) {
            this.cls = cls;
            this.positional = positional;
            this.kwdNames = kwdNames;
            this.keyword = keyword;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object v) {
            Object c = cls.execute(frame);
            Object[] attrs = attributes(c, v, positional.length, kwdNames);
            if (attrs == null) {
                return false;
            }
            for (int i = 0; i < positional.length; i++) {
                if (!positional[i].match(frame, attrs[i])) {
                    return false;
                }
            }
            for (int i = 0; i < keyword.length; i++) {
                if (!keyword[i].match(frame, attrs[positional.length + i])) {
                    return false;
                }
            }
            return true;
        }

        private static final PyType[] SELF_MATCHING = {BuiltinTypes.BOOL, BuiltinTypes.BYTEARRAY, BuiltinTypes.BYTES, BuiltinTypes.DICT, BuiltinTypes.FLOAT, BuiltinTypes.FROZENSET,
                        BuiltinTypes.INT, BuiltinTypes.LIST, BuiltinTypes.SET, BuiltinTypes.STR, BuiltinTypes.TUPLE};

        /** The values to match: positional ones through __match_args__, then keyword attributes; null if no match. */
        @TruffleBoundary
        private static Object[] attributes(Object c, Object v, int npos, String[] kwdNames) {
            if (!(c instanceof PyType t)) {
                throw PException.typeError("called match pattern must be a class");
            }
            if (!PyObjectOps.isInstance(v, t)) {
                return null;
            }
            Object[] out = new Object[npos + kwdNames.length];
            List<String> seen = new ArrayList<>();
            if (npos > 0) {
                Object matchArgs = PyObjectOps.getAttrOrNull(t, "__match_args__");
                boolean selfMatching = false;
                for (PyType s : SELF_MATCHING) {
                    if (t.isSubtypeOf(s) && matchArgs == null) {
                        selfMatching = true;
                    }
                }
                if (selfMatching) {
                    if (npos > 1) {
                        throw PException.typeError(t.getName() + "() accepts 1 positional sub-pattern (" + npos + " given)");
                    }
                    out[0] = v;
                } else {
                    Object[] names;
                    if (matchArgs == null) {
                        names = new Object[0];
                    } else if (matchArgs instanceof PyTuple mt) {
                        names = mt.getItems();
                    } else {
                        throw PException.typeError(t.getName() + ".__match_args__ must be a tuple (got " + PyObjectOps.typeName(matchArgs) + ")");
                    }
                    if (npos > names.length) {
                        throw PException.typeError(t.getName() + "() accepts " + names.length + " positional sub-pattern" + (names.length == 1 ? "" : "s") + " (" + npos + " given)");
                    }
                    for (int i = 0; i < npos; i++) {
                        if (!(names[i] instanceof String n)) {
                            throw PException.typeError("__match_args__ elements must be strings (got " + PyObjectOps.typeName(names[i]) + ")");
                        }
                        seen.add(n);
                        Object a = PyObjectOps.getAttrOrNull(v, n);
                        if (a == null) {
                            return null;
                        }
                        out[i] = a;
                    }
                }
            }
            for (int i = 0; i < kwdNames.length; i++) {
                if (seen.contains(kwdNames[i])) {
                    throw PException.typeError(t.getName() + "() got multiple sub-patterns for attribute '" + kwdNames[i] + "'");
                }
                seen.add(kwdNames[i]);
                Object a = PyObjectOps.getAttrOrNull(v, kwdNames[i]);
                if (a == null) {
                    return null;
                }
                out[npos + i] = a;
            }
            return out;
        }
    }

    static Object unused() {
        return PyNone.NONE;
    }
}
