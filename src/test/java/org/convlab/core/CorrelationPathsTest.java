package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of corr2d and of the kernel gradient against plain reference loops written here,
 * on random shapes (after BoofCV's CompareToStandardConvolution).
 */
class CorrelationPathsTest {
    /** {H, W, h, w}: degenerate, chapter-sized, one-strip, many-strip and split-across-cores cases. */
    private static final int[][] SHAPES = {
        {1, 1, 1, 1}, {1, 40, 1, 1}, {1, 40, 1, 7}, {40, 1, 5, 1}, {37, 1, 37, 1}, {1, 29, 1, 29},
        {6, 8, 1, 2}, {6, 8, 6, 8}, {33, 47, 33, 47}, {19, 64, 3, 3}, {64, 19, 4, 2}, {50, 70, 2, 9},
        {128, 128, 5, 5}, {97, 513, 11, 11}, {300, 301, 7, 6}, {24, 900, 3, 1}, {12, 2300, 11, 11},
        {30, 1700, 9, 9}, {1100, 1100, 3, 3},
    };

    private final Random random = new Random(20240605);

    @Test
    void forwardIsBitIdenticalToTheSequentialLoop() {
        for (int[] s : SHAPES) {
            FMatrixRMaj x = random(s[0], s[1]);
            FMatrixRMaj k = random(s[2], s[3]);
            float bias = random.nextFloat() - 0.5f;
            float[] expected = referenceForward(x, k, bias);
            FMatrixRMaj y = CrossCorrelation.corr2d(x, k, bias, null);
            assertEquals(s[0] - s[2] + 1, y.numRows);
            assertEquals(s[1] - s[3] + 1, y.numCols);
            assertArrayEquals(expected, y.data, 0f, () -> shape(s));
        }
    }

    @Test
    void plainAndVectorPathsAgreeOnEveryShape() {
        for (int[] s : SHAPES) {
            FMatrixRMaj x = random(s[0], s[1]);
            FMatrixRMaj k = random(s[2], s[3]);
            int rows = s[0] - s[2] + 1;
            int cols = s[1] - s[3] + 1;
            float[] plain = new float[rows * cols];
            float[] strips = new float[rows * cols];
            assertTrue(ValidCorrelation.computePlain(x.data, s[1], k.data, s[2], s[3], 0.25f, plain, rows, cols));
            assertTrue(new CorrelationStrips(x.data, s[1], k.data, s[2], s[3], 0.25f, strips, cols).rows(0, rows));
            assertArrayEquals(plain, strips, 0f, () -> shape(s));
        }
    }

    @Test
    void rowsSplitIntoAnyNumberOfPartsGiveTheSameOutput() {
        FMatrixRMaj x = random(203, 157);
        FMatrixRMaj k = random(4, 6);
        int rows = 200;
        int cols = 152;
        float[] whole = new float[rows * cols];
        new CorrelationStrips(x.data, 157, k.data, 4, 6, 0f, whole, cols).rows(0, rows);
        for (int parts = 2; parts <= 7; parts++) {
            float[] split = new float[rows * cols];
            List<Boolean> finite = RowSplit.run(rows, parts,
                    () -> new CorrelationStrips(x.data, 157, k.data, 4, 6, 0f, split, cols));
            assertEquals(RowSplit.chunks(rows, parts), finite.size());
            assertArrayEquals(whole, split, 0f, "parts " + parts);
        }
    }

    @Test
    void kernelGradientMatchesTheDoubleReferenceWithin1e4Relative() {
        for (int[] s : SHAPES) {
            FMatrixRMaj x = random(s[0], s[1]);
            FMatrixRMaj e = random(s[0] - s[2] + 1, s[1] - s[3] + 1);
            assertGradientClose(x, e, s[2], s[3], shape(s));
        }
    }

    @Test
    void kernelGradientOfPositiveDataIsRelativelyExactToo() {
        // No cancellation: every entry is a large positive sum, so 1e-4 relative is the whole story.
        FMatrixRMaj x = positive(1030, 1030);
        FMatrixRMaj e = positive(1020, 1020);
        FMatrixRMaj grad = Conv2D.kernelGradient(x, e, 11, 11, null);
        double[] reference = referenceGradient(x, e, 11, 11);
        for (int t = 0; t < reference.length; t++) {
            assertEquals(reference[t], grad.data[t], 1e-4 * reference[t], "tap " + t);
        }
    }

    @Test
    void gradientPartsSplitAnywhereAddUpToTheWhole() {
        FMatrixRMaj x = random(90, 120);
        FMatrixRMaj e = random(88, 116);
        double[] whole = new GradientStrips(x.data, 120, e.data, 116, 3, 5).rows(0, 88);
        for (int parts = 2; parts <= 5; parts++) {
            double[] sum = new double[15];
            for (double[] part : RowSplit.run(88, parts,
                    () -> new GradientStrips(x.data, 120, e.data, 116, 3, 5))) {
                for (int t = 0; t < sum.length; t++) {
                    sum[t] += part[t];
                }
            }
            for (int t = 0; t < sum.length; t++) {
                assertEquals(whole[t], sum[t], 1e-4 * Math.abs(whole[t]) + 1e-9, "parts " + parts);
            }
        }
    }

    @Test
    void nonFiniteInputInTheVectorPathGetsTheSameMessageAsBefore() {
        FMatrixRMaj x = random(300, 300);
        x.set(299, 298, Float.NaN);
        x.set(299, 299, Float.POSITIVE_INFINITY);
        FMatrixRMaj k = random(3, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossCorrelation.corr2d(x, k, 0f, null));
        assertEquals("the input has NaN at row 299, column 298; every value must be a finite number",
                e.getMessage());
    }

    @Test
    void infinityUnderAZeroTapIsStillCaught() {
        FMatrixRMaj x = random(200, 200);
        x.set(0, 0, Float.NEGATIVE_INFINITY);
        FMatrixRMaj k = new FMatrixRMaj(3, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossCorrelation.corr2d(x, k, 0f, null));
        assertEquals("the input has -Infinity at row 0, column 0; every value must be a finite number",
                e.getMessage());
    }

    @Test
    void checksKeepTheirOrderWhenSeveralFail() {
        FMatrixRMaj x = random(4, 4);
        x.set(1, 2, Float.NaN);
        FMatrixRMaj k = random(5, 5);
        k.set(0, 0, Float.POSITIVE_INFINITY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossCorrelation.corr2d(x, k, Float.NaN, null));
        assertEquals("the input has NaN at row 1, column 2; every value must be a finite number", e.getMessage());
        FMatrixRMaj fine = random(4, 4);
        e = assertThrows(IllegalArgumentException.class, () -> CrossCorrelation.corr2d(fine, random(2, 2),
                Float.POSITIVE_INFINITY, null));
        assertEquals("the bias is Infinity; it must be a finite number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CrossCorrelation.corr2d(fine, random(5, 1)));
        assertTrue(e.getMessage().startsWith("kernel 5x1 is taller than input 4x4"), e.getMessage());
    }

    @Test
    void aNonFiniteInputInAnyRowOrColumnShowsInTheWatchedRowsOfEverySplit() {
        NonFiniteInputs.assertEveryRowShows(
                (x, xCols, k, h, w, y, outCols) -> new CorrelationStrips(x, xCols, k, h, w, 0f, y, outCols), random);
    }

    @Test
    void theWatchedRowsAreEveryKernelHeightAndTheLast() {
        List<Integer> watched = new ArrayList<>();
        for (int i = 10; i < 20; i++) {
            if (CorrelationStrips.watched(i, 10, 20, 3)) {
                watched.add(i);
            }
        }
        assertEquals(List.of(10, 13, 16, 19), watched);
    }

    @Test
    void overflowOfFiniteValuesIsNotAnInputError() {
        for (int size : new int[] {6, 400}) {
            FMatrixRMaj x = new FMatrixRMaj(size, size);
            java.util.Arrays.fill(x.data, 3e38f);
            FMatrixRMaj k = new FMatrixRMaj(2, 2);
            java.util.Arrays.fill(k.data, 2f);
            FMatrixRMaj out = new FMatrixRMaj(1, 1);
            FMatrixRMaj y = CrossCorrelation.corr2d(x, k, 0f, out);
            assertSame(out, y);
            assertEquals(Float.POSITIVE_INFINITY, y.get(0, 0));
            assertFalse(ValidCorrelation.compute(x, k, 0f, y));
        }
    }

    @Test
    void theChaptersTrainingStepIsUnchangedByTheFastPaths() {
        FMatrixRMaj x = Chapter.exampleInput();
        FMatrixRMaj k = Chapter.exampleKernel();
        FMatrixRMaj e = CrossCorrelation.corr2d(x, k);
        double[] reference = referenceGradient(x, e, 2, 2);
        // an output given to reuse is reshaped to the kernel's shape
        FMatrixRMaj grad = Conv2D.kernelGradient(x, e, 2, 2, new FMatrixRMaj(5, 5));
        assertEquals(2, grad.numRows);
        assertEquals(2, grad.numCols);
        for (int t = 0; t < 4; t++) {
            assertEquals((float) reference[t], grad.data[t], 0f);
        }
    }

    private void assertGradientClose(FMatrixRMaj x, FMatrixRMaj e, int h, int w, String what) {
        FMatrixRMaj grad = Conv2D.kernelGradient(x, e, h, w, null);
        double[] reference = referenceGradient(x, e, h, w);
        double[] magnitude = referenceMagnitude(x, e, h, w);
        for (int t = 0; t < reference.length; t++) {
            // Relative to the value, with a floor at 1e-4 of the terms' magnitude for sums that cancel.
            double tolerance = 1e-4 * Math.max(Math.abs(reference[t]), 1e-4 * magnitude[t]);
            assertEquals(reference[t], grad.data[t], tolerance, what + " tap " + t);
        }
    }

    /** 2 * sum X[i + a, j + b] * E[i, j], in double. */
    private static double[] referenceGradient(FMatrixRMaj x, FMatrixRMaj e, int h, int w) {
        double[] g = new double[h * w];
        for (int a = 0; a < h; a++) {
            for (int b = 0; b < w; b++) {
                double sum = 0;
                for (int i = 0; i < e.numRows; i++) {
                    for (int j = 0; j < e.numCols; j++) {
                        sum += (double) x.get(i + a, j + b) * e.get(i, j);
                    }
                }
                g[a * w + b] = 2 * sum;
            }
        }
        return g;
    }

    private static double[] referenceMagnitude(FMatrixRMaj x, FMatrixRMaj e, int h, int w) {
        double[] m = new double[h * w];
        for (int a = 0; a < h; a++) {
            for (int b = 0; b < w; b++) {
                for (int i = 0; i < e.numRows; i++) {
                    for (int j = 0; j < e.numCols; j++) {
                        m[a * w + b] += 2 * Math.abs((double) x.get(i + a, j + b) * e.get(i, j));
                    }
                }
            }
        }
        return m;
    }

    /** y = bias, then y += K[a, b] * X[i + a, j + b] tap by tap in row-major order, in float. */
    private static float[] referenceForward(FMatrixRMaj x, FMatrixRMaj k, float bias) {
        int rows = x.numRows - k.numRows + 1;
        int cols = x.numCols - k.numCols + 1;
        float[] y = new float[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                float s = bias;
                for (int a = 0; a < k.numRows; a++) {
                    for (int b = 0; b < k.numCols; b++) {
                        s += k.get(a, b) * x.get(i + a, j + b);
                    }
                }
                y[i * cols + j] = s;
            }
        }
        return y;
    }

    private FMatrixRMaj random(int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextGaussian();
        }
        return m;
    }

    private FMatrixRMaj positive(int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = 0.5f + random.nextFloat();
        }
        return m;
    }

    private static String shape(int[] s) {
        List<String> parts = new ArrayList<>();
        parts.add(s[0] + "x" + s[1]);
        parts.add(s[2] + "x" + s[3]);
        return String.join(" / ", parts);
    }
}
