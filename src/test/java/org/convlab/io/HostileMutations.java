package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

/**
 * Seeded mutations of valid files, for the loaders' fuzz tests: the pieces that broke them once
 * (a byte order mark, invisible spaces, huge exponents, deep nesting, endless digits, extreme
 * header fields) spliced into, cut out of or overwritten on a good file.
 */
public final class HostileMutations {
    /** A hang guard, not a speed test: a loader that takes this long on one input is stuck. */
    public static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static final String[] PIECES = {
        "\ufeff", "\u00a0", "\u200b", "\0", "\n", "\r", "\r\n", ",", " ", "\t", "#", "-", "+", "e", "E", ".", "1e39",
        "-1e39", "1e-400", "1.9E-1000000", "1e1000000", "9".repeat(2000), "NaN", "Infinity", "-Infinity", "[", "]",
        "{", "}", "\"", ":", "[".repeat(3000), "{\"a\":".repeat(2000), "1".repeat(50_000), "1".repeat(50_000) + "x",
        "-1", "0", "0x10", "\ud800", "ü", "null", "true", "\"\"", "3e38", "-3e38", "1/0", "'", "(", ")", "\\",
    };

    private HostileMutations() {
    }

    /**
     * A text mutated one to four times.
     *
     * @param r    the seeded generator
     * @param seed a valid file's text
     * @return the mutated text
     */
    public static String mutate(Random r, String seed) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(s.length() + 1);
            switch (r.nextInt(6)) {
                case 0, 1 -> s.insert(at, PIECES[r.nextInt(PIECES.length)]);
                case 2 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(20)));
                case 3 -> s.setLength(at);
                case 4 -> {
                    int end = Math.min(s.length(), at + 1 + r.nextInt(40));
                    s.insert(at, s.substring(at, end).repeat(1 + r.nextInt(50)));
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, PIECES[r.nextInt(PIECES.length)].charAt(0));
                    }
                }
            }
        }
        return s.toString();
    }

    /**
     * Bytes mutated one to four times: flipped, overwritten with extreme 32-bit values, cut,
     * or with pieces spliced in.
     *
     * @param r    the seeded generator
     * @param seed a valid file's bytes
     * @return the mutated bytes
     */
    public static byte[] mutate(Random r, byte[] seed) {
        byte[] b = seed.clone();
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(5)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> {
                    int[] extremes = {0x7fffffff, 0xffffffff, 0x80000000, 0, 0xffff, 0x10000};
                    int v = extremes[r.nextInt(extremes.length)];
                    for (int i = 0; i < 4 && at + i < b.length; i++) {
                        b[at + i] = (byte) (v >>> (8 * i));
                    }
                }
                case 2 -> b = java.util.Arrays.copyOf(b, Math.max(1, at));
                case 3 -> b[at] = (byte) new int[] {0, 0xff, 0x7f, 0x80, '-', '(', ',', ')'}[r.nextInt(8)];
                default -> {
                    String text = new String(b, StandardCharsets.ISO_8859_1);
                    b = mutate(r, text).getBytes(StandardCharsets.ISO_8859_1);
                }
            }
        }
        return b;
    }

    /** Runs one load under the hang guard; a failure other than the loader's own propagates. */
    public static void load(int input, Loader loader) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            String message = loader.load();
            if (message != null) {
                assertFalse(message.contains("\n") || message.contains("\r"), "input " + input
                        + ": the message takes more than one line: " + message);
            }
        }, () -> "input " + input + " hangs");
    }

    /** One load: returns the loader's own message when it refuses the input, null when it accepts it. */
    @FunctionalInterface
    public interface Loader {
        /**
         * Loads.
         *
         * @return the refusal's message, or null
         * @throws Throwable anything else, which fails the test
         */
        String load() throws Throwable;
    }
}
