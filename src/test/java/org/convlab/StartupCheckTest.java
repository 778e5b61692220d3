package org.convlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCheckTest {
    private static final Map<String, String> X11 = Map.of("DISPLAY", ":0");
    @TempDir
    Path dir;
    private String savedCacheDir;

    @BeforeEach
    void saveCacheDir() {
        savedCacheDir = System.clearProperty("javafx.cachedir");
    }

    @AfterEach
    void restoreCacheDir() {
        if (savedCacheDir == null) {
            System.clearProperty("javafx.cachedir");
        } else {
            System.setProperty("javafx.cachedir", savedCacheDir);
        }
    }

    @Test
    void linuxWithoutDisplaySaysSoInsteadOfAStackTrace() {
        Optional<String> problem = new StartupCheck(Map.of(), dir, dir, "Linux").prepare();
        assertTrue(problem.orElseThrow().contains("DISPLAY is not set"));
    }

    @Test
    void windowsAndMacNeedNoDisplayVariable() {
        assertEquals(Optional.empty(), new StartupCheck(Map.of(), dir, dir, "Windows 11").prepare());
        assertEquals(Optional.empty(), new StartupCheck(Map.of(), dir, dir, "Mac OS X").prepare());
    }

    @Test
    void nativesInTheImageNeedNoCache() throws IOException {
        Path javaHome = Files.createDirectories(dir.resolve("image/lib"));
        Files.createFile(javaHome.resolve("libglass.so"));
        Path unwritableHome = Files.createFile(dir.resolve("not-a-folder"));
        StartupCheck check = new StartupCheck(X11, dir.resolve("image"), unwritableHome, "Linux");
        assertTrue(check.nativesInImage());
        assertEquals(Optional.empty(), check.prepare());
        assertNull(System.getProperty("javafx.cachedir"));
    }

    @Test
    void writableHomeKeepsJavaFxsOwnCache() {
        assertEquals(Optional.empty(), new StartupCheck(X11, dir, dir.resolve("home"), "Linux").prepare());
        assertNull(System.getProperty("javafx.cachedir"));
        assertTrue(Files.isDirectory(dir.resolve("home/.openjfx/cache")));
    }

    @Test
    void unusableHomeMovesTheCacheToAPrivateTemporaryFolder() throws IOException {
        // A regular file where the home folder should be: unwritable even for root, unlike chmod.
        Path home = Files.createFile(dir.resolve("home"));
        StartupCheck check = new StartupCheck(X11, dir, home, "Linux");
        assertFalse(check.nativesInImage());
        assertEquals(Optional.empty(), check.prepare());
        Path cache = Path.of(System.getProperty("javafx.cachedir"));
        assertTrue(Files.isDirectory(cache) && Files.isWritable(cache));
        assertFalse(cache.startsWith(home));
    }
}
