/**
 * The minipy front end: tokenizer, parser and scope analysis for Python 3.11.
 *
 * <ul>
 * <li>{@link org.minipy.parser.Parser#parseModule}, {@link org.minipy.parser.Parser#parseExpression}
 * and {@link org.minipy.parser.Parser#parseInteractive} turn source text into an {@link org.minipy.parser.Ast}
 * tree (exec, eval and single mode), or throw a {@link org.minipy.parser.ParseError} carrying CPython's
 * SyntaxError/IndentationError/TabError message and location.</li>
 * <li>{@link org.minipy.parser.ScopeAnalyzer#analyze} is CPython's symtable plus the compile-time checks
 * of its compiler: it gives a {@link org.minipy.parser.Scope} per scope-creating node, with the
 * co_varnames/co_cellvars/co_freevars/co_qualname the compiler would produce, and throws the
 * SyntaxErrors that compile() raises after parsing ("'return' outside function", ...). Run it after
 * parsing to get exactly what compile() reports.</li>
 * <li>{@link org.minipy.parser.AstDump} prints a tree as {@code ast.dump} does (for tests).</li>
 * </ul>
 *
 * Sources are Java strings: decode files (and drop a byte order mark) before parsing, as CPython does
 * when it reads a file; compile() of a str that starts with U+FEFF is an error in CPython too.
 */
package org.minipy.parser;
