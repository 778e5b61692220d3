package org.convlab.model.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convlab.core.Chapter;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.BankTrainer;
import org.convlab.core.KernelBank;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.core.Pooling;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class PooledTrainingTest {
    private static final PoolingStage MAX_2X2 = new PoolingStage(true, PoolWindow.sliding(2, 2), PoolMode.MAX);

    @Test
    void withPoolingOnTheTargetIsZAndTheRunLearnsTheEdgeKernelThroughAveragePooling() throws TrainingProblem {
        WorkspaceState s = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0)
                .withPooling(MAX_2X2.withMode(PoolMode.AVG));
        TrainingSettings settings = TrainingSettings.chapter().withEpochs(300);
        TrainingTask task = TrainingTask.prepare(s, settings);
        FMatrixRMaj y = CrossCorrelation.corr2d(Chapter.edgeImage(), Chapter.edgeKernel(), 0, null);
        assertArrayEquals(Pooling.pool2d(y, 2, 2, PoolMode.AVG).data, task.target().data);
        assertEquals("notice.poolingAvg", task.startNote().key());
        WholeRun run = WholeRun.play(task, settings);
        BankTrainer.Epoch first = run.shown().get(0);
        BankTrainer.Epoch last = run.shown().get(run.shown().size() - 1);
        assertTrue(last.loss() < first.loss() * 1e-3, first.loss() + " -> " + last.loss());
        assertArrayEquals(new float[] {1, -1}, run.kernel().data, 0.05f);
    }

    @Test
    void theErrorMapThroughPoolingIsPooledPredictionMinusZ() throws TrainingProblem {
        WorkspaceState s = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0).withPooling(MAX_2X2);
        TrainingTask task = TrainingTask.prepare(s, TrainingSettings.chapter().withInit(InitKind.ZEROS));
        FMatrixRMaj error = EpochBatch.at(task, KernelBank.zeros(1, 1, 1, 2), new float[1]).error().channel(0);
        assertEquals(5, error.numRows);
        assertEquals(6, error.numCols);
        // the zero kernel predicts 0 everywhere: the error is -Z
        for (int i = 0; i < error.getNumElements(); i++) {
            assertEquals(-task.target().data[i], error.data[i], 0f);
        }
        assertEquals("notice.poolingMax", task.startNote().key());
        assertEquals(List.of("2x2", "10", "42"), task.startNote().args());
    }

    @Test
    void maxPoolingThatLeavesAWeightWithoutGradientSaysWhich() throws TrainingProblem {
        // X = [1, 0, 0, 0], K_true = [1, 1]: Y = [1, 0, 0], Z = [1, 0]. From the zero kernel every
        // window ties and its first cell wins: only Y[0, 0] gets gradient, and K[0, 1] reads X[0, 1] = 0 there
        WorkspaceState s = new WorkspaceState(new FMatrixRMaj(1, 4, true, 1, 0, 0, 0),
                new FMatrixRMaj(1, 2, true, 1, 1), 0).withPooling(new PoolingStage(true,
                new PoolWindow(1, 2, 1, 1, 0, 0), PoolMode.MAX));
        TrainingTask task = TrainingTask.prepare(s, TrainingSettings.chapter().withInit(InitKind.ZEROS));
        assertEquals("notice.poolingMaxStarved", task.startNote().key());
        assertEquals(List.of("1x2", "1", "3", "K[0, 1]"), task.startNote().args());
        FMatrixRMaj firstStep = EpochBatch.at(task, task.initialBank(), new float[1]).kernelGrad().kernel(0, 0);
        assertEquals(0f, firstStep.get(0, 1));
        assertTrue(firstStep.get(0, 0) < 0);
    }

    @Test
    void aPoolingWindowLargerThanYIsRefused() {
        WorkspaceState s = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0)
                .withPooling(new PoolingStage(true, PoolWindow.of(7, 7), PoolMode.MAX));
        TrainingProblem p = assertThrows(TrainingProblem.class, () -> TrainingTask.prepare(s,
                TrainingSettings.chapter()));
        assertEquals("problem.poolingTooLarge", p.notice().key());
        assertEquals(List.of("7x7", "6x7"), p.notice().args());
    }
}
