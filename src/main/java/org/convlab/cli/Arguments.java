package org.convlab.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.convlab.io.CsvMatrixReader;

/**
 * The options of one command: {@code --name value}, {@code --name=value} and flags. An option that
 * takes a value takes the next argument whatever it looks like, so {@code --bias -0.5} works.
 */
final class Arguments {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private Arguments() {
    }

    /**
     * Parses a command's arguments.
     *
     * @param command     the command's name, for messages
     * @param args        the arguments after the command
     * @param valued      options that take a value
     * @param flagOptions options that take none
     * @return the parsed options
     * @throws UsageException for an unknown, repeated or incomplete option or a stray argument
     */
    static Arguments parse(String command, String[] args, Set<String> valued, Set<String> flagOptions)
            throws UsageException {
        Arguments a = new Arguments();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException(command + ": unexpected argument '" + arg + "'; see 'convlab " + command
                        + " --help'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (flagOptions.contains(name)) {
                if (eq >= 0) {
                    throw new UsageException(command + ": " + name + " takes no value");
                }
                a.flags.add(name);
            } else if (valued.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException(command + ": " + name + " needs a value");
                }
                if (a.values.put(name, value) != null) {
                    throw new UsageException(command + ": " + name + " is given twice");
                }
            } else {
                throw new UsageException(command + ": unknown option '" + name + "'; see 'convlab " + command
                        + " --help'");
            }
        }
        return a;
    }

    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }

    String get(String name) {
        return values.get(name);
    }

    String require(String command, String name, String what) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException(command + ": " + name + " " + what + " is required");
        }
        return v;
    }

    double positiveDouble(String command, String name, double fallback) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        double d = number(command, name, v);
        if (!(d > 0)) {
            throw new UsageException(command + ": " + name + " must be a positive number, not " + v);
        }
        return d;
    }

    double number(String command, String name, String v) throws UsageException {
        String t = v.strip();
        if (CsvMatrixReader.isDecimal(t)) {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw new UsageException(command + ": " + name + " must be a number, not '" + v + "'");
    }

    int positiveInt(String command, String name, int fallback) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": " + name + " must be a whole number, not '" + v + "'");
        }
        if (n < 1) {
            throw new UsageException(command + ": " + name + " must be at least 1, not " + n);
        }
        return n;
    }
}
