package org.minipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of {@code tests/conformance} through minipy and compares its stdout and exit
 * status byte for byte with what CPython 3.11 produced (the committed {@code .out} and {@code .rc}
 * files). Programs listed in {@code known-failures.txt} are reported as skipped, and flagged if they
 * start passing, so that the list stays honest.
 */
class ConformanceTest {
    static final Path ROOT = Paths.get("conformance");

    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> m = new HashMap<>();
        Path f = ROOT.resolve("known-failures.txt");
        if (Files.exists(f)) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int hash = l.indexOf('#');
                String name = (hash >= 0 ? l.substring(0, hash) : l).strip();
                m.put(name, hash >= 0 ? l.substring(hash + 1).strip() : "known gap");
            }
        }
        return m;
    }

    static List<Path> programs() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            s.filter(p -> p.toString().endsWith(".py")).filter(p -> Files.exists(outFile(p))).sorted().forEach(out::add);
        }
        return out;
    }

    static Path outFile(Path py) {
        String n = py.getFileName().toString();
        return py.resolveSibling(n.substring(0, n.length() - 3) + ".out");
    }

    static Path rcFile(Path py) {
        String n = py.getFileName().toString();
        return py.resolveSibling(n.substring(0, n.length() - 3) + ".rc");
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        Map<String, String> known = knownFailures();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path py : programs()) {
            String rel = ROOT.relativize(py).toString();
            tests.add(DynamicTest.dynamicTest(rel, () -> check(py, rel, known.get(rel))));
        }
        return tests.stream();
    }

    private static void check(Path py, String rel, String knownReason) throws Exception {
        String expected = Files.readString(outFile(py), StandardCharsets.UTF_8);
        int expectedStatus = Files.exists(rcFile(py)) ? Integer.parseInt(Files.readString(rcFile(py)).strip()) : 0;
        ProgramRunner.Result r = ProgramRunner.run(py, 60_000);
        boolean ok = !r.timedOut() && r.stdout().equals(expected) && r.status() == expectedStatus;
        if (knownReason != null) {
            if (ok) {
                fail(rel + " is listed in known-failures.txt but passes now: remove it from the list");
            }
            Assumptions.abort("known failure: " + knownReason);
        }
        assertFalse(r.timedOut(), rel + " timed out");
        assertEquals(expected, r.stdout(), rel + ": stdout differs from CPython's; stderr was:\n" + tail(r.stderr()));
        assertEquals(expectedStatus, r.status(), rel + ": exit status differs; stderr was:\n" + tail(r.stderr()));
    }

    private static String tail(String s) {
        return s.length() > 3000 ? "..." + s.substring(s.length() - 3000) : s;
    }
}
