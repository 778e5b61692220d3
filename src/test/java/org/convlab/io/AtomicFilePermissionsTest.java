package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Saved files are ordinary files: the umask's permissions, a replaced file's own, links kept, long names. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class AtomicFilePermissionsTest {
    @TempDir
    Path dir;

    @Test
    void newFileGetsThePermissionsTheUmaskGives() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.csv"));
        Path saved = dir.resolve("saved.csv");
        AtomicFile.write(saved, "1\n".getBytes());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(saved));
    }

    @Test
    void replacedFileKeepsItsPermissions() throws IOException {
        Path f = dir.resolve("lesson.convlab");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFile.write(f, "new".getBytes());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void symbolicLinkStaysALinkAndItsTargetGetsTheContent() throws IOException {
        Path target = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
        AtomicFile.write(link, "new".getBytes());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void longestLegalNameCanBeWritten() throws IOException {
        Path f = dir.resolve("y".repeat(240) + ".csv");
        AtomicFile.write(f, "1\n".getBytes());
        assertEquals("1\n", Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(f), s.toList(), "no temporary file left");
        }
    }

    @Test
    void missingFolderIsFoundBeforeTheWork() {
        assertThrows(IOException.class, () -> AtomicFile.checkWritable(dir.resolve("no/such/log.csv")));
    }
}
