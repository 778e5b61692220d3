package org.convlab.ui.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a student may type into a number cell: a decimal ("0.5", "-1", "1e-2", with the typographic
 * minus too) or a fraction ("1/9"), and how a value is written back for editing.
 */
final class NumberEntry {
    private static final String DECIMAL = "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern FORM = Pattern.compile("(" + DECIMAL + ")(?:\\s*/\\s*(" + DECIMAL + "))?");

    private NumberEntry() {
    }

    /**
     * Reads a typed value.
     *
     * @param text what was typed
     * @return the finite value, or NaN when the text is not a finite number
     */
    static float parse(String text) {
        Matcher m = FORM.matcher(text.trim().replace('\u2212', '-'));
        if (!m.matches()) {
            return Float.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        if (m.group(2) != null) {
            v /= Double.parseDouble(m.group(2));
        }
        float f = (float) v;
        return Float.isFinite(f) ? f : Float.NaN;
    }

    /**
     * Whether typed text is a number, but one beyond a float's range (about ±3.4e38), so the
     * student hears that it is too large rather than that it is no number.
     *
     * @param text what was typed
     * @return true for "1e40", false for "abc", "1/0" or "2"
     */
    static boolean tooLarge(String text) {
        Matcher m = FORM.matcher(text.trim().replace('\u2212', '-'));
        if (!m.matches()) {
            return false;
        }
        double v = Double.parseDouble(m.group(1));
        if (m.group(2) != null) {
            double d = Double.parseDouble(m.group(2));
            if (d == 0) {
                return false;
            }
            v /= d;
        }
        return !(Math.abs(v) <= Float.MAX_VALUE);
    }

    /**
     * The text a cell shows for editing: integers plain, others with up to four decimals, so that
     * 1/9 reads 0.1111 and 1/16 reads 0.0625.
     *
     * @param v the value
     * @return the text
     */
    static String editable(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(Float.toString(v)).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? Float.toString(v) : d.toPlainString();
    }
}
