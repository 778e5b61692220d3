package org.convlab.ui.heatmap;

import javafx.scene.paint.Color;
import org.ejml.data.FMatrixRMaj;

/**
 * The diverging colormap of every heatmap: negative blue, zero white, positive red, symmetric
 * around 0. Its stops are ColorBrewer's RdBu (11 classes), designed to be perceptually even and
 * readable with the common forms of color blindness.
 */
public final class DivergingColormap {
    private static final int[] STOPS = {
        0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7,
        0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f,
    };
    private static final int TABLE_SIZE = 1024;
    private static final int[] ARGB = table();

    private DivergingColormap() {
    }

    /**
     * The color of a value on a scale symmetric around 0.
     *
     * @param value the value
     * @param scale the magnitude that gets the darkest color (values beyond are clamped); a
     *              non-positive scale paints everything white
     * @return an opaque ARGB int
     */
    public static int argb(double value, double scale) {
        if (!(scale > 0) || !Double.isFinite(value)) {
            return ARGB[TABLE_SIZE / 2];
        }
        double t = Math.max(-1, Math.min(1, value / scale));
        int i = (int) Math.round((t + 1) / 2 * (TABLE_SIZE - 1));
        return ARGB[i];
    }

    /**
     * The colors of many values at once, for drawing a large matrix as an image: the same colors as
     * {@link #argb}, with the division hoisted out of the loop.
     *
     * @param values the values, not modified
     * @param from   the first value to color
     * @param n      how many to color
     * @param scale  the symmetric scale
     * @param out    receives n opaque ARGB ints
     * @param at     where in out the first goes
     */
    public static void fill(float[] values, int from, int n, double scale, int[] out, int at) {
        if (!(scale > 0)) {
            java.util.Arrays.fill(out, at, at + n, ARGB[TABLE_SIZE / 2]);
            return;
        }
        double half = (TABLE_SIZE - 1) / 2.0;
        double toIndex = half / scale;
        int last = TABLE_SIZE - 1;
        for (int i = 0; i < n; i++) {
            float v = values[from + i];
            // x >= 0, so (int) (x + 0.5) rounds exactly as argb's Math.round does
            double x = Math.max(-scale, Math.min(scale, v)) * toIndex + half;
            out[at + i] = Float.isFinite(v) ? ARGB[Math.min(last, (int) (x + 0.5))] : ARGB[TABLE_SIZE / 2];
        }
    }

    /**
     * The color of a value as a JavaFX color.
     *
     * @param value the value
     * @param scale the symmetric scale
     * @return the color
     */
    public static Color color(double value, double scale) {
        int c = argb(value, scale);
        return Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
    }

    /**
     * Whether text over this value's color should be white for contrast.
     *
     * @param value the value
     * @param scale the symmetric scale
     * @return true on dark cells
     */
    public static boolean needsLightText(double value, double scale) {
        return scale > 0 && Math.abs(value / scale) > 0.6;
    }

    /**
     * The symmetric scale for a matrix: its largest magnitude, but never below a floor, so that a
     * matrix of zeros (or of tiny values) does not look saturated.
     *
     * @param m     the matrix, not modified
     * @param least the smallest scale to use, positive
     * @return the scale
     */
    public static double scaleFor(FMatrixRMaj m, double least) {
        double max = least;
        for (int i = 0; i < m.getNumElements(); i++) {
            max = Math.max(max, Math.abs(m.data[i]));
        }
        return max;
    }

    private static int[] table() {
        int[] t = new int[TABLE_SIZE];
        for (int i = 0; i < TABLE_SIZE; i++) {
            double pos = (double) i / (TABLE_SIZE - 1) * (STOPS.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(STOPS.length - 1, lo + 1);
            double f = pos - lo;
            t[i] = 0xff000000 | mix(STOPS[lo], STOPS[hi], f, 16) | mix(STOPS[lo], STOPS[hi], f, 8)
                    | mix(STOPS[lo], STOPS[hi], f, 0);
        }
        return t;
    }

    private static int mix(int a, int b, double f, int shift) {
        int ca = (a >> shift) & 0xff;
        int cb = (b >> shift) & 0xff;
        return ((int) Math.round(ca + (cb - ca) * f)) << shift;
    }
}
