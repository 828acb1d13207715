package org.minipy.parser;

import java.util.List;

/**
 * The abstract syntax tree of a Python 3.11 program, mirroring CPython's {@code ast} module
 * (same node names and fields). Expression context (Load/Store/Del) is not stored: the position of
 * an expression in its parent says how it is used.
 *
 * <p>Every node carries a {@link Pos}: 1-based lines and 0-based columns counted in characters
 * (UTF-16 code units of the source string), end exclusive, as CPython's lineno/col_offset/
 * end_lineno/end_col_offset, plus absolute character offsets into the source.
 */
public final class Ast {
    private Ast() {
    }

    /** Source position. {@code start}/{@code end} are absolute char offsets (end exclusive). */
    public record Pos(int line, int col, int endLine, int endCol, int start, int end) {
        public static final Pos NONE = new Pos(1, 0, 1, 0, 0, 0);

        public Pos to(Pos last) {
            return new Pos(line, col, last.endLine, last.endCol, start, last.end);
        }
    }

    public sealed interface Node permits Mod, Stmt, Expr, Pattern, Arg, Keyword, Alias, Comprehension,
                    ExceptHandler, WithItem, MatchCase, Arguments {
        Pos pos();
    }

    // ---------------------------------------------------------------- modules

    public sealed interface Mod extends Node permits Module, Expression, Interactive {
    }

    public record Module(Pos pos, List<Stmt> body) implements Mod {
    }

    /** {@code eval} mode: a single expression. */
    public record Expression(Pos pos, Expr body) implements Mod {
    }

    /** {@code single} mode: statements whose expression values are printed. */
    public record Interactive(Pos pos, List<Stmt> body) implements Mod {
    }

    // ---------------------------------------------------------------- statements

    public sealed interface Stmt extends Node permits FunctionDef, ClassDef, Return, Delete, Assign, AugAssign,
                    AnnAssign, For, While, If, With, Match, Raise, Try, TryStar, Assert, Import, ImportFrom, Global,
                    Nonlocal, ExprStmt, Pass, Break, Continue {
    }

    /** {@code def} and {@code async def} ({@code isAsync}). */
    public record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                    Expr returns, boolean isAsync) implements Stmt {
    }

    public record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decoratorList) implements Stmt {
    }

    /** {@code value} may be null. */
    public record Return(Pos pos, Expr value) implements Stmt {
    }

    public record Delete(Pos pos, List<Expr> targets) implements Stmt {
    }

    /** {@code a = b = value}: targets in source order. */
    public record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {
    }

    public record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {
    }

    /** {@code value} may be null; {@code simple} is true for a bare name target not in parentheses. */
    public record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {
    }

    public record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync)
                    implements Stmt {
    }

    public record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    /** {@code elif} chains are nested {@code If}s in {@code orelse}, as in CPython. */
    public record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    public record With(Pos pos, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {
    }

    public record Match(Pos pos, Expr subject, List<MatchCase> cases) implements Stmt {
    }

    /** {@code exc} and {@code cause} may be null. */
    public record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {
    }

    public record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody)
                    implements Stmt {
    }

    /** {@code try: ... except* E: ...}. */
    public record TryStar(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                    List<Stmt> finalbody) implements Stmt {
    }

    /** {@code msg} may be null. */
    public record Assert(Pos pos, Expr test, Expr msg) implements Stmt {
    }

    public record Import(Pos pos, List<Alias> names) implements Stmt {
    }

    /** {@code module} may be null ({@code from . import x}); {@code level} counts leading dots. */
    public record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {
    }

    public record Global(Pos pos, List<String> names) implements Stmt {
    }

    public record Nonlocal(Pos pos, List<String> names) implements Stmt {
    }

    /** An expression statement (CPython's {@code Expr}). */
    public record ExprStmt(Pos pos, Expr value) implements Stmt {
    }

    public record Pass(Pos pos) implements Stmt {
    }

    public record Break(Pos pos) implements Stmt {
    }

    public record Continue(Pos pos) implements Stmt {
    }

    // ---------------------------------------------------------------- expressions

    public sealed interface Expr extends Node permits BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, SetExpr,
                    ListComp, SetComp, DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue,
                    JoinedStr, Constant, Attribute, Subscript, Starred, Name, ListExpr, TupleExpr, Slice {
    }

    public enum BoolOpKind {
        AND,
        OR
    }

    /** {@code a and b and c}: at least two values. */
    public record BoolOp(Pos pos, BoolOpKind op, List<Expr> values) implements Expr {
    }

    /** {@code target := value}; target is a Name. */
    public record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {
    }

    public enum Operator {
        ADD("+"),
        SUB("-"),
        MULT("*"),
        MATMULT("@"),
        DIV("/"),
        MOD("%"),
        POW("**"),
        LSHIFT("<<"),
        RSHIFT(">>"),
        BITOR("|"),
        BITXOR("^"),
        BITAND("&"),
        FLOORDIV("//");

        public final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    public record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {
    }

    public enum UnaryOpKind {
        INVERT,
        NOT,
        UADD,
        USUB
    }

    public record UnaryOp(Pos pos, UnaryOpKind op, Expr operand) implements Expr {
    }

    public record Lambda(Pos pos, Arguments args, Expr body) implements Expr {
    }

    /** {@code body if test else orelse}. */
    public record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {
    }

    /** A null key marks {@code **value} unpacking. */
    public record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {
    }

    public record SetExpr(Pos pos, List<Expr> elts) implements Expr {
    }

    public record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
    }

    public record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
    }

    public record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {
    }

    public record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
    }

    public record Await(Pos pos, Expr value) implements Expr {
    }

    /** {@code value} may be null. */
    public record Yield(Pos pos, Expr value) implements Expr {
    }

    public record YieldFrom(Pos pos, Expr value) implements Expr {
    }

    public enum CmpOp {
        EQ("=="),
        NOT_EQ("!="),
        LT("<"),
        LT_E("<="),
        GT(">"),
        GT_E(">="),
        IS("is"),
        IS_NOT("is not"),
        IN("in"),
        NOT_IN("not in");

        public final String symbol;

        CmpOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** {@code left op0 c0 op1 c1 ...}. */
    public record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {
    }

    /** Positional arguments may contain {@link Starred}; a keyword with null arg is {@code **value}. */
    public record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    /**
     * One replacement field of an f-string. {@code conversion} is -1 (none), 's', 'r' or 'a';
     * {@code formatSpec} is null or a JoinedStr. A self-documenting field {@code {x=}} becomes, as in
     * CPython, a Constant "x=" followed by this node (conversion 'r' unless a conversion or spec is given).
     */
    public record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {
    }

    /** An f-string: Constant(str) and FormattedValue parts. */
    public record JoinedStr(Pos pos, List<Expr> values) implements Expr {
    }

    /**
     * A literal. {@code value} is one of: {@code Long} or {@code java.math.BigInteger} (int; BigInteger
     * only when outside the long range), {@code Double} (float), {@link ComplexLiteral}, {@code String}
     * (str), {@code byte[]} (bytes), {@code Boolean}, {@link #NONE}, {@link #ELLIPSIS}. {@code kind} is "u"
     * for a u-prefixed string, else null.
     */
    public record Constant(Pos pos, Object value, String kind) implements Expr {
    }

    /** Marker values for {@link Constant}. */
    public enum Singleton {
        NONE,
        ELLIPSIS
    }

    public static final Singleton NONE = Singleton.NONE;
    public static final Singleton ELLIPSIS = Singleton.ELLIPSIS;

    /** An imaginary literal such as {@code 3j}: real part 0. */
    public record ComplexLiteral(double imag) {
    }

    public record Attribute(Pos pos, Expr value, String attr) implements Expr {
    }

    /** {@code slice} is a {@link Slice}, a {@link TupleExpr} (possibly containing slices) or any expression. */
    public record Subscript(Pos pos, Expr value, Expr slice) implements Expr {
    }

    public record Starred(Pos pos, Expr value) implements Expr {
    }

    public record Name(Pos pos, String id) implements Expr {
    }

    public record ListExpr(Pos pos, List<Expr> elts) implements Expr {
    }

    /** {@code parenthesized} is false for a bare tuple such as {@code a, b = ...}. */
    public record TupleExpr(Pos pos, List<Expr> elts, boolean parenthesized) implements Expr {
    }

    /** Each part may be null. */
    public record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {
    }

    // ---------------------------------------------------------------- helpers

    public record Comprehension(Pos pos, Expr target, Expr iter, List<Expr> ifs, boolean isAsync) implements Node {
    }

    /** {@code type} and {@code name} may be null. */
    public record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) implements Node {
    }

    /**
     * Function parameters. {@code defaults} belong to the last entries of posonlyargs+args;
     * {@code kwDefaults} has one entry per kwonly arg, null where it has none.
     */
    public record Arguments(Pos pos, List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                    List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
    }

    /** {@code annotation} may be null. */
    public record Arg(Pos pos, String arg, Expr annotation) implements Node {
    }

    /** {@code arg} is null for {@code **value}. */
    public record Keyword(Pos pos, String arg, Expr value) implements Node {
    }

    /** {@code asname} may be null. {@code name} may be dotted ("os.path") or "*". */
    public record Alias(Pos pos, String name, String asname) implements Node {
    }

    /** {@code optionalVars} may be null. */
    public record WithItem(Pos pos, Expr contextExpr, Expr optionalVars) implements Node {
    }

    /** {@code guard} may be null. */
    public record MatchCase(Pos pos, Pattern pattern, Expr guard, List<Stmt> body) implements Node {
    }

    // ---------------------------------------------------------------- patterns

    public sealed interface Pattern extends Node permits MatchValue, MatchSingleton, MatchSequence, MatchMapping,
                    MatchClass, MatchStar, MatchAs, MatchOr {
    }

    public record MatchValue(Pos pos, Expr value) implements Pattern {
    }

    /** value is Boolean.TRUE, Boolean.FALSE or {@link #NONE}. */
    public record MatchSingleton(Pos pos, Object value) implements Pattern {
    }

    public record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern {
    }

    /** {@code rest} may be null. */
    public record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {
    }

    public record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs,
                    List<Pattern> kwdPatterns) implements Pattern {
    }

    /** {@code name} null means {@code *_}. */
    public record MatchStar(Pos pos, String name) implements Pattern {
    }

    /** {@code pattern} null and {@code name} null is the wildcard {@code _}. */
    public record MatchAs(Pos pos, Pattern pattern, String name) implements Pattern {
    }

    public record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern {
    }
}
