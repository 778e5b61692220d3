package org.convlab.cli;

import java.io.IOException;

/** Standard output stopped taking what a command prints; the command stops rather than work on. */
final class OutputLost extends IOException {
    static final String MESSAGE = "standard output cannot be written (the disk is full or the reader has gone);"
            + " the output is lost";
    private static final long serialVersionUID = 1L;

    OutputLost() {
        super(MESSAGE);
    }

    /**
     * Throws when standard output has failed.
     *
     * @param out standard output
     * @throws OutputLost if a write to it failed
     */
    static void check(java.io.PrintStream out) throws OutputLost {
        if (out.checkError()) {
            throw new OutputLost();
        }
    }
}
