package org.convlab.core;

/**
 * The loss over two parameters u and v with the others held fixed, a quadratic
 * {@code L(u, v) = quu u^2 + 2 quv u v + qvv v^2 + 2 lu u + 2 lv v + c0}. Made by
 * {@link LossLandscape#slice}.
 *
 * @param first  the index of the parameter along u
 * @param second the index of the parameter along v
 * @param quu    the u^2 coefficient
 * @param quv    half the u v coefficient
 * @param qvv    the v^2 coefficient
 * @param lu     half the u coefficient
 * @param lv     half the v coefficient
 * @param c0     the constant
 */
public record LossSlice(int first, int second, double quu, double quv, double qvv, double lu, double lv,
                        double c0) {
    /** Below this relative determinant the quadratic counts as flat along some line. */
    private static final double SINGULAR = 1e-12;

    /**
     * The loss at a point of the slice.
     *
     * @param u the first parameter's value
     * @param v the second parameter's value
     * @return L(u, v), never below 0
     */
    public double lossAt(double u, double v) {
        double[] min = minimum();
        if (min != null) {
            return lossNearMinimum(u - min[0], v - min[1], minimumLoss(min));
        }
        return Math.max(0, quu * u * u + 2 * quv * u * v + qvv * v * v + 2 * lu * u + 2 * lv * v + c0);
    }

    /**
     * Where the slice's loss is smallest, if that is a single point: the chapter's task has its
     * minimum at the true kernel (1, -1).
     *
     * @return {u, v}, or null when the loss is flat along some direction (no unique minimum)
     */
    public double[] minimum() {
        double det = quu * qvv - quv * quv;
        if (!(quu > 0) || !(qvv > 0) || !(det > SINGULAR * quu * qvv)) {
            return null;
        }
        return new double[] {(-lu * qvv + lv * quv) / det, (-lv * quu + lu * quv) / det};
    }

    /**
     * The loss at the minimum.
     *
     * @return L at {@link #minimum()}, or NaN when there is no unique minimum
     */
    public double minimumLoss() {
        double[] min = minimum();
        return min == null ? Double.NaN : minimumLoss(min);
    }

    /**
     * The loss on a grid of points, row by row, the first row at {@code vMax} (top of a picture)
     * and the first column at {@code uMin}; each value is taken at the center of its grid cell.
     *
     * @param uMin    left edge
     * @param uMax    right edge
     * @param vMin    bottom edge
     * @param vMax    top edge
     * @param columns grid columns, at least 1
     * @param rows    grid rows, at least 1
     * @param out     where to write, at least rows*columns long; {@code null} allocates
     * @return the values, {@code out} if it was given
     */
    public double[] sample(double uMin, double uMax, double vMin, double vMax, int columns, int rows,
                           double[] out) {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a grid needs at least 1x1 points, not " + columns + "x" + rows);
        }
        double[] values = out == null ? new double[columns * rows] : out;
        double[] min = minimum();
        double floor = min == null ? 0 : minimumLoss(min);
        double du = (uMax - uMin) / columns;
        double dv = (vMax - vMin) / rows;
        for (int i = 0; i < rows; i++) {
            double v = vMax - (i + 0.5) * dv;
            for (int j = 0; j < columns; j++) {
                double u = uMin + (j + 0.5) * du;
                values[i * columns + j] = min == null ? lossAt(u, v) : lossNearMinimum(u - min[0], v - min[1], floor);
            }
        }
        return values;
    }

    private double minimumLoss(double[] min) {
        return Math.max(0, c0 + lu * min[0] + lv * min[1]);
    }

    /** Writing L around its minimum keeps small losses accurate: no large terms cancel. */
    private double lossNearMinimum(double du, double dv, double floor) {
        return floor + quu * du * du + 2 * quv * du * dv + qvv * dv * dv;
    }
}
