package org.convlab;

import java.util.Optional;
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
        Optional<String> problem = StartupCheck.ofThisProcess().prepare();
        if (problem.isPresent()) {
            System.err.println("convlab: cannot open the window: " + problem.get());
            System.exit(1);
        }
        try {
            ConvLabApp.start(args);
        } catch (RuntimeException e) {
            // the checks above cover the known causes; anything else still gets a sentence, not a trace
            System.err.println("convlab: cannot open the window: " + rootMessage(e));
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
