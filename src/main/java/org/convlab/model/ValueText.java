package org.convlab.model;

import org.convlab.io.MatrixText;

/**
 * How ConvLab writes a number for people: integers without decimals, others with two, and a
 * typographic minus sign where a value stands inside arithmetic.
 */
public final class ValueText {
    private static final char MINUS = '\u2212';

    private ValueText() {
    }

    /**
     * The plain text of a value, as written in a heatmap cell.
     *
     * @param v the value
     * @return "3", "-1", "0.25"
     */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        return MatrixText.fixed(v, 2);
    }

    /**
     * The value as it stands in a sum: a typographic minus, negatives in parentheses.
     *
     * @param v the value
     * @return "1", "(\u22121)", "0.5"
     */
    public static String term(double v) {
        String s = plain(v);
        return s.startsWith("-") ? "(" + MINUS + s.substring(1) + ")" : s;
    }

    /**
     * The value with a typographic minus and no parentheses, as the result of a sum.
     *
     * @param v the value
     * @return "1", "\u22121"
     */
    public static String result(double v) {
        String s = plain(v);
        return s.startsWith("-") ? MINUS + s.substring(1) : s;
    }
}
