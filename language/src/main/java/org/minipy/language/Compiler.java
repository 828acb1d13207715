package org.minipy.language;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

import org.minipy.lowering.Translator;
import org.minipy.parser.Ast;
import org.minipy.parser.ParseError;
import org.minipy.parser.Parser;
import org.minipy.parser.ScopeAnalyzer;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.InstanceAttrs;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBaseException;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;

/** Source text to code object: parse, analyze scopes, lower. Syntax errors become SyntaxError exceptions. */
public final class Compiler {
    private Compiler() {
    }

    /** @param mode "exec", "eval" or "single" */
    @TruffleBoundary
    public static PyCode compileModule(MiniPyLanguage language, Source source, String mode) {
        return compile(language, source, mode, false);
    }

    @TruffleBoundary
    public static PyCode compile(MiniPyLanguage language, Source source, String mode, boolean returnLastExpression) {
        String text = source.getCharacters().toString();
        String filename = source.getName();
        try {
            Ast.Mod mod;
            switch (mode) {
                case "eval":
                    mod = Parser.parseExpression(text, filename);
                    break;
                case "single":
                    mod = Parser.parseInteractive(text, filename);
                    break;
                default:
                    mod = Parser.parseModule(text, filename);
                    break;
            }
            ScopeAnalyzer.Result scopes = ScopeAnalyzer.analyze(mod, filename, text);
            return new Translator(language, source, scopes).translate(mod, returnLastExpression);
        } catch (ParseError e) {
            throw syntaxError(e);
        } catch (StackOverflowError e) {
            throw PException.raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded during compilation");
        }
    }

    @TruffleBoundary
    public static PException syntaxError(ParseError e) {
        PyType type = switch (e.kind) {
            case INDENTATION_ERROR -> BuiltinTypes.INDENTATION_ERROR;
            case TAB_ERROR -> BuiltinTypes.TAB_ERROR;
            default -> BuiltinTypes.SYNTAX_ERROR;
        };
        Object text = e.text == null ? PyNone.NONE : e.text;
        PyTuple details = PyTuple.of(e.filename, (long) e.lineno, (long) e.offset, text, (long) e.endLineno, (long) e.endOffset);
        PyBaseException exc = new PyBaseException(type, PyTuple.of(e.msg, details));
        InstanceAttrs.put(exc, "msg", e.msg);
        InstanceAttrs.put(exc, "filename", e.filename);
        InstanceAttrs.put(exc, "lineno", (long) e.lineno);
        InstanceAttrs.put(exc, "offset", (long) e.offset);
        InstanceAttrs.put(exc, "text", text);
        InstanceAttrs.put(exc, "end_lineno", (long) e.endLineno);
        InstanceAttrs.put(exc, "end_offset", (long) e.endOffset);
        InstanceAttrs.put(exc, "print_file_and_line", PyNone.NONE);
        return new PException(exc, null);
    }
}
