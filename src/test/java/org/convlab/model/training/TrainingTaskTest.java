package org.convlab.model.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convlab.core.Chapter;
import org.convlab.core.ConvGeometry;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.BankTrainer;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class TrainingTaskTest {
    private static final ConvGeometry STRIDED_PADDED = new ConvGeometry(1, 1, 2, 1, 1, 1);

    @Test
    void aStridedPaddedTargetIsTheWorkspacesOutput() throws TrainingProblem {
        WorkspaceState s = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0, STRIDED_PADDED);
        TrainingTask task = TrainingTask.prepare(s, TrainingSettings.chapter());
        assertEquals(STRIDED_PADDED, task.geometry());
        assertArrayEquals(CrossCorrelation.corr2d(s.input(), s.kernel(), 0, STRIDED_PADDED, null).data, task.target().data);
    }

    @Test
    void theTrainingPanesRunLearnsTheKernelOfAStridedPaddedTarget() throws TrainingProblem {
        WorkspaceState s = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0, STRIDED_PADDED);
        TrainingSettings settings = TrainingSettings.chapter().withEpochs(200);
        WholeRun run = WholeRun.play(TrainingTask.prepare(s, settings), settings);
        BankTrainer.Epoch last = run.shown().get(run.shown().size() - 1);
        BankTrainer.Epoch first = run.shown().get(0);
        assertTrue(last.loss() < first.loss() * 1e-3, first.loss() + " -> " + last.loss());
        assertArrayEquals(new float[] {1, -1}, run.kernel().data, 0.05f);
    }

    @Test
    void aKernelLargerThanXTrainsWhenThePaddingMakesRoomForIt() throws TrainingProblem {
        FMatrixRMaj x = new FMatrixRMaj(3, 3, true, 0, 1, 2, 3, 4, 5, 6, 7, 8);
        FMatrixRMaj k = new FMatrixRMaj(3, 5);
        k.set(1, 2, 1);
        WorkspaceState s = new WorkspaceState(x, k, 0, new ConvGeometry(1, 2, 1, 1, 1, 1));
        TrainingTask task = TrainingTask.prepare(s, TrainingSettings.chapter());
        assertEquals(3, task.target().numRows);
        assertEquals(3, task.target().numCols);
    }

    @Test
    void anotherKernelShapeUnderAGeometryIsRefusedWithBothShapes() {
        WorkspaceState s = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0, STRIDED_PADDED);
        TrainingSettings twoByTwo = TrainingSettings.chapter().withShape(2, 2);
        TrainingProblem p = assertThrows(TrainingProblem.class, () -> TrainingTask.prepare(s, twoByTwo));
        assertEquals("problem.geometryShape", p.notice().key());
        assertEquals(java.util.List.of("2x2", "1x2"), p.notice().args());
    }
}
