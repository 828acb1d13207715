package org.minipy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.minipy.parser.Scope.SymbolKind;

/** The parts of the Scope API that CPython has no direct equivalent for (mapped kinds, node lookup). */
public class ScopeApiTest {
    private static ScopeAnalyzer.Result analyze(String src) {
        return ScopeAnalyzer.analyze(Parser.parseModule(src, "t.py"), "t.py", src);
    }

    @Test
    public void moduleNamesAreGlobalImplicitAndBound() {
        ScopeAnalyzer.Result r = analyze("x = 1\nprint(x)\ndef f():\n    global y\n    y = 2\n");
        Scope m = r.module();
        assertEquals(Scope.Kind.MODULE, m.kind);
        assertEquals(SymbolKind.GLOBAL_IMPLICIT, m.lookup("x"));
        assertEquals(SymbolKind.LOCAL, m.symtableKind("x"));
        assertTrue(m.isBound("x"));
        assertFalse(m.isBound("print"));
        assertEquals(SymbolKind.GLOBAL_IMPLICIT, m.lookup("print"));
        assertEquals(SymbolKind.GLOBAL_EXPLICIT, m.children().get(0).lookup("y"));
        assertNull(m.lookup("nope"));
    }

    @Test
    public void classFreeAndClassCell() {
        String src = "def f():\n    x = 1\n    class A:\n        y = x\n        def m(self):\n            return super().m()\n    return A\n";
        ScopeAnalyzer.Result r = analyze(src);
        Scope f = r.module().children().get(0);
        Scope a = f.children().get(0);
        Scope m = a.children().get(0);
        assertEquals(SymbolKind.CELL, f.lookup("x"));
        assertEquals(SymbolKind.CLASS_FREE, a.lookup("x"));
        assertTrue(a.needsClassCell());
        assertEquals(List.of("__class__"), a.cellvars());
        assertEquals(SymbolKind.FREE, m.lookup("__class__"));
        assertEquals("f.<locals>.A.m", m.qualname());
        Ast.FunctionDef fd = (Ast.FunctionDef) ((Ast.Module) r.module().node).body().get(0);
        assertSame(f, r.scopeOf(fd));
    }

    @Test
    public void comprehensionsAndMangling() {
        String src = "class K:\n    def m(self):\n        __p = 1\n        return [__p for _ in range(3)]\n";
        ScopeAnalyzer.Result r = analyze(src);
        Scope m = r.module().children().get(0).children().get(0);
        Scope comp = m.children().get(0);
        assertEquals(Scope.Kind.COMPREHENSION, comp.kind);
        assertEquals(Scope.ComprehensionKind.LIST, comp.comprehensionKind);
        assertEquals(List.of(".0", "_"), comp.varnames());
        assertEquals(SymbolKind.CELL, m.lookup("__p"));
        assertEquals(List.of("_K__p"), m.cellvars());
        assertEquals("_K__p", m.mangle("__p"));
        assertEquals("K.m.<locals>.<listcomp>", comp.qualname());
    }
}
