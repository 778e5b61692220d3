package org.convlab.core;

/**
 * The vectorized kernel gradient {@code corr2d(X, E)} over a range of error rows, one strip of
 * columns at a time: tap (a, b) keeps one float lane per column (see {@link GradientLanes} for the
 * precision) and adds {@code X[i + a, j + b] * E[i, j]} for two error rows per pass.
 *
 * <p>One instance serves one thread of a {@link RowSplit} and keeps its buffers from one chunk of
 * rows to the next.
 */
final class GradientStrips implements RowSplit.RowJob<double[]> {
    private final float[] e;
    private final int eCols;
    private final int h;
    private final int w;
    private final int width;
    private final ShiftedRows ring;
    private final GradientLanes lanes;
    private final float[] e0;
    private final float[] e1;

    /**
     * A job over the error map e ({@code eCols} wide) and the input x; neither is copied.
     */
    GradientStrips(float[] x, int xCols, float[] e, int eCols, int h, int w) {
        this.e = e;
        this.eCols = eCols;
        this.h = h;
        this.w = w;
        this.width = CorrelationStrips.stripWidth(eCols, (h + 1) * w + h * w);
        this.ring = new ShiftedRows(x, xCols, h + 1, w, width);
        this.lanes = new GradientLanes(h * w, width);
        this.e0 = new float[width];
        this.e1 = new float[width];
    }

    /**
     * The sums {@code sum_i sum_j X[i + a, j + b] * E[i, j]} over error rows {@code from .. to - 1},
     * in row-major tap order, in a new array (the float lanes start and end clear).
     */
    @Override
    public double[] rows(int from, int to) {
        double[] sums = new double[h * w];
        float[][] lane = lanes.lanes();
        for (int c0 = 0; c0 < eCols; c0 += width) {
            int n = Math.min(width, eCols - c0);
            ring.strip(c0, n);
            for (int r = from; r < from + h - 1; r++) {
                ring.load(r);
            }
            for (int i = from; i < to; ) {
                if (i + 1 < to) {
                    ring.load(i + h - 1);
                    ring.load(i + h);
                    System.arraycopy(e, i * eCols + c0, e0, 0, n);
                    System.arraycopy(e, (i + 1) * eCols + c0, e1, 0, n);
                    for (int a = 0, t = 0; a < h; a++) {
                        for (int b = 0; b < w; b++, t++) {
                            TapLoops.accumulate2(lane[t], ring.row(i + a, b), e0, ring.row(i + 1 + a, b), e1, n);
                        }
                    }
                    i += 2;
                    lanes.added(2, sums, n);
                } else {
                    ring.load(i + h - 1);
                    System.arraycopy(e, i * eCols + c0, e0, 0, n);
                    for (int a = 0, t = 0; a < h; a++) {
                        for (int b = 0; b < w; b++, t++) {
                            TapLoops.accumulate1(lane[t], ring.row(i + a, b), e0, n);
                        }
                    }
                    i++;
                    lanes.added(1, sums, n);
                }
            }
            lanes.flush(sums, n);
        }
        return sums;
    }
}
