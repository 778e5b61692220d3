package org.convlab;

import org.convlab.cli.ConvLabCli;
import org.convlab.ui.ConvLabApp;

/** The launcher's entry point: a command runs headless, no command (or a session file) opens the window. */
public final class Main {
    private Main() {
    }

    /**
     * Runs ConvLab.
     *
     * @param args a command and its options, a {@code .convlab} file, or nothing
     */
    public static void main(String[] args) {
        if (ConvLabCli.isCommandLine(args)) {
            System.exit(ConvLabCli.run(args, System.out, System.err));
        }
        try {
            ConvLabApp.start(args);
        } catch (RuntimeException e) {
            System.err.println("convlab: cannot open the window (" + rootMessage(e) + "); the window needs a"
                    + " graphical desktop. The headless commands work anywhere: convlab --help");
            System.exit(1);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
