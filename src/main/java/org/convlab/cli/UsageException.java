package org.convlab.cli;

/** A command line or an input that cannot be used; the CLI prints its message and exits 2. */
class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
