package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static Trainer chapterTask(double lr) {
        FMatrixRMaj x = Chapter.edgeImage();
        return new Trainer(x, CrossCorrelation.corr2d(x, Chapter.edgeKernel()), KernelInit.bookRun(), false, lr);
    }

    @Test
    void recordsLossBeforeAndKernelAfterEachUpdate() {
        Trainer t = chapterTask(0.03);
        FMatrixRMaj k0 = t.kernel();
        EpochRecord first = t.step();
        assertEquals(1, first.epoch());
        Conv2D atStart = new Conv2D(k0, 0);
        LossGradient g = atStart.backward(Chapter.edgeImage(),
                CrossCorrelation.corr2d(Chapter.edgeImage(), Chapter.edgeKernel()));
        assertEquals(g.loss(), first.loss(), 1e-9);
        assertArrayEquals(g.kernelGrad().data, first.kernelGrad().data, 1e-6f);
        for (int i = 0; i < 2; i++) {
            assertEquals(k0.data[i] - 0.03f * g.kernelGrad().data[i], first.kernel().data[i], 1e-6);
        }
        assertArrayEquals(first.kernel().data, t.kernel().data);
    }

    @Test
    void chapterTaskDivergesAboveOneThirtieth() {
        Trainer t = chapterTask(0.04);
        List<EpochRecord> records = t.run(200);
        assertEquals(TrainingStatus.DIVERGED, t.status());
        assertTrue(records.size() < 200, "stopped early");
        for (float k : t.kernel().data) {
            assertTrue(Float.isFinite(k), "parameters stay finite");
        }
        assertThrows(IllegalStateException.class, t::step);
    }

    @Test
    void chapterTaskConvergesBelowOneThirtieth() {
        Trainer t = chapterTask(0.03);
        t.run(200);
        assertEquals(TrainingStatus.RUNNING, t.status());
        assertArrayEquals(new float[] {1, -1}, t.kernel().data, 1e-4f);
    }

    @Test
    void learningRateChangeTakesEffectOnTheNextStep() {
        Trainer a = chapterTask(0.03);
        Trainer b = chapterTask(0.03);
        a.step();
        b.step();
        b.setLearningRate(0.01);
        EpochRecord ra = a.step();
        EpochRecord rb = b.step();
        assertEquals(ra.loss(), rb.loss(), 0, "the loss before the update is the same");
        assertNotEquals(ra.kernel().data[0], rb.kernel().data[0]);
        assertEquals(0.01, b.learningRate());
    }

    @Test
    void biasIsLearnedOnlyWhenAsked() {
        FMatrixRMaj x = Chapter.edgeImage();
        FMatrixRMaj y = CrossCorrelation.corr2d(x, Chapter.edgeKernel(), 0.5f, null);
        Trainer without = new Trainer(x, y, KernelInit.bookRun(), false, 0.01);
        Trainer with = new Trainer(x, y, KernelInit.bookRun(), true, 0.01);
        without.run(300);
        with.run(300);
        assertEquals(0f, without.bias());
        assertEquals(0.5f, with.bias(), 1e-3);
    }

    @Test
    void pytorchDefaultInitIsSeededAndBounded() {
        FMatrixRMaj a = KernelInit.pytorchDefault(3, 3, 42);
        assertArrayEquals(a.data, KernelInit.pytorchDefault(3, 3, 42).data);
        assertNotEquals(a.data[0], KernelInit.pytorchDefault(3, 3, 43).data[0]);
        double bound = 1 / Math.sqrt(9);
        for (float v : a.data) {
            assertTrue(Math.abs(v) <= bound, v + " within 1/sqrt(h*w)");
        }
    }
    @Test
    void learnsTheKernelOfAPaddedStridedTarget() {
        ConvGeometry g = new ConvGeometry(1, 1, 2, 2, 1, 1);
        FMatrixRMaj x = new FMatrixRMaj(12, 12);
        Random r = new Random(7);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) r.nextGaussian();
        }
        FMatrixRMaj truth = new FMatrixRMaj(new float[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}});
        FMatrixRMaj y = CrossCorrelation.corr2d(x, truth, 0.5f, g, null);
        assertEquals(6, y.numRows);
        Trainer t = new Trainer(x, y, new FMatrixRMaj(3, 3), true, 0.005, g);
        List<EpochRecord> records = t.run(800);
        assertEquals(TrainingStatus.RUNNING, t.status());
        assertTrue(records.get(799).loss() < 1e-6 * records.get(0).loss(), "loss " + records.get(799).loss());
        assertArrayEquals(truth.data, t.kernel().data, 1e-3f);
        assertEquals(0.5f, t.bias(), 1e-3f);
    }

    @Test
    void targetMustHaveTheGeometrysOutputShape() {
        ConvGeometry g = new ConvGeometry(0, 0, 2, 2, 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Trainer(
                new FMatrixRMaj(8, 8), new FMatrixRMaj(6, 6), new FMatrixRMaj(3, 3), false, 0.01, g));
        assertEquals("the target is 6x6 but must be 3x3", e.getMessage());
    }
}
