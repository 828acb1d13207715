package org.minipy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Randomly mutated stdlib snippets (resources/parser/fuzz_errors.py, fixed seed) must give the
 * same outcome as CPython's compile(): success, or the same exception type, message and line.
 * The front end must never fail with anything but a ParseError.
 */
public class SyntaxErrorFuzzTest {
    @Test
    public void mutatedSourcesMatchCPython() throws Exception {
        Assumptions.assumeTrue(PythonOracle.python() != null, "python3.11 is not installed: skipping the CPython oracle test");
        Path work = Path.of("target", "parser-oracle");
        Path script = PythonOracle.resourceFile("fuzz_errors.py", work);
        Path out = work.resolve("fuzz.txt");
        PythonOracle.run(List.of(script.toString(), PythonOracle.libDir(), "7", "2000", out.toString()));
        int total = 0;
        int same = 0;
        List<String> crashes = new ArrayList<>();
        List<String> diffs = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            if (line.isEmpty()) {
                continue;
            }
            total++;
            String[] f = line.split("\t", 5);
            String src = SyntaxErrorOracleTest.unescape(f[0]);
            String expected = f[1].equals("OK") ? "OK" : f[1] + " " + f[2] + " " + f[4];
            String got;
            try {
                ScopeAnalyzer.analyze(Parser.parseModule(src, "x.py"), "x.py", src);
                got = "OK";
            } catch (ParseError e) {
                got = e.kind.pythonName + " " + e.lineno + " " + e.msg;
            } catch (Throwable t) {
                crashes.add(f[0] + ": " + t);
                continue;
            }
            if (got.equals(expected)) {
                same++;
            } else {
                diffs.add(f[0] + "\n    expected " + expected + "\n    got      " + got);
            }
        }
        System.out.printf("fuzz: %d/%d mutated sources give CPython's outcome%n", same, total);
        if (!diffs.isEmpty()) {
            System.out.println("differences:\n  " + String.join("\n  ", diffs));
        }
        assertEquals(List.of(), crashes);
        assertTrue(same >= total * 0.995, "too many differences: " + diffs.size());
    }
}
