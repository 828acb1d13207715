package org.minipy.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scope (code block) as computed by {@link ScopeAnalyzer}: the equivalent of a CPython symtable
 * entry plus what the compiler derives from it (co_varnames, co_cellvars, co_freevars,
 * co_qualname, argument counts and code flags).
 */
public final class Scope {
    public enum Kind {
        MODULE,
        FUNCTION,
        CLASS,
        LAMBDA,
        COMPREHENSION
    }

    public enum ComprehensionKind {
        LIST("<listcomp>"),
        SET("<setcomp>"),
        DICT("<dictcomp>"),
        GENERATOR("<genexpr>");

        public final String scopeName;

        ComprehensionKind(String scopeName) {
            this.scopeName = scopeName;
        }
    }

    /** How a name is resolved in a scope. */
    public enum SymbolKind {
        /** Local variable (fast local in a function; a dict entry in a module or class body). */
        LOCAL,
        /** Local variable of a function that an inner scope captures: lives in a cell. */
        CELL,
        /** Variable of an enclosing function, reached through a cell (LOAD_DEREF). */
        FREE,
        /**
         * A free variable used in a class body (CPython's LOAD_CLASSDEREF): a load first looks in the
         * class namespace, then in the enclosing function's cell; stores go to the cell.
         */
        CLASS_FREE,
        /** Declared {@code global} in this scope (or a module-level walrus target from a comprehension). */
        GLOBAL_EXPLICIT,
        /** Not bound in any enclosing function: globals, then builtins (in module/class bodies: name lookup). */
        GLOBAL_IMPLICIT
    }

    // symbol flags, as in CPython's symtable.h
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE = 32;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    // CPython scope values
    static final int SC_LOCAL = 1;
    static final int SC_GLOBAL_EXPLICIT = 2;
    static final int SC_GLOBAL_IMPLICIT = 3;
    static final int SC_FREE = 4;
    static final int SC_CELL = 5;

    public final Kind kind;
    /** Which comprehension, for {@link Kind#COMPREHENSION}; else null. */
    public final ComprehensionKind comprehensionKind;
    /** "&lt;module&gt;", the function or class name, "&lt;lambda&gt;", "&lt;listcomp&gt;", ... */
    public final String name;
    /** The node that creates the scope (Mod, FunctionDef, ClassDef, Lambda or comprehension). */
    public final Ast.Node node;
    public final Scope parent;
    final List<Scope> childList = new ArrayList<>();
    /** Class name used for private name mangling in this scope (innermost enclosing class), or null. */
    public final String privateName;

    String qualname;
    int firstLineno;
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    final Map<String, Integer> scopes = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    final Map<String, Ast.Pos> directives = new LinkedHashMap<>();
    List<String> varnames = new ArrayList<>();
    List<String> cellvars = List.of();
    List<String> freevars = List.of();
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    boolean hasVarargs;
    boolean hasVarkeywords;
    boolean isGenerator;
    boolean isCoroutine;
    boolean isNested;
    boolean needsClassCell;
    boolean hasImportStar;
    boolean returnsValue;
    boolean hasFree;
    boolean childFree;
    /** True for {@code async def}. */
    boolean isAsyncDef;
    // transient state of the symtable pass
    boolean compIterTarget;
    int compIterExpr;

    Scope(Kind kind, ComprehensionKind ck, String name, Ast.Node node, Scope parent, String privateName) {
        this.kind = kind;
        this.comprehensionKind = ck;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.privateName = privateName;
        if (parent != null) {
            parent.childList.add(this);
            isNested = parent.isNested || parent.isFunctionLike();
        }
    }

    /** Function, lambda or comprehension: names are fast locals. */
    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.LAMBDA || kind == Kind.COMPREHENSION;
    }

    public List<Scope> children() {
        return Collections.unmodifiableList(childList);
    }

    /** As {@code __qualname__} / {@code co_qualname}. */
    public String qualname() {
        return qualname;
    }

    /** As {@code co_firstlineno} (the first decorator's line for decorated definitions). */
    public int firstLineno() {
        return firstLineno;
    }

    /** As {@code co_varnames}: parameters first, then other fast locals in compilation order. */
    public List<String> varnames() {
        return Collections.unmodifiableList(varnames);
    }

    /** As {@code co_cellvars} (sorted; "__class__" for a class that needs the implicit cell). */
    public List<String> cellvars() {
        return cellvars;
    }

    /** As {@code co_freevars} (sorted). */
    public List<String> freevars() {
        return freevars;
    }

    public int argcount() {
        return argcount;
    }

    public int posonlyargcount() {
        return posonlyargcount;
    }

    public int kwonlyargcount() {
        return kwonlyargcount;
    }

    public boolean hasVarargs() {
        return hasVarargs;
    }

    public boolean hasVarkeywords() {
        return hasVarkeywords;
    }

    /**
     * Contains yield/yield from (generator expressions are generators). Code flags as CPython: a
     * generator if isGenerator and not isCoroutine, a coroutine if isCoroutine and not isGenerator,
     * an async generator if both.
     */
    public boolean isGenerator() {
        return isGenerator;
    }

    /** {@code async def}, or a comprehension with async for/await. */
    public boolean isCoroutine() {
        return isCoroutine;
    }

    public boolean isAsyncGenerator() {
        return isCoroutine && isGenerator;
    }

    /** Defined (directly or not) inside a function. */
    public boolean isNested() {
        return isNested;
    }

    /** A class whose methods use {@code super} or {@code __class__}: it gets a "__class__" cell. */
    public boolean needsClassCell() {
        return needsClassCell;
    }

    public boolean hasImportStar() {
        return hasImportStar;
    }

    /** The names known in this scope (used, bound, declared, or passed through to inner scopes). */
    public Set<String> symbolNames() {
        return Collections.unmodifiableSet(symbols.keySet());
    }

    /** CPython's private name mangling (_Py_Mangle) with this scope's class name. */
    public String mangle(String ident) {
        return mangle(privateName, ident);
    }

    static String mangle(String privateName, String ident) {
        if (privateName == null || !ident.startsWith("__")) {
            return ident;
        }
        int n = ident.length();
        if ((n > 2 && ident.endsWith("__")) || n < 2 || ident.indexOf('.') >= 0) {
            return ident;
        }
        if (n == 2) {
            return ident;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return ident;
        }
        return "_" + privateName.substring(i) + ident;
    }

    private int flags(String name) {
        Integer f = symbols.get(mangle(name));
        return f == null ? 0 : f;
    }

    /**
     * How {@code name} (mangled automatically) is resolved here, or null if the name does not occur
     * in this scope. In the module scope, names that CPython's symtable calls LOCAL are reported
     * as GLOBAL_IMPLICIT (module locals are the globals); use {@link #isBound} to know whether the
     * name is assigned here. In a class body, a free variable is {@link SymbolKind#CLASS_FREE}.
     */
    public SymbolKind lookup(String name) {
        Integer sc = scopes.get(mangle(name));
        if (sc == null) {
            return null;
        }
        switch (sc) {
            case SC_LOCAL:
                return kind == Kind.MODULE ? SymbolKind.GLOBAL_IMPLICIT : SymbolKind.LOCAL;
            case SC_GLOBAL_EXPLICIT:
                return SymbolKind.GLOBAL_EXPLICIT;
            case SC_GLOBAL_IMPLICIT:
                return SymbolKind.GLOBAL_IMPLICIT;
            case SC_FREE:
                return kind == Kind.CLASS ? SymbolKind.CLASS_FREE : SymbolKind.FREE;
            case SC_CELL:
                return SymbolKind.CELL;
            default:
                return null;
        }
    }

    /** The scope exactly as CPython's symtable reports it (module-level names are LOCAL there). */
    public SymbolKind symtableKind(String name) {
        Integer sc = scopes.get(mangle(name));
        if (sc == null) {
            return null;
        }
        return switch (sc) {
            case SC_LOCAL -> SymbolKind.LOCAL;
            case SC_GLOBAL_EXPLICIT -> SymbolKind.GLOBAL_EXPLICIT;
            case SC_GLOBAL_IMPLICIT -> SymbolKind.GLOBAL_IMPLICIT;
            case SC_FREE -> SymbolKind.FREE;
            case SC_CELL -> SymbolKind.CELL;
            default -> null;
        };
    }

    /** Assigned, imported, or a parameter in this scope. */
    public boolean isBound(String name) {
        return (flags(name) & DEF_BOUND) != 0;
    }

    public boolean isParameter(String name) {
        return (flags(name) & DEF_PARAM) != 0;
    }

    /** Read in this scope. */
    public boolean isUsed(String name) {
        return (flags(name) & USE) != 0;
    }

    public boolean isDeclaredNonlocal(String name) {
        return (flags(name) & DEF_NONLOCAL) != 0;
    }

    /**
     * A class-body name that is also a free variable passed to methods (CPython's DEF_FREE_CLASS):
     * it is in {@link #freevars()} although the class body itself binds it.
     */
    public boolean isFreeClass(String name) {
        return (flags(name) & DEF_FREE_CLASS) != 0;
    }

    /** Raw CPython symbol flags (DEF_* constants of symtable.h), for tests. */
    public int rawFlags(String name) {
        return flags(name);
    }

    @Override
    public String toString() {
        return kind + " " + qualname;
    }
}
