package org.convlab.ui.training;

/**
 * The colors of the loss landscape: matplotlib's viridis, dark violet at the lowest loss to
 * yellow at the highest, even in lightness and readable with the common color blindnesses. The
 * loss is drawn in bands, like filled contours, so its level sets show as ellipses.
 */
final class LandscapePalette {
    private static final int[] STOPS = {
        0x440154, 0x482878, 0x3e4a89, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725,
    };
    /** Bands from the minimum to the top of the window. */
    static final int BANDS = 14;
    /** How many decades below the window's loss range the lowest band reaches. */
    private static final double DECADES = 3.5;

    private LandscapePalette() {
    }

    /**
     * Colors a grid of loss values in place of an ARGB buffer. Bands are spaced evenly in
     * log(L - L_min), so the narrow valley near the minimum gets as many bands as the steep walls.
     *
     * @param loss the values, not modified
     * @param argb where the colors go, as long as loss
     */
    static void paint(double[] loss, int[] argb) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : loss) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double range = hi - lo;
        if (!(range > 0)) {
            java.util.Arrays.fill(argb, 0, loss.length, 0xff000000 | STOPS[0]);
            return;
        }
        double floor = range * Math.pow(10, -DECADES);
        double logLo = Math.log10(floor);
        double logHi = Math.log10(range + floor);
        for (int i = 0; i < loss.length; i++) {
            double v = Double.isFinite(loss[i]) ? loss[i] : hi;
            double t = (Math.log10(v - lo + floor) - logLo) / (logHi - logLo);
            int band = (int) Math.min(BANDS - 1, Math.max(0, Math.floor(t * BANDS)));
            argb[i] = color((band + 0.5) / BANDS);
        }
    }

    /** The palette at t in [0, 1], interpolated between the stops. */
    static int color(double t) {
        double pos = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) pos);
        double f = pos - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - f) + ((b >> 16) & 0xff) * f);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - f) + ((b >> 8) & 0xff) * f);
        int bl = (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
        return 0xff000000 | (r << 16) | (g << 8) | bl;
    }
}
