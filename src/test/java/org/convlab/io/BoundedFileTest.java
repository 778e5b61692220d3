package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class BoundedFileTest {
    @TempDir
    Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void endlessDeviceIsRefusedBeforeItIsRead() {
        BoundedFile.ReadRefusal e = assertThrows(BoundedFile.ReadRefusal.class,
                () -> BoundedFile.read(Path.of("/dev/zero"), 1024));
        assertEquals("is a device, pipe or socket, not a file; save the data to a file first", e.getMessage());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void pipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        assertThrows(BoundedFile.ReadRefusal.class, () -> BoundedFile.open(fifo, 1024));
    }

    @Test
    void fileThatGrowsWhileReadStopsAtTheLimit() throws IOException {
        Path f = dir.resolve("growing.csv");
        Files.write(f, new byte[100]);
        try (InputStream in = BoundedFile.open(f, 150)) {
            Files.write(f, new byte[100], StandardOpenOption.APPEND);
            BoundedFile.ReadRefusal e = assertThrows(BoundedFile.ReadRefusal.class, in::readAllBytes);
            assertEquals("is larger than 150 bytes, the most that can be read", e.getMessage());
        }
    }

    @Test
    void folderAndMissingFileAreNamedInWords() {
        assertEquals("is a folder, not a file",
                assertThrows(BoundedFile.ReadRefusal.class, () -> BoundedFile.read(dir, 10)).getMessage());
        assertEquals("no such file", assertThrows(BoundedFile.ReadRefusal.class,
                () -> BoundedFile.read(dir.resolve("none"), 10)).getMessage());
    }
}
