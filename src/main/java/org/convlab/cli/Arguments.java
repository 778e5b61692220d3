package org.convlab.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.convlab.io.CsvMatrixReader;
import org.convlab.io.VisibleText;

/**
 * The options of one command: {@code --name value}, {@code --name=value} and flags. An option that
 * takes a value takes the next argument unless it is another option's name or {@code --help}, so
 * {@code --bias -0.5} works and {@code --input --help} says the value is missing. {@code --help}
 * anywhere an option may stand asks for the command's help.
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
     * @throws UsageException for an unknown, repeated or incomplete option or a stray argument; a
     *                        {@link HelpRequest} for --help
     */
    static Arguments parse(String command, String[] args, Set<String> valued, Set<String> flagOptions)
            throws UsageException {
        Arguments a = new Arguments();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help")) {
                throw new HelpRequest();
            }
            if (!arg.startsWith("--")) {
                throw new UsageException(command + ": unexpected argument " + VisibleText.quote(arg) + "; see 'convlab "
                        + command + " --help'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (flagOptions.contains(name)) {
                if (eq >= 0) {
                    throw new UsageException(command + ": " + name + " takes no value");
                }
                if (!a.flags.add(name)) {
                    throw new UsageException(command + ": " + name + " is given twice");
                }
            } else if (valued.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length && !isOption(args[i + 1], valued, flagOptions)) {
                    value = args[++i];
                } else {
                    throw new UsageException(command + ": " + name + " needs a value");
                }
                if (a.values.put(name, value) != null) {
                    throw new UsageException(command + ": " + name + " is given twice");
                }
            } else {
                throw new UsageException(command + ": unknown option " + VisibleText.quote(name) + "; see 'convlab "
                        + command + " --help'");
            }
        }
        return a;
    }

    /** An option's name where a value should be: the value was forgotten ("--input --help"). */
    private static boolean isOption(String arg, Set<String> valued, Set<String> flagOptions) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return arg.equals("--help") || valued.contains(name) || flagOptions.contains(name);
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

    /**
     * A file named by an option, as a path this system can open.
     *
     * @throws UsageException for an empty name or one the file system's encoding cannot hold
     */
    Path path(String command, String name, String value) throws UsageException {
        if (value.isEmpty()) {
            throw new UsageException(command + ": " + name + " needs a file name, not ''");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(command + ": " + name + " " + VisibleText.quote(value) + " cannot be a file name"
                    + " here: the locale's encoding (" + System.getProperty("sun.jnu.encoding") + ") cannot hold it;"
                    + " run with a UTF-8 locale, for example LC_ALL=C.UTF-8");
        }
    }

    /** The path of an option's file, or null when the option is absent. */
    Path path(String command, String name) throws UsageException {
        String v = values.get(name);
        return v == null ? null : path(command, name, v);
    }

    /**
     * A learning rate: a positive number that stays positive and finite in float32, where the update
     * is computed.
     */
    double learningRate(String command, String name, double fallback) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        double d = number(command, name, v);
        if (!(d > 0)) {
            throw new UsageException(command + ": " + name + " must be a positive number, not " + shown(v));
        }
        if ((float) d == 0f || !Float.isFinite((float) d)) {
            throw new UsageException(command + ": " + name + " " + VisibleText.quote(v) + " is outside float32 (from "
                    + Float.MIN_VALUE + " to " + Float.MAX_VALUE + "), where the update is computed");
        }
        return d;
    }

    /** A number that must fit in a float. */
    float floatValue(String command, String name, String v) throws UsageException {
        double d = number(command, name, v);
        if (!Float.isFinite((float) d)) {
            throw new UsageException(command + ": " + name + " " + VisibleText.quote(v) + " is too large for a float"
                    + " (at most " + Float.MAX_VALUE + ")");
        }
        return (float) d;
    }

    /** A value that parsed as a number, quoted only when it is long. */
    private static String shown(String v) {
        String t = v.strip();
        return t.length() <= VisibleText.QUOTED_CHARS ? t : VisibleText.quote(t);
    }

    double number(String command, String name, String v) throws UsageException {
        String t = v.strip();
        if (t.length() <= CsvMatrixReader.MAX_NUMBER_CHARS && CsvMatrixReader.isDecimal(t)) {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) {
                return d;
            }
            throw new UsageException(command + ": " + name + " " + VisibleText.quote(v) + " is too large (at most "
                    + Double.MAX_VALUE + ")");
        }
        throw new UsageException(command + ": " + name + " must be a number, not " + VisibleText.quote(v));
    }

    int positiveInt(String command, String name, int fallback, int max) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        String t = v.strip();
        if (t.isEmpty() || t.length() > 12 || !t.matches("[+-]?\\d+")) {
            throw new UsageException(command + ": " + name + " must be a whole number, not " + VisibleText.quote(v));
        }
        long n = Long.parseLong(t);
        if (n < 1 || n > max) {
            throw new UsageException(command + ": " + name + " must be from 1 to " + max + ", not " + n);
        }
        return (int) n;
    }
}
