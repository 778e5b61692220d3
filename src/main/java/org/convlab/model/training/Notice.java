package org.convlab.model.training;

import java.util.List;

/**
 * A message for the student, as a key of the {@code training} bundle and its arguments (already
 * formatted as text, so no number is shown in a form the model did not choose).
 *
 * @param severity how it is shown
 * @param key      the bundle key
 * @param args     the values for {0}, {1}, ...
 */
public record Notice(Severity severity, String key, List<String> args) {
    /** How a notice is shown. */
    public enum Severity {
        /** Good news or a hint. */
        INFO,
        /** Something the student should act on. */
        WARNING,
        /** Training cannot go on. */
        ERROR
    }

    /** Copies the arguments. */
    public Notice {
        args = List.copyOf(args);
    }

    /**
     * A notice with arguments.
     *
     * @param severity how it is shown
     * @param key      the bundle key
     * @param args     the values
     * @return the notice
     */
    public static Notice of(Severity severity, String key, String... args) {
        return new Notice(severity, key, List.of(args));
    }
}
