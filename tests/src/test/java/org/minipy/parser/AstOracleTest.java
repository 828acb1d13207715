package org.minipy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Parses the programs of resources/parser/ast.programs in exec, eval or single mode and compares
 * {@link AstDump#dumpWithPositions} with CPython's dump recorded by ast_oracle.py (ast.expected).
 */
public class AstOracleTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = AstOracleTest.class.getResourceAsStream("/parser/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    public void programsMatchCPython() throws IOException {
        Map<String, String> progs = ScopeOracleTest.splitPrograms(resource("ast.programs"));
        String[] lines = resource("ast.expected").split("\n");
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (int i = 0; i + 1 < lines.length; i += 2) {
            String name = lines[i].substring("PROGRAM ".length());
            String expected = lines[i + 1];
            String src = progs.get(name);
            Ast.Mod mod;
            if (name.endsWith("[eval]")) {
                mod = Parser.parseExpression(src, "<string>");
            } else if (name.endsWith("[single]")) {
                mod = Parser.parseInteractive(src, "<string>");
            } else {
                mod = Parser.parseModule(src, "<string>");
            }
            n++;
            String got = AstDump.dumpWithPositions(mod);
            if (!got.equals(expected)) {
                int k = 0;
                while (k < got.length() && k < expected.length() && got.charAt(k) == expected.charAt(k)) {
                    k++;
                }
                failures.add(name + "\n  expected ..." + expected.substring(Math.max(0, k - 80), Math.min(expected.length(), k + 80))
                                + "\n  got      ..." + got.substring(Math.max(0, k - 80), Math.min(got.length(), k + 80)));
            }
        }
        System.out.printf("ast programs: %d/%d match CPython (with positions)%n", n - failures.size(), n);
        assertTrue(n >= 20);
        assertEquals("", String.join("\n", failures));
    }
}
