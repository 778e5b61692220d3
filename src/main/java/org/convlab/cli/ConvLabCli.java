package org.convlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.convlab.Version;

/**
 * The headless {@code convlab} commands. Exit codes: 0 success, 2 bad command line or input (one
 * line on stderr, {@code convlab: ...}), 3 training diverged, 1 an internal fault.
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
                return args.length == 0 ? USAGE : 0;
            }
            if (args[0].equals("--version")) {
                out.println(Version.describe());
                return 0;
            }
            Command command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst()
                    .orElseThrow(() -> new UsageException("unknown command '" + args[0] + "'; commands: corr2d, train, d2l, pool"));
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            if (Arrays.asList(rest).contains("--help")) {
                out.println(command.help());
                return 0;
            }
            int code = command.run(rest, out);
            out.flush();
            return code;
        } catch (UsageException e) {
            out.flush();
            err.println("convlab: " + e.getMessage());
            return USAGE;
        } catch (IOException | RuntimeException e) {
            out.flush();
            err.println("convlab: internal error: " + e + " (please report it)");
            return 1;
        }
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
                "       convlab train --input X --target Y (--kernel-shape HxW [--seed N] | --init K0)",
                "                     [--lr 0.03] [--epochs 10] [--bias] [--log LOG.csv]",
                "       convlab d2l                      replay D2L section 6.2",
                "       convlab pool --input X --size PH[xPW] [--stride S|SH,SW] [--padding P|PH,PW]",
                "                    [--mode max|avg] [--output Y]",
                "       convlab --measure                open the window, measure startup, paint latency"
                        + " and memory, print them",
                "       convlab --version | --help | COMMAND --help");
    }
}
