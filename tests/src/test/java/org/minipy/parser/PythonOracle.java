package org.minipy.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds and runs CPython 3.11 (the oracle) for the parser tests. */
final class PythonOracle {
    private static String python;
    private static boolean searched;

    private PythonOracle() {
    }

    /** The python3.11 executable, or null if not installed. */
    static synchronized String python() {
        if (!searched) {
            searched = true;
            for (String cand : new String[]{"python3.11", "python3", "/root/.pyenv/versions/3.11.7/bin/python3"}) {
                try {
                    Process pr = new ProcessBuilder(cand, "-c", "import sys; print(sys.version_info[:2] == (3, 11))")
                                    .redirectErrorStream(true).start();
                    String out = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                    if (pr.waitFor(30, TimeUnit.SECONDS) && out.equals("True")) {
                        python = cand;
                        break;
                    }
                } catch (IOException | InterruptedException e) {
                    // try the next one
                }
            }
        }
        return python;
    }

    static String libDir() throws IOException, InterruptedException {
        return run(List.of("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])")).trim();
    }

    static String run(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(python());
        cmd.addAll(args);
        Process pr = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        pr.waitFor(10, TimeUnit.MINUTES);
        if (pr.exitValue() != 0) {
            throw new IOException("python failed: " + out);
        }
        return out;
    }

    /** Copies a test resource to a file so that python can run it. */
    static Path resourceFile(String name, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        try (var in = PythonOracle.class.getResourceAsStream("/parser/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }
}
