package org.minipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The launcher runs on the optimizing Truffle runtime: hot Python functions are compiled by Graal,
 * and call-heavy benchmarks settle (each call target is compiled a bounded number of times, no
 * invalidation loops). Runs {@code bin/minipy} (built by the launcher module before these tests) with
 * {@code --engine.TraceCompilation}.
 */
class CompilationTest {
    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
    private static final Pattern EVENT = Pattern.compile("\\[engine\\] opt (done|failed|inv\\.|deopt)\\s+engine=\\d+\\s+id=(\\d+)\\s+(\\S+(?: \\S+)?)\\s*\\|");

    private static ProcessRun minipy(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ROOT.resolve("bin/minipy").toString());
        cmd.add("--engine.TraceCompilation");
        cmd.addAll(List.of(args));
        return ProcessRun.run(ROOT, cmd, 240);
    }

    @Test
    void hotFunctionIsCompiled() throws Exception {
        Path prog = Files.createTempFile("hot", ".py");
        Files.writeString(prog, """
                        import time
                        def fib(n):
                            return n if n < 2 else fib(n - 1) + fib(n - 2)
                        start = time.perf_counter()
                        while time.perf_counter() - start < 6:
                            assert fib(20) == 6765
                        print("ok")
                        """);
        try {
            ProcessRun r = minipy(prog.toString());
            assertEquals(0, r.status(), r.stderr());
            assertEquals("ok\n", r.stdout());
            assertTrue(r.stderr().lines().anyMatch(l -> l.contains("opt done") && l.contains("<code fib>")), "fib was not compiled:\n" + r.stderr());
        } finally {
            Files.deleteIfExists(prog);
        }
    }

    @Test
    void callHeavyBenchmarksSettle() throws Exception {
        for (String name : List.of("fib", "method_calls", "closures", "polymorphic_call", "call_kwargs")) {
            ProcessRun r = minipy("bench/programs/" + name + ".py", "15");
            assertEquals(0, r.status(), name + ": " + r.stderr());
            Map<String, Integer> compiles = new TreeMap<>();
            int compiled = 0;
            for (String line : r.stderr().lines().toList()) {
                Matcher m = EVENT.matcher(line);
                if (!m.find()) {
                    continue;
                }
                String event = m.group(1);
                String target = m.group(2) + " " + m.group(3);
                assertTrue(!event.equals("failed"), name + ": compilation failed: " + line);
                if (event.equals("done")) {
                    compiled++;
                    compiles.merge(target, 1, Integer::sum);
                }
            }
            assertTrue(compiled > 0, name + ": nothing was compiled:\n" + r.stderr());
            // a first-tier and a second-tier compilation, and at most one more after a late specialization
            for (Map.Entry<String, Integer> e : compiles.entrySet()) {
                assertTrue(e.getValue() <= 3, name + ": " + e.getKey() + " was compiled " + e.getValue() + " times: " + compiles);
            }
        }
    }
}
