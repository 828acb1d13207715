package org.minipy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 'single' mode against CPython (resources/parser/single_gen.py, single.expected). */
public class InteractiveModeTest {
    @Test
    public void singleModeMatchesCPython() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/parser/single.expected")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> failures = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", 2);
            String src = SyntaxErrorOracleTest.unescape(f[0]);
            String got;
            try {
                got = AstDump.dump(Parser.parseInteractive(src, "<stdin>"));
            } catch (ParseError e) {
                got = "SyntaxError: " + e.msg + " (" + e.lineno + ":" + e.offset + ")";
            }
            if (!got.equals(f[1])) {
                failures.add(f[0] + "\n  expected " + f[1] + "\n  got      " + got);
            }
        }
        assertEquals("", String.join("\n", failures));
    }
}
