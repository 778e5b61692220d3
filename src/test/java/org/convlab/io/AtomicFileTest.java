package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void replacesTheContent() throws IOException {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "old");
        AtomicFile.write(f, "new".getBytes());
        assertEquals("new", Files.readString(f));
        assertEquals(List.of(f), files(), "no temporary file left");
    }

    @Test
    void diskFullMidwayLeavesTheOldFileIntact() throws IOException {
        Path f = dir.resolve("lesson.convlab");
        Files.writeString(f, "the teacher's lesson");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(f, out -> {
            out.write("half of the new ".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("the teacher's lesson", Files.readString(f));
        assertEquals(List.of(f), files(), "the temporary file is removed");
    }

    @Test
    void missingFolderFailsWithoutCreatingAnything() throws IOException {
        Path f = dir.resolve("no/such/folder/x.csv");
        assertThrows(IOException.class, () -> AtomicFile.write(f, new byte[] {1}));
        assertEquals(List.of(), files());
    }

    @Test
    void aWriteErrorIsNotHiddenByAFailedCleanUp() throws IOException {
        Path f = dir.resolve("lesson.convlab");
        Files.writeString(f, "the teacher's lesson");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(f, out -> {
            // the temporary file turns into a folder that is not empty, which no delete removes
            for (Path p : files()) {
                if (!p.equals(f)) {
                    Files.delete(p);
                    Files.createDirectories(p.resolve("inside"));
                }
            }
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals(1, e.getSuppressed().length);
        assertInstanceOf(DirectoryNotEmptyException.class, e.getSuppressed()[0]);
        assertEquals("the teacher's lesson", Files.readString(f));
    }
}
