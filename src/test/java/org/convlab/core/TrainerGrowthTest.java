package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Divergence judged by what the loss does, however few epochs ran. */
class TrainerGrowthTest {
    @Test
    void countingExampleWithTooHighARateGrowsInThreeEpochs() {
        FMatrixRMaj x = Chapter.exampleInput();
        FMatrixRMaj y = CrossCorrelation.corr2d(x, Chapter.exampleKernel());
        Trainer t = new Trainer(x, y, KernelInit.pytorchDefault(2, 2, 0), false, Chapter.LEARNING_RATE);
        t.run(3);
        assertEquals(TrainingStatus.RUNNING, t.status(), "not yet a millionfold");
        assertTrue(t.lossGrew());
        assertTrue(t.currentLoss() > 1000 * t.firstLoss());
    }

    @Test
    void chaptersOwnRunDoesNotCountAsGrowing() {
        FMatrixRMaj x = Chapter.edgeImage();
        Trainer t = new Trainer(x, CrossCorrelation.corr2d(x, Chapter.edgeKernel()), KernelInit.bookRun(), false,
                Chapter.LEARNING_RATE);
        t.run(Chapter.EPOCHS);
        assertFalse(t.lossGrew());
    }

    @Test
    void startingAtTheAnswerDoesNotCountAsGrowing() {
        FMatrixRMaj x = Chapter.edgeImage();
        Trainer t = new Trainer(x, CrossCorrelation.corr2d(x, Chapter.edgeKernel()), Chapter.edgeKernel(), false,
                Chapter.LEARNING_RATE);
        t.run(3);
        assertFalse(t.lossGrew());
    }
}
