package org.convlab.model.session;

/** A session file that cannot be opened; the message says which file and what is wrong. */
public final class SessionFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A refusal.
     *
     * @param file the file's name
     * @param what what is wrong, for the user
     */
    public SessionFormatException(String file, String what) {
        super(file + ": " + what);
    }
}
