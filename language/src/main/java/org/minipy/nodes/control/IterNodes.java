package org.minipy.nodes.control;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.generator.ResumeGeneratorNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyGenerator;
import org.minipy.runtime.PyIterator;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyRange;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/** iter() and next() as nodes, with fast paths for the builtin containers and generators. */
public final class IterNodes {
    private IterNodes() {
    }

    @GenerateInline(false)
    public abstract static class GetIterNode extends Node {
        public abstract Object execute(Object iterable);

        public static GetIterNode create() {
            return IterNodesFactory.GetIterNodeGen.create();
        }

        @Specialization(guards = "l.getPyType() == LIST")
        static Object doList(PyList l) {
            return new PyIterator.ListIterator(l);
        }

        @Specialization(guards = "r.isLong()")
        static Object doRange(PyRange r) {
            return new PyIterator.RangeIterator(r.getLongStart(), r.getLongStep(), r.getLongLength());
        }

        @Specialization(guards = "t.getPyType() == TUPLE")
        static Object doTuple(PyTuple t) {
            return new PyIterator.ArrayIterator(BuiltinTypes.TUPLE_ITERATOR, t.getItems());
        }

        @Specialization(guards = "g.getPyType() == GENERATOR")
        static Object doGenerator(PyGenerator g) {
            return g;
        }

        @Specialization(guards = "d.getPyType() == DICT")
        static Object doDict(PyDict d) {
            return new PyIterator.DictIterator(d, PyIterator.DictIterator.KEYS);
        }

        @Fallback
        static Object doGeneric(Object o) {
            return PyObjectOps.getIter(o);
        }

        static final org.minipy.runtime.PyType LIST = BuiltinTypes.LIST;
        static final org.minipy.runtime.PyType TUPLE = BuiltinTypes.TUPLE;
        static final org.minipy.runtime.PyType DICT = BuiltinTypes.DICT;
        static final org.minipy.runtime.PyType GENERATOR = BuiltinTypes.GENERATOR;
    }

    /** The next item, or null when the iterator is exhausted. */
    @GenerateInline(false)
    public abstract static class NextNode extends Node {
        public abstract Object execute(Object iterator);

        public static NextNode create() {
            return IterNodesFactory.NextNodeGen.create();
        }

        @Specialization
        static Object doRange(PyIterator.RangeIterator it) {
            if (it.hasNext()) {
                return it.nextLong();
            }
            return null;
        }

        @Specialization
        static Object doList(PyIterator.ListIterator it) {
            return it.next();
        }

        @Specialization
        static Object doArray(PyIterator.ArrayIterator it) {
            return it.next();
        }

        @Specialization(guards = "!gen.isCoroutine()")
        static Object doGenerator(PyGenerator gen,
                        @Cached ResumeGeneratorNode resume) {
            return resume.execute(gen, PyNone.NONE);
        }

        /** enumerate over another iterator, stepped here so that both inline into a compiled loop. */
        @Specialization(guards = {"it.getPyType() == ENUMERATE_TYPE", "it.hasSmallCount()"})
        static Object doEnumerate(PyIterator.Enumerate it,
                        @Cached("createInner()") NextNode inner) {
            Object v = inner.execute(it.getIterator());
            if (v == null) {
                return null;
            }
            long c = it.takeSmallCount();
            return new PyTuple(new Object[]{c, v});
        }

        /** zip of two iterators, stepped here. */
        @Specialization(guards = {"it.getPyType() == ZIP_TYPE", "it.isSimplePair()"})
        static Object doZip2(PyIterator.Zip it,
                        @Cached("createInner()") NextNode first,
                        @Cached("createInner()") NextNode second) {
            Object a = first.execute(it.getIterator(0));
            if (a == null) {
                it.setDone();
                return null;
            }
            Object b = second.execute(it.getIterator(1));
            if (b == null) {
                it.setDone();
                return null;
            }
            return new PyTuple(new Object[]{a, b});
        }

        static final PyType ENUMERATE_TYPE = BuiltinTypes.ENUMERATE;
        static final PyType ZIP_TYPE = BuiltinTypes.ZIP;

        static NextNode createInner() {
            return IterNodesFactory.NextNodeGen.create();
        }

        @Specialization(guards = "it.getPyType().isBuiltin()", replaces = {"doEnumerate", "doZip2"})
        static Object doBuiltinIterator(PyIterator it) {
            return it.next();
        }

        @Fallback
        static Object doGeneric(Object it) {
            return PyObjectOps.next(it);
        }
    }
}
