package org.convlab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the window needs before JavaFX starts, checked first so that a student sees one clear
 * sentence instead of JavaFX's stack traces: a display, and a place for JavaFX's native libraries.
 *
 * <p>The installed runtime image carries those libraries where JavaFX's loader looks first, so it
 * writes nothing at start. Run any other way (from Maven, say), JavaFX unpacks them under
 * {@code ~/.openjfx/cache}; on a classroom machine whose home folder is read-only or missing, they
 * go to a private temporary folder instead.
 */
final class StartupCheck {
    private final Map<String, String> env;
    private final Path javaHome;
    private final Path userHome;
    private final boolean windows;
    private final boolean mac;

    StartupCheck(Map<String, String> env, Path javaHome, Path userHome, String osName) {
        this.env = env;
        this.javaHome = javaHome;
        this.userHome = userHome;
        this.windows = osName.startsWith("Windows");
        this.mac = osName.startsWith("Mac");
    }

    /** The check for this process. */
    static StartupCheck ofThisProcess() {
        return new StartupCheck(System.getenv(), Path.of(System.getProperty("java.home")),
                Path.of(System.getProperty("user.home")), System.getProperty("os.name"));
    }

    /**
     * Prepares the start of the window.
     *
     * @return a message for the user when the window cannot start, or empty when it can
     */
    Optional<String> prepare() {
        if (!windows && !mac && isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of("there is no display to open the window on (DISPLAY is not set). "
                    + "The commands corr2d, train and d2l work without one: see convlab --help");
        }
        if (nativesInImage() || !System.getProperty("javafx.cachedir", "").isEmpty()
                || isWritable(userHome.resolve(".openjfx").resolve("cache"))) {
            return Optional.empty();
        }
        try {
            Path cache = Files.createTempDirectory("convlab-javafx-");
            System.setProperty("javafx.cachedir", cache.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(cache)));
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("JavaFX needs a writable folder for its native libraries, but neither "
                    + userHome.resolve(".openjfx") + " nor the temporary folder "
                    + System.getProperty("java.io.tmpdir") + " can be written. "
                    + "Name a writable folder for them: JAVA_TOOL_OPTIONS=-Djavafx.cachedir=FOLDER convlab");
        }
    }

    /** Where JavaFX's loader looks first when it runs from a jlink image (NativeLibLoader). */
    boolean nativesInImage() {
        String glass = windows ? "glass.dll" : mac ? "libglass.dylib" : "libglass.so";
        return Files.isRegularFile(javaHome.resolve(windows ? "bin/javafx" : "lib").resolve(glass));
    }

    /** Whether the folder exists writable, or can be made. */
    static boolean isWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover in the temporary folder is harmless; the system clears it.
        }
    }
}
