package org.minipy.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/** Runs a Python program in a fresh minipy context as {@code bin/minipy NAME.py} would, capturing its output. */
final class ProgramRunner {
    /** What a run produced. */
    record Result(String stdout, String stderr, int status, boolean timedOut) {
    }

    private static final long STACK_SIZE = 1L << 28;
    private static Engine sharedEngine;

    private ProgramRunner() {
    }

    static synchronized Engine engine() {
        if (sharedEngine == null) {
            sharedEngine = Engine.newBuilder("minipy").option("engine.WarnInterpreterOnly", "false").build();
        }
        return sharedEngine;
    }

    static Result run(Path program, long timeoutMillis) throws IOException, InterruptedException {
        Path dir = program.toAbsolutePath().getParent();
        String name = program.getFileName().toString();
        String code = Files.readString(program, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context context = Context.newBuilder("minipy").engine(engine()).out(out).err(err).allowAllAccess(true).currentWorkingDirectory(dir).option("minipy.Main", "true")
                        .option("minipy.ProgramName", name).arguments("minipy", new String[0]).build();
        Source source = Source.newBuilder("minipy", program.toAbsolutePath().toFile()).name(name).content(code).build();
        int[] status = {0};
        Throwable[] failure = {null};
        Thread t = new Thread(null, () -> {
            try {
                context.eval(source);
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    status[0] = e.getExitStatus();
                } else if (e.isCancelled()) {
                    status[0] = -2;
                } else {
                    failure[0] = e;
                    status[0] = -1;
                }
            } catch (Throwable e) {
                failure[0] = e;
                status[0] = -1;
            }
        }, "minipy-test", STACK_SIZE);
        t.start();
        t.join(timeoutMillis);
        boolean timedOut = false;
        if (t.isAlive()) {
            timedOut = true;
            try {
                context.close(true);
            } catch (PolyglotException e) {
                // cancelled
            }
            t.join(10_000);
        } else {
            try {
                context.close();
            } catch (PolyglotException e) {
                // already closed by exit
            }
        }
        String errText = err.toString(StandardCharsets.UTF_8);
        if (failure[0] != null) {
            errText += "\n[host] " + failure[0];
        }
        return new Result(out.toString(StandardCharsets.UTF_8), errText, status[0], timedOut);
    }
}
