package org.convlab.model.training;

/**
 * The square window of parameter space the landscape shows, the same scale on both axes so the
 * loss's ellipses keep their true shape.
 *
 * @param uMin left edge (first parameter)
 * @param uMax right edge
 * @param vMin bottom edge (second parameter)
 * @param vMax top edge
 */
public record LandscapeFrame(double uMin, double uMax, double vMin, double vMax) {
    private static final double MARGIN = 0.35;
    private static final double SMALLEST_SPAN = 0.5;

    /**
     * The smallest square window around the given points, with a margin.
     *
     * @param us first coordinates of the points (finite ones count)
     * @param vs second coordinates
     * @return the window
     */
    public static LandscapeFrame around(double[] us, double[] vs) {
        double uLo = Double.POSITIVE_INFINITY;
        double uHi = Double.NEGATIVE_INFINITY;
        double vLo = Double.POSITIVE_INFINITY;
        double vHi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < us.length; i++) {
            if (Double.isFinite(us[i]) && Double.isFinite(vs[i])) {
                uLo = Math.min(uLo, us[i]);
                uHi = Math.max(uHi, us[i]);
                vLo = Math.min(vLo, vs[i]);
                vHi = Math.max(vHi, vs[i]);
            }
        }
        if (uLo > uHi) {
            uLo = -1;
            uHi = 1;
            vLo = -1;
            vHi = 1;
        }
        double span = Math.max(SMALLEST_SPAN, Math.max(uHi - uLo, vHi - vLo)) * (1 + 2 * MARGIN);
        double uMid = (uLo + uHi) / 2;
        double vMid = (vLo + vHi) / 2;
        return new LandscapeFrame(uMid - span / 2, uMid + span / 2, vMid - span / 2, vMid + span / 2);
    }

    /**
     * Whether a point lies inside.
     *
     * @param u first coordinate
     * @param v second coordinate
     * @return true inside or on the edge
     */
    public boolean contains(double u, double v) {
        return u >= uMin && u <= uMax && v >= vMin && v <= vMax;
    }
}
