package org.convlab.cli;

/**
 * {@code --help} in an option's place: the command prints its help instead of running. It is a
 * usage exception so that every command, parsing its options first, gets it without doing work.
 */
final class HelpRequest extends UsageException {
    private static final long serialVersionUID = 1L;

    HelpRequest() {
        super("--help");
    }
}
