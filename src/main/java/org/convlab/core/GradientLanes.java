package org.convlab.core;

import java.util.Arrays;

/**
 * The float lanes of the vectorized kernel gradient: tap t keeps one float per column of a strip,
 * and the strips add input times error into them (see {@link TapLoops#accumulate1}). A lane sums at
 * most {@link #BLOCK_ROWS} error rows in float before {@link #flush} adds it into the tap's double
 * total, so the float rounding error stays below about {@code BLOCK_ROWS * 2^-24} of the sum of
 * magnitudes, and the long sum across blocks (a million terms at 1024x1024) is done in double.
 */
final class GradientLanes {
    /** Error rows summed in float lanes before they are flushed into double. */
    static final int BLOCK_ROWS = 64;

    private final float[][] lanes;
    private int blockRows;

    /**
     * @param taps  the kernel's tap count
     * @param width the widest strip
     */
    GradientLanes(int taps, int width) {
        this.lanes = new float[taps][width];
    }

    /** The lanes, one per tap in row-major order, each {@code width} long. */
    float[][] lanes() {
        return lanes;
    }

    /**
     * Counts error rows just added to the first n cells of the lanes, flushing them into sums once
     * {@link #BLOCK_ROWS} have come in.
     */
    void added(int rows, double[] sums, int n) {
        blockRows += rows;
        if (blockRows >= BLOCK_ROWS) {
            flush(sums, n);
        }
    }

    /** Adds the first n cells of every tap's lane into its double total and clears them. */
    void flush(double[] sums, int n) {
        blockRows = 0;
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
