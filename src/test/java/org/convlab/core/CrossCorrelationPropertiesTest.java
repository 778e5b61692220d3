package org.convlab.core;

import static org.convlab.support.Close.assertClose;

import java.util.Random;
import java.util.stream.LongStream;
import org.convlab.support.Reference;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of corr2d on random shapes (each seed draws a new input and kernel shape). */
class CrossCorrelationPropertiesTest {
    private static final double TOL = 1e-4;

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    private record Case(FMatrixRMaj x, FMatrixRMaj k, float bias) {
    }

    private static Case draw(long seed) {
        Random r = new Random(seed);
        int rows = 1 + r.nextInt(seed % 5 == 0 ? 70 : 12);
        int cols = 1 + r.nextInt(seed % 7 == 0 ? 70 : 12);
        int h = 1 + r.nextInt(Math.min(rows, 11));
        int w = 1 + r.nextInt(Math.min(cols, 11));
        return new Case(Reference.random(r, rows, cols), Reference.random(r, h, w), (float) r.nextGaussian());
    }

    private static FMatrixRMaj fromDouble(double[][] y) {
        FMatrixRMaj m = new FMatrixRMaj(y.length, y[0].length);
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                m.set(i, j, (float) y[i][j]);
            }
        }
        return m;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void equalsThePlainLoop(long seed) {
        Case c = draw(seed);
        assertClose(fromDouble(Reference.corr2d(c.x, c.k, c.bias)), CrossCorrelation.corr2d(c.x, c.k, c.bias, null),
                TOL, "corr2d");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void isLinearInTheInputAndInTheKernel(long seed) {
        Case c = draw(seed);
        Random r = new Random(~seed);
        FMatrixRMaj x2 = Reference.random(r, c.x.numRows, c.x.numCols);
        FMatrixRMaj k2 = Reference.random(r, c.k.numRows, c.k.numCols);
        float a = 1.5f;
        float b = -0.75f;
        FMatrixRMaj xs = new FMatrixRMaj(c.x.numRows, c.x.numCols);
        CommonOps_FDRM.add(a, c.x, b, x2, xs);
        FMatrixRMaj expected = new FMatrixRMaj(1, 1);
        CommonOps_FDRM.add(a, CrossCorrelation.corr2d(c.x, c.k), b, CrossCorrelation.corr2d(x2, c.k), expected);
        assertClose(expected, CrossCorrelation.corr2d(xs, c.k), TOL, "linear in X");

        FMatrixRMaj ks = new FMatrixRMaj(c.k.numRows, c.k.numCols);
        CommonOps_FDRM.add(a, c.k, b, k2, ks);
        CommonOps_FDRM.add(a, CrossCorrelation.corr2d(c.x, c.k), b, CrossCorrelation.corr2d(c.x, k2), expected);
        assertClose(expected, CrossCorrelation.corr2d(c.x, ks), TOL, "linear in K");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void transposingInputAndKernelTransposesTheOutput(long seed) {
        Case c = draw(seed);
        FMatrixRMaj viaTranspose = CrossCorrelation.corr2d(CommonOps_FDRM.transpose(c.x, null),
                CommonOps_FDRM.transpose(c.k, null));
        assertClose(CommonOps_FDRM.transpose(CrossCorrelation.corr2d(c.x, c.k), null), viaTranspose, TOL,
                "corr2d(X^T, K^T)");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matrixFormGivesTheSameOutput(long seed) {
        Case drawn = draw(seed);
        // W has (H-h+1)(W-w+1) x HW cells: keep the input at most 20x20 so it stays small
        FMatrixRMaj x = CommonOps_FDRM.extract(drawn.x, 0, Math.min(drawn.x.numRows, 20), 0,
                Math.min(drawn.x.numCols, 20));
        Case c = new Case(x, drawn.k, drawn.bias);
        FMatrixRMaj w = CorrelationMatrix.of(c.x.numRows, c.x.numCols, c.k);
        FMatrixRMaj vecX = new FMatrixRMaj(c.x.getNumElements(), 1, true, c.x.data);
        FMatrixRMaj vecY = new FMatrixRMaj(w.numRows, 1);
        CommonOps_FDRM.mult(w, vecX, vecY);
        FMatrixRMaj y = CrossCorrelation.corr2d(c.x, c.k);
        assertClose(new FMatrixRMaj(y.getNumElements(), 1, true, y.data), vecY, TOL, "W vec(X)");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matrixFormWithPaddingStrideAndDilationGivesTheSameOutput(long seed) {
        Random r = new Random(seed);
        FMatrixRMaj x = Reference.random(r, 1 + r.nextInt(12), 1 + r.nextInt(12));
        FMatrixRMaj k = Reference.random(r, 1 + r.nextInt(4), 1 + r.nextInt(4));
        ConvGeometry g = new ConvGeometry(r.nextInt(3), r.nextInt(3), 1 + r.nextInt(3), 1 + r.nextInt(3),
                1 + r.nextInt(2), 1 + r.nextInt(2));
        if (g.outputRows(x.numRows, k.numRows) < 1 || g.outputCols(x.numCols, k.numCols) < 1) {
            g = new ConvGeometry(k.numRows * 2, k.numCols * 2, g.strideRows(), g.strideCols(), g.dilationRows(),
                    g.dilationCols());
        }
        FMatrixRMaj w = CorrelationMatrix.of(x.numRows, x.numCols, k, g);
        FMatrixRMaj vecY = new FMatrixRMaj(w.numRows, 1);
        CommonOps_FDRM.mult(w, new FMatrixRMaj(x.getNumElements(), 1, true, x.data), vecY);
        FMatrixRMaj y = CrossCorrelation.corr2d(x, k, 0f, g, null);
        assertClose(new FMatrixRMaj(y.getNumElements(), 1, true, y.data), vecY, TOL, "W vec(X) with " + g);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void gradientMatchesFiniteDifferences(long seed) {
        Case c = draw(seed);
        Random r = new Random(seed * 31);
        FMatrixRMaj y = CrossCorrelation.corr2d(c.x, c.k);
        FMatrixRMaj target = Reference.random(r, y.numRows, y.numCols);
        LossGradient g = new Conv2D(c.k, c.bias).backward(c.x, target);
        double eps = 1e-3;
        for (int i = 0; i < c.k.getNumElements(); i++) {
            FMatrixRMaj plus = c.k.copy();
            FMatrixRMaj minus = c.k.copy();
            plus.data[i] += (float) eps;
            minus.data[i] -= (float) eps;
            double stepPlus = plus.data[i] - (double) c.k.data[i];
            double stepMinus = (double) c.k.data[i] - minus.data[i];
            double numeric = (Reference.loss(c.x, plus, c.bias, target) - Reference.loss(c.x, minus, c.bias, target))
                    / (stepPlus + stepMinus);
            assertClose(numeric, g.kernelGrad().data[i], 1e-2, "dL/dK[" + i + "]");
        }
        double numericBias = (Reference.loss(c.x, c.k, c.bias + eps, target)
                - Reference.loss(c.x, c.k, c.bias - eps, target)) / (2 * eps);
        assertClose(numericBias, g.biasGrad(), 1e-2, "dL/db");
    }
}
