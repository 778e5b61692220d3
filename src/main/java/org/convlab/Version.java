package org.convlab;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** The versions {@code convlab --version} reports: ConvLab's, Java's and JavaFX's. */
public final class Version {
    private Version() {
    }

    /**
     * ConvLab's version, from the build.
     *
     * @return e.g. "0.1.0", or "unknown" when run from unpackaged classes
     */
    public static String convlab() {
        return read(Version.class.getModule(), "/org/convlab/version.properties", "version").orElse("unknown");
    }

    /**
     * The JavaFX runtime's version, read from the javafx.base module without starting the toolkit.
     *
     * @return e.g. "21.0.11", or "unknown"
     */
    public static String javafx() {
        return ModuleLayer.boot().findModule("javafx.base")
                .flatMap(m -> read(m, "/javafx.properties", "javafx.version"))
                .or(() -> read(Version.class.getModule(), "/javafx.properties", "javafx.version"))
                .orElse("unknown");
    }

    /**
     * The three versions on one line.
     *
     * @return "ConvLab 0.1.0 (Java 17.0.15, JavaFX 21.0.11)"
     */
    public static String describe() {
        return "ConvLab " + convlab() + " (Java " + System.getProperty("java.version") + ", JavaFX " + javafx() + ")";
    }

    private static Optional<String> read(Module module, String resource, String key) {
        try (InputStream in = module.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty(key));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
