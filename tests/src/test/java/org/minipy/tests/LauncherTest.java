package org.minipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The command line behaves like python3's: the exit status and stdout of {@code bin/minipy} match
 * CPython's for the informational options, usage errors and unreadable programs, and no Java
 * exception text reaches stderr.
 */
class LauncherTest {
    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();

    record Run(int status, String stdout, String stderr) {
    }

    private static Run run(List<String> prefix, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("launcher-out", ".txt");
        Path err = Files.createTempFile("launcher-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Run minipy(String... args) throws IOException, InterruptedException {
        return run(List.of(ROOT.resolve("bin/minipy").toString(), "--interpreter-only"), args);
    }

    private static Run python(String... args) throws IOException, InterruptedException {
        return run(List.of("python3"), args);
    }

    private static void assertNoJavaText(Run r, String what) {
        assertFalse(r.stderr().contains("Exception") || r.stderr().contains("\tat "), what + " printed Java exception text:\n" + r.stderr());
    }

    @Test
    void versionOptionsMatchCPython() throws Exception {
        for (String opt : List.of("--version", "-V")) {
            Run expected = python(opt);
            Run actual = minipy(opt);
            assertEquals(expected.status(), actual.status(), opt + " exit status; stderr: " + actual.stderr());
            assertEquals(expected.stdout(), actual.stdout(), opt);
            assertNoJavaText(actual, opt);
        }
    }

    @Test
    void helpExitsZeroWithUsage() throws Exception {
        for (String opt : List.of("-h", "--help")) {
            Run expected = python(opt);
            Run actual = minipy(opt);
            assertEquals(expected.status(), actual.status(), opt + " exit status; stderr: " + actual.stderr());
            assertTrue(actual.stdout().startsWith("usage: minipy [option] ..."), opt + ": " + actual.stdout());
            assertEquals("", actual.stderr(), opt);
        }
    }

    @Test
    void unreadableProgramsExitLikeCPython() throws Exception {
        Path dir = Files.createTempDirectory("launcher-dir");
        try {
            String missing = dir.resolve("no_such_file.py").toString();
            for (String[] args : List.of(new String[]{missing}, new String[]{dir.toString()}, new String[]{"-Z"})) {
                Run expected = python(args);
                Run actual = minipy(args);
                assertEquals(expected.status(), actual.status(), String.join(" ", args) + " exit status; stderr: " + actual.stderr());
                assertEquals(expected.stdout(), actual.stdout(), String.join(" ", args));
                assertFalse(actual.stderr().isEmpty(), String.join(" ", args) + " printed no message");
                assertNoJavaText(actual, String.join(" ", args));
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    /** A script named by a relative path: __file__, sys.argv[0], sys.path[0] and the traceback's file name. */
    @Test
    void scriptPathsMatchCPython() throws Exception {
        Path dir = Files.createTempDirectory("launcher-script");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path helper = Files.writeString(sub.resolve("helper_mod.py"), "VALUE = 42\n");
        Path main = Files.writeString(sub.resolve("main.py"), """
                        import sys, helper_mod
                        print(__file__, sys.argv[0], sys.path[0], helper_mod.VALUE, helper_mod.__file__)
                        raise ValueError("from the script")
                        """);
        try {
            for (String path : List.of("sub/main.py", "./sub/main.py", "sub/../sub/main.py")) {
                Run expected = runIn(dir, List.of("python3", path));
                Run actual = runIn(dir, List.of(ROOT.resolve("bin/minipy").toString(), "--interpreter-only", path));
                assertEquals(expected.status(), actual.status(), path + "; stderr: " + actual.stderr());
                assertEquals(expected.stdout(), actual.stdout(), path);
                assertEquals(expected.stderr(), actual.stderr(), path);
            }
        } finally {
            Files.deleteIfExists(main);
            Files.deleteIfExists(helper);
            try (var s = Files.list(sub)) {
                for (Path p : s.toList()) {
                    if (Files.isDirectory(p)) {
                        try (var inner = Files.list(p)) {
                            for (Path q : inner.toList()) {
                                Files.deleteIfExists(q);
                            }
                        }
                    }
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(sub);
            Files.deleteIfExists(dir);
        }
    }

    private static Run runIn(Path dir, List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile("launcher-out", ".txt");
        Path err = Files.createTempFile("launcher-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void programExitStatusPassesThrough() throws Exception {
        for (String code : List.of("import sys; sys.exit(3)", "raise ValueError('x')", "print('out')", "raise SystemExit('msg')")) {
            Run expected = python("-c", code);
            Run actual = minipy("-c", code);
            assertEquals(expected.status(), actual.status(), code + "; stderr: " + actual.stderr());
            assertEquals(expected.stdout(), actual.stdout(), code);
            assertEquals(expected.stderr(), actual.stderr(), code);
        }
    }
}
