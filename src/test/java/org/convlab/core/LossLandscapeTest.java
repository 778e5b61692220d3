package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class LossLandscapeTest {
    private static LossLandscape chapterTask() {
        FMatrixRMaj x = Chapter.edgeImage();
        return LossLandscape.of(x, CrossCorrelation.corr2d(x, Chapter.edgeKernel()), 1, 2, false);
    }

    @Test
    void chapterTaskIsTheEllipseFifteenSSquaredPlusThreeESquared() {
        LossLandscape landscape = chapterTask();
        LossSlice slice = landscape.slice(new double[2], 0, 1);
        for (double k1 = -3; k1 <= 3; k1 += 0.25) {
            for (double k2 = -3; k2 <= 3; k2 += 0.25) {
                double s = k1 + k2;
                double e = k1 - k2 - 2;
                double expected = 15 * s * s + 3 * e * e;
                assertEquals(expected, landscape.lossAt(new double[] {k1, k2}), 1e-9, k1 + "," + k2);
                assertEquals(expected, slice.lossAt(k1, k2), 1e-9, k1 + "," + k2);
            }
        }
    }

    @Test
    void chapterTaskHasItsMinimumAtTheTrueKernel() {
        LossSlice slice = chapterTask().slice(new double[2], 0, 1);
        assertArrayEquals(new double[] {1, -1}, slice.minimum(), 1e-12);
        assertEquals(0, slice.minimumLoss(), 1e-12);
    }

    @Test
    void bookRunStartsAtTheChaptersFirstLoss() {
        LossLandscape landscape = chapterTask();
        double[] theta = landscape.parameters(KernelInit.bookRun(), 0f);
        assertEquals("4.573", String.format(java.util.Locale.ROOT, "%.3f", landscape.lossAt(theta)));
    }

    @Test
    void chapterTaskDivergesAboveOneThirtieth() {
        assertEquals(1.0 / 30, chapterTask().largestStableRate(), 1e-12);
    }

    @Test
    void stableRateMatchesWhereTrainingStartsToGrow() {
        FMatrixRMaj x = Chapter.edgeImage();
        FMatrixRMaj y = CrossCorrelation.corr2d(x, new FMatrixRMaj(2, 2, true, 1, -1, 0, 0));
        double limit = LossLandscape.of(x, y, 2, 2, true).largestStableRate();
        FMatrixRMaj k0 = new FMatrixRMaj(2, 2, true, 0.1f, -0.2f, 0.3f, 0.05f);
        double below = lastLoss(new Trainer(x, y, k0, true, 0.9 * limit), 400);
        double above = lastLoss(new Trainer(x, y, k0, true, 1.1 * limit), 400);
        org.junit.jupiter.api.Assertions.assertTrue(below < 1e-3, "below the limit the loss falls: " + below);
        org.junit.jupiter.api.Assertions.assertTrue(above > 1e3, "above it the loss grows: " + above);
    }

    private static double lastLoss(Trainer trainer, int epochs) {
        java.util.List<EpochRecord> run = trainer.run(epochs);
        return run.get(run.size() - 1).loss();
    }

    @Test
    void sampleWalksRowsFromTheTopAndColumnsFromTheLeft() {
        LossSlice slice = chapterTask().slice(new double[2], 0, 1);
        double[] grid = slice.sample(0, 2, -2, 0, 2, 2, null);
        assertEquals(slice.lossAt(0.5, -0.5), grid[0], 1e-12);
        assertEquals(slice.lossAt(1.5, -0.5), grid[1], 1e-12);
        assertEquals(slice.lossAt(0.5, -1.5), grid[2], 1e-12);
        assertEquals(slice.lossAt(1.5, -1.5), grid[3], 1e-12);
    }

    @Test
    void matchesTheLayersLossOnRandomTasksWithBias() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 30; trial++) {
            int h = 1 + random.nextInt(3);
            int w = 1 + random.nextInt(3);
            FMatrixRMaj x = randomMatrix(h + random.nextInt(5), w + random.nextInt(5), random);
            FMatrixRMaj y = randomMatrix(x.numRows - h + 1, x.numCols - w + 1, random);
            FMatrixRMaj k = randomMatrix(h, w, random);
            float b = (float) random.nextDouble(-1, 1);
            LossLandscape landscape = LossLandscape.of(x, y, h, w, true);
            double direct = new Conv2D(k, b).backward(x, y).loss();
            double[] theta = landscape.parameters(k, b);
            assertEquals(direct, landscape.lossAt(theta), 1e-4 * Math.max(1, direct));
            int first = random.nextInt(theta.length);
            int second = (first + 1 + random.nextInt(theta.length - 1)) % theta.length;
            LossSlice slice = landscape.slice(theta, first, second);
            assertEquals(direct, slice.lossAt(theta[first], theta[second]), 1e-4 * Math.max(1, direct));
        }
    }

    @Test
    void sliceHeldAtOtherValuesMovesWithThem() {
        FMatrixRMaj x = Chapter.edgeImage();
        FMatrixRMaj y = CrossCorrelation.corr2d(x, Chapter.edgeKernel());
        LossLandscape landscape = LossLandscape.of(x, y, 1, 2, true);
        double[] theta = {0.2, -0.3, 0.5};
        LossSlice overKernel = landscape.slice(theta, 0, 1);
        assertEquals(landscape.lossAt(new double[] {0.7, 0.1, 0.5}), overKernel.lossAt(0.7, 0.1), 1e-9);
        LossSlice overBias = landscape.slice(theta, 2, 0);
        assertEquals(landscape.lossAt(new double[] {-1.5, -0.3, 0.25}), overBias.lossAt(0.25, -1.5), 1e-9);
    }

    @Test
    void flatSliceHasNoMinimum() {
        FMatrixRMaj x = new FMatrixRMaj(3, 3);
        LossLandscape landscape = LossLandscape.of(x, new FMatrixRMaj(3, 2), 1, 2, false);
        assertNull(landscape.slice(new double[2], 0, 1).minimum());
        assertEquals(0, landscape.slice(new double[2], 0, 1).lossAt(3, 4), 0);
    }

    @Test
    void rejectsATargetOfTheWrongShape() {
        FMatrixRMaj x = Chapter.edgeImage();
        assertThrows(IllegalArgumentException.class, () -> LossLandscape.of(x, new FMatrixRMaj(6, 6), 1, 2, false));
        assertThrows(IllegalArgumentException.class, () -> chapterTask().slice(new double[2], 1, 1));
    }

    @Test
    void withPaddingStrideAndDilationTheFormIsTheLossTheLayerComputes() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 40; trial++) {
            FMatrixRMaj x = randomMatrix(2 + random.nextInt(9), 2 + random.nextInt(9), random);
            int h = 1 + random.nextInt(3);
            int w = 1 + random.nextInt(3);
            ConvGeometry g = new ConvGeometry(random.nextInt(3), random.nextInt(3), 1 + random.nextInt(3),
                    1 + random.nextInt(3), 1 + random.nextInt(2), 1 + random.nextInt(2));
            if (g.outputRows(x.numRows, h) < 1 || g.outputCols(x.numCols, w) < 1) {
                continue;
            }
            FMatrixRMaj y = randomMatrix(g.outputRows(x.numRows, h), g.outputCols(x.numCols, w), random);
            LossLandscape landscape = LossLandscape.of(x, y, h, w, true, g);
            FMatrixRMaj k = randomMatrix(h, w, random);
            float b = (float) random.nextDouble(-1, 1);
            double expected = new Conv2D(k, b, g).backward(x, y).loss();
            double[] theta = landscape.parameters(k, b);
            assertEquals(expected, landscape.lossAt(theta), 1e-3 * Math.max(1, expected), g + " " + h + "x" + w);
        }
    }

    private static FMatrixRMaj randomMatrix(int rows, int cols, SplittableRandom random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextDouble(-2, 2);
        }
        return m;
    }
}
