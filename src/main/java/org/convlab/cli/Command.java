package org.convlab.cli;

import java.io.IOException;
import java.io.PrintStream;

/** One {@code convlab} command. */
interface Command {
    /** The word that selects it. */
    String name();

    /** The text {@code --help} prints. */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @param out  standard output
     * @param err  standard error, for what is said about a run that is not its result
     * @return the exit code
     * @throws UsageException for a bad command line or bad input (exit 2)
     * @throws IOException    for a failed write
     */
    int run(String[] args, PrintStream out, PrintStream err) throws UsageException, IOException;
}
