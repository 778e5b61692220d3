package org.convlab.core;

import java.util.Arrays;

/**
 * The vectorized kernel gradient {@code corr2d(X, E)} over a range of error rows, one strip of
 * columns at a time: tap (a, b) keeps one float lane per column and adds
 * {@code X[i + a, j + b] * E[i, j]} for two error rows per pass.
 *
 * <p>Precision: a lane sums at most {@link #BLOCK_ROWS} products in float before the lanes are
 * added into the tap's double total, so the float rounding error stays below about
 * {@code BLOCK_ROWS * 2^-24} of the sum of magnitudes, and the long sum across blocks (a million
 * terms at 1024x1024) is done in double.
 *
 * <p>One instance serves one thread of a {@link RowSplit} and keeps its buffers from one chunk of
 * rows to the next.
 */
final class GradientStrips implements RowSplit.RowJob<double[]> {
    /** Error rows summed in float lanes before they are flushed into double. */
    static final int BLOCK_ROWS = 64;
    private final float[] e;
    private final int eCols;
    private final int h;
    private final int w;
    private final int width;
    private final ShiftedRows ring;
    private final float[][] lanes;
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
        this.lanes = new float[h * w][width];
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
        for (int c0 = 0; c0 < eCols; c0 += width) {
            int n = Math.min(width, eCols - c0);
            ring.strip(c0, n);
            for (int r = from; r < from + h - 1; r++) {
                ring.load(r);
            }
            int blockRows = 0;
            for (int i = from; i < to; ) {
                if (i + 1 < to) {
                    ring.load(i + h - 1);
                    ring.load(i + h);
                    System.arraycopy(e, i * eCols + c0, e0, 0, n);
                    System.arraycopy(e, (i + 1) * eCols + c0, e1, 0, n);
                    for (int a = 0, t = 0; a < h; a++) {
                        for (int b = 0; b < w; b++, t++) {
                            TapLoops.accumulate2(lanes[t], ring.row(i + a, b), e0, ring.row(i + 1 + a, b), e1, n);
                        }
                    }
                    i += 2;
                    blockRows += 2;
                } else {
                    ring.load(i + h - 1);
                    System.arraycopy(e, i * eCols + c0, e0, 0, n);
                    for (int a = 0, t = 0; a < h; a++) {
                        for (int b = 0; b < w; b++, t++) {
                            TapLoops.accumulate1(lanes[t], ring.row(i + a, b), e0, n);
                        }
                    }
                    i++;
                    blockRows++;
                }
                if (blockRows >= BLOCK_ROWS) {
                    flush(lanes, sums, n);
                    blockRows = 0;
                }
            }
            flush(lanes, sums, n);
        }
        return sums;
    }

    /** Adds every tap's lanes into its double total and clears them. */
    static void flush(float[][] lanes, double[] sums, int n) {
        for (int t = 0; t < lanes.length; t++) {
            float[] lane = lanes[t];
            // Four independent chains: one chain would wait on the adder's latency every element.
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                s0 += lane[j];
                s1 += lane[j + 1];
                s2 += lane[j + 2];
                s3 += lane[j + 3];
            }
            for (; j < n; j++) {
                s0 += lane[j];
            }
            sums[t] += (s0 + s1) + (s2 + s3);
            Arrays.fill(lane, 0, n, 0f);
        }
    }
}
