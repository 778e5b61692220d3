package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PooledLossTest {
    /** The loss in double, by the definitions: corr2d, then the window's max or mean (padding -inf or 0). */
    private static double loss(double[][] x, double[][] k, double b, PoolWindow w, PoolMode mode, FMatrixRMaj z) {
        int yr = x.length - k.length + 1;
        int yc = x[0].length - k[0].length + 1;
        double[][] y = new double[yr][yc];
        for (int i = 0; i < yr; i++) {
            for (int j = 0; j < yc; j++) {
                double s = b;
                for (int a = 0; a < k.length; a++) {
                    for (int c = 0; c < k[0].length; c++) {
                        s += x[i + a][j + c] * k[a][c];
                    }
                }
                y[i][j] = s;
            }
        }
        double loss = 0;
        for (int i = 0; i < w.outputRows(yr); i++) {
            for (int j = 0; j < w.outputCols(yc); j++) {
                double best = Double.NEGATIVE_INFINITY;
                double sum = 0;
                for (int a = 0; a < w.rows(); a++) {
                    for (int c = 0; c < w.cols(); c++) {
                        int r = i * w.strideRows() - w.padRows() + a;
                        int q = j * w.strideCols() - w.padCols() + c;
                        boolean inside = r >= 0 && q >= 0 && r < yr && q < yc;
                        if (inside) {
                            best = Math.max(best, y[r][q]);
                            sum += y[r][q];
                        }
                    }
                }
                double v = mode == PoolMode.MAX ? best : sum / (w.rows() * w.cols());
                double d = v - z.get(i, j);
                loss += d * d;
            }
        }
        return loss;
    }

    private static double[][] grid(FMatrixRMaj m) {
        double[][] g = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                g[i][j] = m.get(i, j);
            }
        }
        return g;
    }

    private static FMatrixRMaj random(Random r, int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) r.nextGaussian();
        }
        return m;
    }

    @ParameterizedTest
    @EnumSource(PoolMode.class)
    void theGradientThroughPoolingMatchesFiniteDifferences(PoolMode mode) {
        Random r = new Random(7 + mode.ordinal());
        for (PoolWindow w : new PoolWindow[] {PoolWindow.sliding(2, 2), PoolWindow.of(2, 2),
            new PoolWindow(3, 3, 2, 2, 1, 1), new PoolWindow(2, 3, 1, 2, 1, 0)}) {
            FMatrixRMaj x = random(r, 7, 8);
            FMatrixRMaj k = random(r, 2, 3);
            float bias = 0.3f;
            FMatrixRMaj y = CrossCorrelation.corr2d(x, k, bias, null);
            FMatrixRMaj z = random(r, w.outputRows(y.numRows), w.outputCols(y.numCols));
            LossGradient g = PooledLoss.of(x, y, z, 2, 3, ConvGeometry.VALID, w, mode);
            double[][] xs = grid(x);
            double[][] ks = grid(k);
            assertEquals(loss(xs, ks, bias, w, mode, z), g.loss(), 1e-4 * Math.max(1, g.loss()), w.toString());
            double eps = 1e-5;
            for (int a = 0; a < 2; a++) {
                for (int c = 0; c < 3; c++) {
                    ks[a][c] += eps;
                    double up = loss(xs, ks, bias, w, mode, z);
                    ks[a][c] -= 2 * eps;
                    double down = loss(xs, ks, bias, w, mode, z);
                    ks[a][c] += eps;
                    double numeric = (up - down) / (2 * eps);
                    assertEquals(numeric, g.kernelGrad().get(a, c), 1e-3 * Math.max(1, Math.abs(numeric)),
                            mode + " " + w + " dK[" + a + ", " + c + "]");
                }
            }
            double numericBias = (loss(xs, ks, bias + eps, w, mode, z) - loss(xs, ks, bias - eps, w, mode, z))
                    / (2 * eps);
            assertEquals(numericBias, g.biasGrad(), 1e-3 * Math.max(1, Math.abs(numericBias)));
        }
    }

    @Test
    void maxPoolingAtTheZeroKernelSendsTheGradientToTheTiedWinnersOnly() {
        // every window of the zero kernel's Y ties at 0, and its first cell wins: the error of Z's
        // first two columns (the edge) reaches 10 of Y's 42 cells
        PoolWindow w = PoolWindow.sliding(2, 2);
        FMatrixRMaj y = CrossCorrelation.corr2d(Chapter.edgeImage(), Chapter.edgeKernel(), 0, null);
        FMatrixRMaj z = Pooling.pool2d(y, w, PoolMode.MAX, null);
        FMatrixRMaj zeroY = new FMatrixRMaj(6, 7);
        LossGradient g = PooledLoss.of(Chapter.edgeImage(), zeroY, z, 1, 2, ConvGeometry.VALID, w, PoolMode.MAX);
        assertEquals(10, PooledLoss.routedCells(g.error()));
        assertEquals(10.0, g.loss());
        // dK[0, b] = 2 sum of -1 times X[i, j + b] over the routed cells (i, 0) and (i, 1), i < 5
        assertArrayEquals(new float[] {-20, -10}, g.kernelGrad().data);
    }

    @Test
    void aPooledTrainerLearnsTheEdgeKernelBackFromZWithAveragePooling() {
        PoolWindow w = PoolWindow.sliding(2, 2);
        FMatrixRMaj y = CrossCorrelation.corr2d(Chapter.edgeImage(), Chapter.edgeKernel(), 0, null);
        FMatrixRMaj z = Pooling.pool2d(y, w, PoolMode.AVG, null);
        Trainer t = Trainer.pooled(Chapter.edgeImage(), z, new FMatrixRMaj(1, 2, true, 0.2f, 0.1f), false, 0.05,
                ConvGeometry.VALID, w, PoolMode.AVG);
        java.util.List<EpochRecord> run = t.run(400);
        assertTrue(run.get(run.size() - 1).loss() < 1e-6 * run.get(0).loss(), "loss " + run.get(run.size() - 1).loss());
        assertArrayEquals(new float[] {1, -1}, t.kernel().data, 1e-3f);
    }

    @Test
    void aPooledTrainerRefusesATargetOfAnotherShapeAndAWindowLargerThanY() {
        FMatrixRMaj x = Chapter.edgeImage();
        FMatrixRMaj k = new FMatrixRMaj(1, 2);
        assertThrows(IllegalArgumentException.class, () -> Trainer.pooled(x, new FMatrixRMaj(6, 7), k, false, 0.03,
                ConvGeometry.VALID, PoolWindow.sliding(2, 2), PoolMode.MAX));
        assertThrows(IllegalArgumentException.class, () -> Trainer.pooled(x, new FMatrixRMaj(1, 1), k, false, 0.03,
                ConvGeometry.VALID, PoolWindow.of(7, 7), PoolMode.MAX));
    }
}
