package org.convlab.model.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.convlab.io.AtomicFile;

/**
 * The autosave that survives a crash: while there are unsaved changes the session is written here
 * every minute; a clean close deletes it, so finding it at start means the last run ended without
 * saving, and the user is offered to restore it.
 */
public final class RecoveryFile {
    private final Path path;

    /**
     * A recovery file at a given place.
     *
     * @param path where the autosave lives
     */
    public RecoveryFile(Path path) {
        this.path = path;
    }

    /**
     * The recovery file in the user's home, {@code ~/.convlab/recovery.convlab}.
     *
     * @return the user's recovery file
     */
    public static RecoveryFile forUser() {
        return new RecoveryFile(Path.of(System.getProperty("user.home"), ".convlab", "recovery.convlab"));
    }

    /**
     * Where the autosave lives.
     *
     * @return the path
     */
    public Path path() {
        return path;
    }

    /**
     * Writes the session as the recovery point, atomically.
     *
     * @param session the unsaved session
     * @throws IOException if it cannot be written (the user's work in the window is unaffected)
     */
    public void write(Session session) throws IOException {
        write(session, null);
    }

    /**
     * Writes the session as the recovery point of a document saved in a file, so that restoring it
     * brings back the document's name and Save writes to that file again.
     *
     * @param session  the unsaved session
     * @param document the file the session was opened from or last saved to; null for a new one
     * @throws IOException if it cannot be written (the user's work in the window is unaffected)
     */
    public void write(Session session, Path document) throws IOException {
        Files.createDirectories(path.getParent());
        SessionFile.save(path, session);
        if (document == null) {
            Files.deleteIfExists(documentNote());
        } else {
            AtomicFile.write(documentNote(), document.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The file of the document the recovery point belongs to.
     *
     * @return the file, if the unsaved work had one
     */
    public Optional<Path> document() {
        try {
            String text = Files.readString(documentNote(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The session left by a run that did not close cleanly.
     *
     * @return the session, if a readable recovery file exists
     */
    public Optional<Session> find() {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SessionFile.open(path));
        } catch (SessionFormatException e) {
            return Optional.empty();
        }
    }

    /** Removes the recovery point, after a save or a clean close. */
    public void delete() {
        try {
            Files.deleteIfExists(path);
            Files.deleteIfExists(documentNote());
        } catch (IOException e) {
            // A stale recovery file only means one needless offer at the next start.
        }
    }

    /** Beside the recovery point: the path of the document it belongs to. */
    private Path documentNote() {
        return path.resolveSibling(path.getFileName() + ".document");
    }
}
