package org.convlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.convlab.Version;
import org.convlab.io.VisibleText;

/**
 * The headless {@code convlab} commands. Exit codes: 0 success, 2 bad command line or input (one
 * line on stderr, {@code convlab: ...}; also when standard output cannot be written), 3 training
 * diverged, 1 an internal fault.
 */
public final class ConvLabCli {
    /** Exit code for a bad command line or bad input. */
    public static final int USAGE = 2;
    private static final List<Command> COMMANDS = List.of(new Corr2dCommand(), new TrainCommand(), new D2lCommand(),
            new PoolCommand());

    private ConvLabCli() {
    }

    /**
     * Whether the arguments select a headless command rather than the window.
     *
     * @param args the program's arguments
     * @return true unless the arguments are empty, name a session file or ask for --measure
     */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && !(args.length == 1 && (args[0].endsWith(".convlab") || args[0].equals("--measure")));
    }

    /**
     * Runs a command line.
     *
     * @param args the program's arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
                out.println(usage());
                return outputKept(out, err, args.length == 0 ? USAGE : 0);
            }
            if (args[0].equals("--version")) {
                if (args.length > 1) {
                    throw new UsageException("--version takes no arguments, not " + VisibleText.quote(args[1]));
                }
                out.println(Version.describe());
                return outputKept(out, err, 0);
            }
            Command command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst()
                    .orElseThrow(() -> new UsageException("unknown command " + VisibleText.quote(args[0])
                            + "; commands: corr2d, train, d2l, pool"));
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            try {
                return outputKept(out, err, command.run(rest, out, err));
            } catch (HelpRequest e) {
                out.println(command.help());
                return outputKept(out, err, 0);
            }
        } catch (OutputLost e) {
            err.println("convlab: " + e.getMessage());
            return USAGE;
        } catch (UsageException e) {
            out.flush();
            err.println("convlab: " + e.getMessage());
            return USAGE;
        } catch (OutOfMemoryError e) {
            err.println("convlab: not enough memory for this input (the Java heap holds at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
            return USAGE;
        } catch (IOException | RuntimeException e) {
            out.flush();
            err.println("convlab: internal error: " + VisibleText.escaped(String.valueOf(e)) + " (please report it)");
            return 1;
        }
    }

    /**
     * The exit code, unless standard output lost what was printed (a full disk, a closed pipe):
     * PrintStream swallows write errors, so they are asked for here, once everything is flushed.
     */
    private static int outputKept(PrintStream out, PrintStream err, int code) {
        if (out.checkError()) {
            err.println("convlab: " + OutputLost.MESSAGE);
            return USAGE;
        }
        return code;
    }

    /**
     * The general usage text.
     *
     * @return several lines
     */
    public static String usage() {
        return String.join("\n",
                "usage: convlab [FILE.convlab]          open the ConvLab window",
                "       convlab corr2d --input X --kernel K [--bias B] [--output Y]",
                "                      [--padding P] [--stride S] [--dilation D]",
                "       convlab train --input X --target Y (--kernel-shape HxW [--seed N] | --init K0)",
                "                     [--lr 0.03] [--epochs 10] [--bias] [--log LOG.csv]",
                "                     [--padding P] [--stride S] [--dilation D]",
                "       convlab d2l [SECTION]            replay a D2L section (6.2 by default, 6.3, 6.4, 6.5)",
                "       convlab pool --input X --size PH[xPW] [--stride S|SH,SW] [--padding P|PH,PW]",
                "                    [--mode max|avg] [--output Y]",
                "       convlab --measure                open the window, measure startup, paint latency"
                        + " and memory, print them",
                "       convlab --version | --help | COMMAND --help");
    }
}
