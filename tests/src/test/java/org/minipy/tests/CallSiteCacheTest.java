package org.minipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.dsl.Introspection;
import com.oracle.truffle.api.dsl.Introspection.SpecializationInfo;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.nodes.RootNode;

import org.minipy.language.PythonContext;
import org.minipy.nodes.call.CallDispatchNode;
import org.minipy.nodes.call.CallMethodDispatchNode;
import org.minipy.runtime.PyFunction;

/**
 * The call nodes of the node layer: a call site that always sees one callee kind ends in that kind's
 * cached specialization (with a DirectCallNode for Python functions); a site that sees more callees
 * than its inline cache holds goes megamorphic.
 */
class CallSiteCacheTest {
    /** Runs {@code source} (which defines a function {@code site}), then returns the dispatch node of its first call. */
    private static <T extends com.oracle.truffle.api.nodes.Node> T siteNode(Context c, String source, Class<T> nodeClass) {
        c.eval("minipy", source);
        c.enter();
        try {
            PyFunction site = (PyFunction) PythonContext.get(null).getMainModule().getDict().getItemStr("site");
            RootNode root = site.getCode().getCallTarget().getRootNode();
            List<T> nodes = NodeUtil.findAllNodeInstances(root, nodeClass);
            assertFalse(nodes.isEmpty(), "no " + nodeClass.getSimpleName() + " in site()");
            return nodes.get(0);
        } finally {
            c.leave();
        }
    }

    private static SpecializationInfo spec(com.oracle.truffle.api.nodes.Node node, String name) {
        SpecializationInfo info = Introspection.getSpecialization(node, name);
        if (info == null) {
            throw new AssertionError("no specialization " + name);
        }
        return info;
    }

    private static boolean active(com.oracle.truffle.api.nodes.Node node, String name) {
        return spec(node, name).isActive();
    }

    private static Context context() {
        return Context.newBuilder("minipy").engine(ProgramRunner.engine()).allowAllAccess(true).build();
    }

    @Test
    void monomorphicFunctionCallIsCachedDirectCall() {
        try (Context c = context()) {
            CallDispatchNode d = siteNode(c, """
                            def f(a, b=2, *, k=3):
                                return a + b + k
                            def site(x):
                                return f(x, k=1)
                            for i in range(100):
                                site(i)
                            """, CallDispatchNode.class);
            assertTrue(active(d, "callFunction"));
            assertFalse(active(d, "callGeneric"));
            SpecializationInfo info = spec(d, "callFunction");
            assertEquals(1, info.getInstances());
            assertTrue(info.getCachedData(0).stream().anyMatch(o -> o instanceof DirectCallNode), "cached entry holds a DirectCallNode");
        }
    }

    @Test
    void closuresOfOneDefShareOneCacheEntry() {
        try (Context c = context()) {
            CallDispatchNode d = siteNode(c, """
                            def make(n):
                                def add(x):
                                    return x + n
                                return add
                            adders = [make(i) for i in range(10)]
                            def site(g, x):
                                return g(x)
                            for g in adders:
                                site(g, 1)
                            """, CallDispatchNode.class);
            assertTrue(active(d, "callFunction"));
            assertEquals(1, spec(d, "callFunction").getInstances());
            assertFalse(active(d, "callGeneric"));
        }
    }

    @Test
    void boundMethodBuiltinAndClassSpecializations() {
        try (Context c = context()) {
            CallDispatchNode d = siteNode(c, """
                            class Point:
                                def __init__(self, x):
                                    self.x = x
                                def get(self, y):
                                    return self.x + y
                            class Twice:
                                def __call__(self, v):
                                    return v * 2
                            p = Point(1)
                            callees = [p.get, abs, Point, Twice()]
                            def site(g, x):
                                return g(x)
                            for i in range(50):
                                for g in callees:
                                    site(g, i)
                            """, CallDispatchNode.class);
            assertTrue(active(d, "callMethod"), "bound method");
            assertTrue(active(d, "callBuiltin"), "builtin");
            assertTrue(active(d, "callSimpleClass"), "class");
            assertTrue(active(d, "callObject"), "__call__ object");
            assertFalse(active(d, "callGeneric"));
        }
    }

    @Test
    void siteWithManyCalleesGoesMegamorphic() {
        try (Context c = context()) {
            CallDispatchNode d = siteNode(c, """
                            def f0(x): return x
                            def f1(x): return x + 1
                            def f2(x): return x + 2
                            def f3(x): return x + 3
                            def f4(x): return x + 4
                            def f5(x): return x + 5
                            fs = [f0, f1, f2, f3, f4, f5]
                            def site(g, x):
                                return g(x)
                            total = 0
                            for i in range(20):
                                for g in fs:
                                    total += site(g, i)
                            assert total == 20 * (sum(range(20)) / 20 * 6 + 15)
                            """, CallDispatchNode.class);
            // more functions than the inline cache holds, all called with exactly their parameters
            assertTrue(active(d, "callFunctionMegamorphic"));
            assertFalse(active(d, "callFunction"));
            assertFalse(active(d, "callGeneric"));
        }
    }

    @Test
    void megamorphicSiteWithOtherShapesGoesGeneric() {
        try (Context c = context()) {
            CallDispatchNode d = siteNode(c, """
                            def f0(x): return x
                            def f1(x, y=1): return x + y
                            def f2(x, *rest): return x + 2
                            def f3(x): return x + 3
                            def f4(x, **kw): return x + 4
                            class K:
                                def __init__(self, x): self.x = x
                            fs = [f0, f1, f2, f3, f4, K, len]
                            def site(g, x):
                                return g(x)
                            for i in range(20):
                                for g in fs:
                                    site(g, [i] if g is len else i)
                            """, CallDispatchNode.class);
            assertTrue(active(d, "callGeneric"));
            assertFalse(active(d, "callFunction"));
            assertFalse(active(d, "callFunctionMegamorphic"));
        }
    }

    @Test
    void methodCallWithoutBoundMethod() {
        try (Context c = context()) {
            CallMethodDispatchNode d = siteNode(c, """
                            class Counter:
                                def __init__(self):
                                    self.n = 0
                                def inc(self, by):
                                    self.n += by
                                    return self.n
                            ctr = Counter()
                            def site(o):
                                return o.inc(2)
                            for i in range(100):
                                site(ctr)
                            assert ctr.n == 200
                            """, CallMethodDispatchNode.class);
            assertTrue(active(d, "callInstanceMethod"));
            assertFalse(active(d, "callGeneric"));
        }
    }

    @Test
    void builtinMethodCallOnBuiltinType() {
        try (Context c = context()) {
            CallMethodDispatchNode d = siteNode(c, """
                            out = []
                            def site(x):
                                out.append(x)
                            for i in range(100):
                                site(i)
                            assert len(out) == 100
                            """, CallMethodDispatchNode.class);
            assertTrue(active(d, "callBuiltinType"));
            assertFalse(active(d, "callGeneric"));
        }
    }
}
