package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

/**
 * Puts a NaN or an infinity in each input row in turn, at a column that moves with the row, and
 * checks that a forward job reports it whichever way the rows are split: the watched rows of
 * {@link CorrelationStrips#watched} must see every input row.
 */
final class NonFiniteInputs {
    /** {H, W, h, w}: square and flat kernels, one kernel row, and a row wider than one strip. */
    private static final int[][] SHAPES = {{40, 64, 3, 3}, {37, 90, 5, 2}, {30, 1700, 9, 9}, {26, 70, 1, 4}};

    /** Makes the forward job under test over x (xCols wide) and k (h x w) into y (outCols wide). */
    interface Forward {
        RowSplit.RowJob<Boolean> job(float[] x, int xCols, float[] k, int h, int w, float[] y, int outCols);
    }

    private NonFiniteInputs() {
    }

    static void assertEveryRowShows(Forward forward, Random random) {
        for (int[] s : SHAPES) {
            int rows = s[0] - s[2] + 1;
            int cols = s[1] - s[3] + 1;
            float[] k = values(random, s[2] * s[3]);
            for (int r = 0; r < s[0]; r++) {
                float[] x = values(random, s[0] * s[1]);
                int c = (r * 37) % s[1];
                x[r * s[1] + c] = r % 2 == 0 ? Float.NaN : Float.NEGATIVE_INFINITY;
                for (int parts = 1; parts <= 4; parts++) {
                    float[] y = new float[rows * cols];
                    List<Boolean> finite = RowSplit.run(rows, parts, () -> forward.job(x, s[1], k, s[2], s[3], y, cols));
                    assertTrue(finite.contains(false), s[0] + "x" + s[1] + " / " + s[2] + "x" + s[3]
                            + ", bad cell at " + r + "," + c + ", parts " + parts);
                }
            }
        }
    }

    private static float[] values(Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextFloat() * 2 - 1;
        }
        return v;
    }
}
