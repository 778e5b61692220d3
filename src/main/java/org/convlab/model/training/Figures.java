package org.convlab.model.training;

import java.util.Locale;
import org.convlab.io.MatrixText;

/** How the training pane writes numbers: never NaN, never a wall of digits. */
public final class Figures {
    private Figures() {
    }

    /**
     * A loss: 3 decimals like the chapter, scientific when that would hide it or be too long.
     *
     * @param loss the loss
     * @return "4.573", "2.31e-05", "8.20e+07", or "—" when it is not a finite number
     */
    public static String loss(double loss) {
        if (!Double.isFinite(loss)) {
            return "—";
        }
        double a = Math.abs(loss);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.2e", loss);
        }
        return MatrixText.fixed(loss, 3);
    }

    /**
     * A learning rate or tolerance: up to 4 significant digits, no trailing zeros.
     *
     * @param v the value
     * @return "0.03", "0.0333", "1e-06"
     */
    public static String rate(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (v != 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e6)) {
            return String.format(Locale.ROOT, "%.3g", v).replaceFirst("\\.?0+e", "e");
        }
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
        return s;
    }

    /**
     * A parameter value as the pane shows it beside a cell: 4 decimals.
     *
     * @param v the value
     * @return "0.9852", or "—" when it is not finite
     */
    public static String parameter(double v) {
        return Double.isFinite(v) ? MatrixText.fixed(v, 4) : "—";
    }
}
