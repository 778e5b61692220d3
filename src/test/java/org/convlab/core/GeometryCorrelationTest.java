package org.convlab.core;

import static org.convlab.support.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.convlab.support.Reference;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** corr2d and its kernel gradient with padding, stride and dilation against the plain reference loops. */
class GeometryCorrelationTest {
    /**
     * {H, W, h, w, ph, pw, sh, sw, dh, dw}: large enough for the strips, several strips per row, and
     * the split across cores; the benchmark's two cases among them.
     */
    private static final int[][] LARGE = {
        {1024, 1024, 3, 3, 1, 1, 1, 1, 1, 1}, {1024, 1024, 3, 3, 0, 0, 2, 2, 1, 1},
        {1024, 1024, 3, 3, 1, 1, 2, 2, 1, 1}, {300, 301, 5, 4, 2, 3, 1, 3, 2, 1},
        {40, 700, 11, 11, 5, 5, 1, 1, 2, 2}, {12, 2300, 5, 5, 2, 2, 3, 1, 1, 1},
        {130, 200, 1, 1, 3, 0, 4, 1, 1, 1}, {64, 90, 7, 2, 0, 6, 2, 5, 3, 4},
    };

    private final Random random = new Random(20261204);

    @Test
    void randomShapesMatchTheReferenceWithin1e4Relative() {
        int checked = 0;
        while (checked < 300) {
            int[] s = randomShape();
            ConvGeometry g = geometry(s);
            if (g.outputRows(s[0], s[2]) < 1 || g.outputCols(s[1], s[3]) < 1) {
                continue;
            }
            assertMatchesReference(s);
            checked++;
        }
    }

    @Test
    void largeShapesMatchTheReferenceWithin1e4Relative() {
        for (int[] s : LARGE) {
            assertMatchesReference(s);
        }
    }

    @Test
    void fastPathIsBitIdenticalToTheTapByTapFloatLoop() {
        for (int[] s : LARGE) {
            FMatrixRMaj x = Reference.random(random, s[0], s[1]);
            FMatrixRMaj k = Reference.random(random, s[2], s[3]);
            ConvGeometry g = geometry(s);
            FMatrixRMaj y = CrossCorrelation.corr2d(x, k, 0.375f, g, null);
            for (int i = 0; i < y.numRows; i++) {
                for (int j = 0; j < y.numCols; j++) {
                    float cell = 0.375f;
                    for (int a = 0; a < s[2]; a++) {
                        for (int b = 0; b < s[3]; b++) {
                            int r = i * s[6] + a * s[8] - s[4];
                            int c = j * s[7] + b * s[9] - s[5];
                            float v = r >= 0 && r < s[0] && c >= 0 && c < s[1] ? x.get(r, c) : 0f;
                            cell += k.get(a, b) * v;
                        }
                    }
                    assertEquals(cell, y.get(i, j), 0f);
                }
            }
        }
    }

    @Test
    void kernelGradientMatchesTheReference() {
        for (int n = 0; n < 150; n++) {
            int[] s = n < LARGE.length ? LARGE[n] : randomShape();
            ConvGeometry g = geometry(s);
            if (g.outputRows(s[0], s[2]) < 1 || g.outputCols(s[1], s[3]) < 1) {
                continue;
            }
            FMatrixRMaj x = Reference.random(random, s[0], s[1]);
            FMatrixRMaj e = Reference.random(random, g.outputRows(s[0], s[2]), g.outputCols(s[1], s[3]));
            FMatrixRMaj grad = GeometryCorrelation.kernelGradient(x, e, s[2], s[3], g, null);
            double[][] expected = Reference.kernelGradient(x, toDouble(e), s[2], s[3], s[4], s[5], s[6], s[7],
                    s[8], s[9]);
            double[][] magnitude = Reference.kernelGradient(abs(x), toDouble(abs(e)), s[2], s[3], s[4], s[5], s[6],
                    s[7], s[8], s[9]);
            for (int a = 0; a < s[2]; a++) {
                for (int b = 0; b < s[3]; b++) {
                    // relative to the value, with a floor at 1e-8 of the terms' magnitude for sums that cancel
                    double tolerance = 1e-4 * Math.max(Math.abs(expected[a][b]), 1e-4 * magnitude[a][b]) + 1e-12;
                    assertEquals(expected[a][b], grad.get(a, b), tolerance, g + " tap " + a + "," + b);
                }
            }
        }
    }

    @Test
    void layerBackwardGivesLossKernelAndBiasGradientsWithGeometry() {
        ConvGeometry g = new ConvGeometry(1, 2, 2, 1, 1, 2);
        FMatrixRMaj x = Reference.random(random, 9, 11);
        FMatrixRMaj k = Reference.random(random, 3, 2);
        FMatrixRMaj target = Reference.random(random, g.outputRows(9, 3), g.outputCols(11, 2));
        LossGradient lg = new Conv2D(k, 0.25f, g).backward(x, target);
        double[][] y = Reference.corr2d(x, k, 0.25, 1, 2, 2, 1, 1, 2);
        double[][] e = new double[y.length][y[0].length];
        double loss = 0;
        double errorSum = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                e[i][j] = y[i][j] - target.get(i, j);
                loss += e[i][j] * e[i][j];
                errorSum += e[i][j];
            }
        }
        assertClose(loss, lg.loss(), 1e-4, "loss");
        assertClose(2 * errorSum, lg.biasGrad(), 1e-4, "db");
        assertClose(matrix(Reference.kernelGradient(x, e, 3, 2, 1, 2, 2, 1, 1, 2)), lg.kernelGrad(), 1e-4, "dK");
    }

    @Test
    void validGeometryTakesTheChaptersPathAndWritesIntoTheGivenOutput() {
        FMatrixRMaj x = Reference.random(random, 40, 50);
        FMatrixRMaj k = Reference.random(random, 3, 3);
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        assertSame(out, CrossCorrelation.corr2d(x, k, 0.5f, ConvGeometry.VALID, out));
        assertArrayEquals(CrossCorrelation.corr2d(x, k, 0.5f, null).data, out.data, 0f);
        FMatrixRMaj padded = new FMatrixRMaj(1, 1);
        assertSame(padded, CrossCorrelation.corr2d(x, k, 0.5f, new ConvGeometry(1, 1, 1, 1, 1, 1), padded));
        assertEquals(40, padded.numRows);
        assertEquals(50, padded.numCols);
    }

    @Test
    void paddingLetsTheKernelBeLargerThanTheInput() {
        FMatrixRMaj x = new FMatrixRMaj(new float[][] {{2}});
        FMatrixRMaj k = new FMatrixRMaj(new float[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        FMatrixRMaj y = CrossCorrelation.corr2d(x, k, 0f, new ConvGeometry(1, 1, 1, 1, 1, 1), null);
        assertArrayEquals(new float[] {10}, y.data, 0f);
    }

    @Test
    void emptyOutputIsRefusedWithTheShapes() {
        FMatrixRMaj x = Reference.random(random, 4, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossCorrelation.corr2d(x, Reference.random(random, 3, 3), 0f, new ConvGeometry(0, 0, 1, 1, 2, 1),
                        null));
        assertEquals("kernel 3x3 over input 4x4 with padding 0,0, stride 1,1, dilation 2,1 gives an empty output"
                + " (0x2); the dilated kernel spans 5x3 but the padded input is only 4x4", e.getMessage());
    }

    @Test
    void nonFiniteInputIsRefusedWhetherOrNotAWindowReadsIt() {
        ConvGeometry stride3 = new ConvGeometry(0, 0, 3, 3, 1, 1);
        for (int[] cell : new int[][] {{0, 0}, {1, 2}, {2, 2}, {40, 40}, {39, 39}}) {
            FMatrixRMaj x = Reference.random(random, 41, 41);
            x.set(cell[0], cell[1], Float.NaN);
            // 2x2 windows three apart never read rows and columns 2, 5, 8, ...
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CrossCorrelation.corr2d(x, Reference.random(random, 2, 2), 0f, stride3, null));
            assertEquals("the input has NaN at row " + cell[0] + ", column " + cell[1]
                    + "; every value must be a finite number", e.getMessage());
        }
        FMatrixRMaj big = Reference.random(random, 200, 200);
        big.set(117, 3, Float.POSITIVE_INFINITY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrossCorrelation.corr2d(
                big, Reference.random(random, 3, 3), 0f, new ConvGeometry(1, 1, 1, 1, 1, 1), null));
        assertTrue(e.getMessage().startsWith("the input has Infinity at row 117, column 3"), e.getMessage());
    }

    @Test
    void nonFiniteKernelOrBiasIsRefused() {
        FMatrixRMaj x = Reference.random(random, 5, 5);
        FMatrixRMaj k = Reference.random(random, 2, 2);
        ConvGeometry g = new ConvGeometry(1, 1, 2, 2, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> CrossCorrelation.corr2d(x, k, Float.NaN, g, null));
        k.set(1, 1, Float.NEGATIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, () -> CrossCorrelation.corr2d(x, k, 0f, g, null));
    }

    private void assertMatchesReference(int[] s) {
        FMatrixRMaj x = Reference.random(random, s[0], s[1]);
        FMatrixRMaj k = Reference.random(random, s[2], s[3]);
        float bias = random.nextFloat() - 0.5f;
        ConvGeometry g = geometry(s);
        FMatrixRMaj y = CrossCorrelation.corr2d(x, k, bias, g, null);
        double[][] expected = Reference.corr2d(x, k, bias, s[4], s[5], s[6], s[7], s[8], s[9]);
        assertClose(matrix(expected), y, 1e-4, x.numRows + "x" + x.numCols + " * " + k.numRows + "x" + k.numCols
                + " " + g);
    }

    private int[] randomShape() {
        return new int[] {1 + random.nextInt(30), 1 + random.nextInt(40), 1 + random.nextInt(6), 1 + random.nextInt(6),
            random.nextInt(4), random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(3),
            1 + random.nextInt(3)};
    }

    private static ConvGeometry geometry(int[] s) {
        return new ConvGeometry(s[4], s[5], s[6], s[7], s[8], s[9]);
    }

    static FMatrixRMaj matrix(double[][] d) {
        FMatrixRMaj m = new FMatrixRMaj(d.length, d[0].length);
        for (int i = 0; i < d.length; i++) {
            for (int j = 0; j < d[0].length; j++) {
                m.set(i, j, (float) d[i][j]);
            }
        }
        return m;
    }

    private static double[][] toDouble(FMatrixRMaj m) {
        double[][] d = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                d[i][j] = m.get(i, j);
            }
        }
        return d;
    }

    private static FMatrixRMaj abs(FMatrixRMaj m) {
        FMatrixRMaj a = m.copy();
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = Math.abs(a.data[i]);
        }
        return a;
    }
}
