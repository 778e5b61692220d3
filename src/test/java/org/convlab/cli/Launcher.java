package org.convlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs the real jlink launcher, target/convlab/bin/convlab, as a user would. */
final class Launcher {
    record Result(int code, String out, String err) {
    }

    static Path path() {
        return Path.of(System.getProperty("convlab.launcher", "target/convlab/bin/convlab"));
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, false, false, args);
    }

    /** Runs with the JVM told to resolve jdk.incubator.vector, the core's opt-in fast path. */
    static Result runWithVectorApi(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, false, true, args);
    }

    /** Runs with no DISPLAY, as on a server or a CI machine, so the window cannot open. */
    static Result runWithoutDisplay(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, true, false, args);
    }

    /**
     * Runs with the process adjusted first: its environment, where its output goes, or another
     * launcher as the command's first word. Output redirected elsewhere reads back as "".
     */
    static Result runAdjusted(Path workDir, Consumer<ProcessBuilder> adjust, String... args)
            throws IOException, InterruptedException {
        return run(workDir, false, false, adjust, args);
    }

    private static Result run(Path workDir, boolean noDisplay, boolean vectorApi, String... args)
            throws IOException, InterruptedException {
        return run(workDir, noDisplay, vectorApi, pb -> { }, args);
    }

    private static Result run(Path workDir, boolean noDisplay, boolean vectorApi, Consumer<ProcessBuilder> adjust,
                              String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(path().toAbsolutePath().toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("convlab-out", ".txt");
        Path err = Files.createTempFile("convlab-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().remove("JDK_JAVA_OPTIONS");
            if (vectorApi) {
                pb.environment().put("JDK_JAVA_OPTIONS", "--add-modules=jdk.incubator.vector");
            }
            if (noDisplay) {
                pb.environment().remove("DISPLAY");
                pb.environment().remove("WAYLAND_DISPLAY");
            }
            adjust.accept(pb);
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("convlab " + String.join(" ", args) + " did not finish");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
