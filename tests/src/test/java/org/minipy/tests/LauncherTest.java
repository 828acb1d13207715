package org.minipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The command line behaves like python3's: the exit status and stdout of {@code bin/minipy} match
 * CPython's for the informational options, usage errors and unreadable programs, and no Java
 * exception text reaches stderr.
 */
class LauncherTest {
    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();

    private static ProcessRun minipy(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ROOT.resolve("bin/minipy").toString(), "--interpreter-only"));
        cmd.addAll(List.of(args));
        return ProcessRun.run(ROOT, cmd, 120);
    }

    private static ProcessRun python(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        return ProcessRun.run(ROOT, cmd, 120);
    }

    private static void assertNoJavaText(ProcessRun r, String what) {
        assertFalse(r.stderr().contains("Exception") || r.stderr().contains("\tat "), what + " printed Java exception text:\n" + r.stderr());
    }

    @Test
    void versionOptionsMatchCPython() throws Exception {
        for (String opt : List.of("--version", "-V")) {
            ProcessRun expected = python(opt);
            ProcessRun actual = minipy(opt);
            assertEquals(expected.status(), actual.status(), opt + " exit status; stderr: " + actual.stderr());
            assertEquals(expected.stdout(), actual.stdout(), opt);
            assertNoJavaText(actual, opt);
        }
    }

    @Test
    void helpExitsZeroWithUsage() throws Exception {
        for (String opt : List.of("-h", "--help")) {
            ProcessRun expected = python(opt);
            ProcessRun actual = minipy(opt);
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
                ProcessRun expected = python(args);
                ProcessRun actual = minipy(args);
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
        Files.writeString(sub.resolve("helper_mod.py"), "VALUE = 42\n");
        Files.writeString(sub.resolve("main.py"), """
                        import sys, helper_mod
                        print(__file__, sys.argv[0], sys.path[0], helper_mod.VALUE, helper_mod.__file__)
                        raise ValueError("from the script")
                        """);
        try {
            for (String path : List.of("sub/main.py", "./sub/main.py", "sub/../sub/main.py")) {
                ProcessRun expected = ProcessRun.run(dir, List.of("python3", path), 120);
                ProcessRun actual = ProcessRun.run(dir, List.of(ROOT.resolve("bin/minipy").toString(), "--interpreter-only", path), 120);
                assertEquals(expected.status(), actual.status(), path + "; stderr: " + actual.stderr());
                assertEquals(expected.stdout(), actual.stdout(), path);
                assertEquals(expected.stderr(), actual.stderr(), path);
            }
        } finally {
            // the directory, the scripts and python3's __pycache__
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void programExitStatusPassesThrough() throws Exception {
        for (String code : List.of("import sys; sys.exit(3)", "raise ValueError('x')", "print('out')", "raise SystemExit('msg')")) {
            ProcessRun expected = python("-c", code);
            ProcessRun actual = minipy("-c", code);
            assertEquals(expected.status(), actual.status(), code + "; stderr: " + actual.stderr());
            assertEquals(expected.stdout(), actual.stdout(), code);
            assertEquals(expected.stderr(), actual.stderr(), code);
        }
    }
}
