package org.convlab.model.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The chapter's expected printout, from src/test/resources/golden/book_run_log.txt. */
public final class BookRun {
    private BookRun() {
    }

    /**
     * The ten loss lines and the learned kernel's line.
     *
     * @return the lines, without the file's comments
     */
    public static List<String> expectedLog() {
        try {
            return Files.readAllLines(Path.of("src/test/resources/golden/book_run_log.txt")).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
