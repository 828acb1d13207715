package org.minipy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Compiles bad snippets (resources/parser/errors_gen.py, whose output errors.expected records
 * CPython 3.11's SyntaxError for each) with {@link Parser} + {@link ScopeAnalyzer} and compares the
 * exception type, message and line, and counts offset agreement.
 */
public class SyntaxErrorOracleTest {

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'f' -> sb.append('\f');
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Runs the whole front end as compile() does. */
    static ParseError compile(String src) {
        try {
            Ast.Module m = Parser.parseModule(src, "x.py");
            ScopeAnalyzer.analyze(m, "x.py", src);
            return null;
        } catch (ParseError e) {
            return e;
        }
    }

    @Test
    public void errorsMatchCPython() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/parser/errors.expected")) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        List<String> failures = new ArrayList<>();
        List<String> offsetDiffs = new ArrayList<>();
        int total = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            total++;
            String[] f = line.split("\t", 5);
            String src = unescape(f[0]);
            String type = f[1];
            int lineno = Integer.parseInt(f[2]);
            String offset = f[3];
            String msg = f[4];
            ParseError e = compile(src);
            if (e == null) {
                failures.add(f[0] + ": no error, expected " + type + ": " + msg);
                continue;
            }
            if (!e.kind.pythonName.equals(type) || !e.msg.equals(msg) || e.lineno != lineno) {
                failures.add(f[0] + ":\n    expected " + type + ": " + msg + " (line " + lineno + ")\n    got      "
                                + e.kind.pythonName + ": " + e.msg + " (line " + e.lineno + ")");
            } else if (!offset.equals(String.valueOf(e.offset))) {
                offsetDiffs.add(f[0] + ": offset " + e.offset + ", CPython " + offset);
            }
        }
        int ok = total - failures.size();
        System.out.printf("syntax errors: %d/%d match CPython's type, message and line; %d of those also the offset%n", ok,
                        total, ok - offsetDiffs.size());
        if (!offsetDiffs.isEmpty()) {
            System.out.println("offset differences:\n  " + String.join("\n  ", offsetDiffs));
        }
        assertTrue(total >= 50);
        assertEquals("", String.join("\n", failures));
    }
}
