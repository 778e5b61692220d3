package org.convlab.model.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convlab.core.Chapter;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.EpochRecord;
import org.convlab.core.KernelInit;
import org.convlab.core.Trainer;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {
    private static TrainingSession chapterSession() {
        return new TrainingSession(new Workspace());
    }

    private static void steps(TrainingSession s, int n) {
        for (int i = 0; i < n; i++) {
            s.step();
        }
    }

    @Test
    void bookRunSteppedTenTimesPrintsTheChaptersLinesAndKernel() {
        TrainingSession s = chapterSession();
        steps(s, 10);
        assertEquals(BookRun.expectedLog(), List.copyOf(s.log()));
        assertEquals(TrainingPhase.FINISHED, s.phase());
    }

    @Test
    void stepsStopAtTheEpochCount() {
        TrainingSession s = chapterSession();
        steps(s, 15);
        assertEquals(10, s.snapshotProperty().get().epoch());
        assertEquals(11, s.log().size());
    }

    @Test
    void newLearningRateAppliesFromTheNextEpoch() {
        TrainingSession s = chapterSession();
        steps(s, 3);
        s.setSettings(s.settings().withLearningRate(0.01));
        s.step();
        FMatrixRMaj x = Chapter.edgeImage();
        Trainer reference = new Trainer(x, CrossCorrelation.corr2d(x, Chapter.edgeKernel()), KernelInit.bookRun(),
                false, 0.03);
        reference.run(3);
        reference.setLearningRate(0.01);
        EpochRecord fourth = reference.step();
        assertArrayEquals(fourth.kernel().data, s.snapshotProperty().get().kernel().data, 0f);
        assertEquals(4, s.snapshotProperty().get().epoch());
    }

    @Test
    void learningRateAboveOneThirtiethDivergesWithAPlainMessage() {
        TrainingSession s = new TrainingSession(new Workspace(), TrainingSettings.chapter().withLearningRate(0.04));
        steps(s, 10);
        assertEquals(TrainingPhase.DIVERGED, s.phase());
        Notice n = s.noticeProperty().get();
        assertEquals("notice.divergedLimit", n.key());
        assertEquals(List.of("0.04", "6", "0.03333"), n.args());
        Snapshot snap = s.snapshotProperty().get();
        for (float k : snap.kernel().data) {
            assertTrue(Float.isFinite(k));
        }
        s.log().forEach(line -> assertFalse(line.toLowerCase().contains("nan") || line.contains("inf"), line));
    }

    @Test
    void hugeLearningRateStopsBeforeAnythingOverflows() {
        TrainingSession s = new TrainingSession(new Workspace(), TrainingSettings.chapter().withLearningRate(50));
        steps(s, 10);
        assertEquals(TrainingPhase.DIVERGED, s.phase());
        Snapshot snap = s.snapshotProperty().get();
        for (float v : snap.error().data) {
            assertTrue(Float.isFinite(v));
        }
        s.losses().forEach(p -> assertTrue(Double.isFinite(p.loss())));
    }

    @Test
    void resetRestoresTheInitialState() {
        TrainingSession s = new TrainingSession(new Workspace(), TrainingSettings.chapter().withLearningRate(0.04));
        steps(s, 10);
        s.setSettings(s.settings().withLearningRate(0.03));
        s.reset();
        assertEquals(TrainingPhase.READY, s.phase());
        assertNull(s.noticeProperty().get());
        assertTrue(s.log().isEmpty());
        assertTrue(s.losses().isEmpty());
        assertEquals(1, s.trajectory().size());
        Snapshot snap = s.snapshotProperty().get();
        assertEquals(0, snap.epoch());
        assertArrayEquals(KernelInit.BOOK_RUN, snap.kernel().data, 0f);
        steps(s, 10);
        assertEquals(BookRun.expectedLog(), List.copyOf(s.log()));
    }

    @Test
    void runToConvergenceStopsBelowTheTolerance() {
        TrainingSession s = new TrainingSession(new Workspace(),
                TrainingSettings.chapter().withRunToConvergence(true).withTolerance(1e-6));
        steps(s, 200);
        assertEquals(TrainingPhase.CONVERGED, s.phase());
        assertTrue(s.losses().get(s.losses().size() - 1).loss() < 1e-6);
        assertEquals(-1.0, s.snapshotProperty().get().kernel().get(0, 1), 1e-3);
    }

    @Test
    void runToConvergenceStopsWhenTheLossStopsFalling() {
        Workspace w = new Workspace(new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0.5f));
        TrainingSession s = new TrainingSession(w, TrainingSettings.chapter().withRunToConvergence(true)
                .withTolerance(0));
        steps(s, 5000);
        assertEquals(TrainingPhase.CONVERGED, s.phase());
        assertEquals("notice.plateau", s.noticeProperty().get().key());
    }

    @Test
    void raisingTheEpochCountAfterTheEndAllowsMore() {
        TrainingSession s = chapterSession();
        steps(s, 10);
        s.setSettings(s.settings().withEpochs(12));
        assertEquals(TrainingPhase.PAUSED, s.phase());
        steps(s, 5);
        assertEquals(12, s.snapshotProperty().get().epoch());
    }

    @Test
    void bookRunOnAnotherShapeStartsFromTheSeededDrawAndSaysSo() {
        TrainingSession s = new TrainingSession(new Workspace(), TrainingSettings.chapter().withShape(2, 2).withSeed(7));
        assertEquals(TrainingPhase.READY, s.phase());
        assertEquals(Notice.of(Notice.Severity.INFO, "notice.bookRunReplaced", "2x2", "7"), s.noticeProperty().get());
        assertArrayEquals(KernelInit.pytorchDefault(2, 2, 7).data, s.snapshotProperty().get().kernel().data, 0f);
        assertEquals(4, s.landscape().parameterNames().size());
        s.step();
        assertEquals(1, s.snapshotProperty().get().epoch());
        s.setSettings(s.settings().withShape(0, 0));
        assertNull(s.noticeProperty().get());
        assertArrayEquals(KernelInit.BOOK_RUN, s.snapshotProperty().get().kernel().data, 0f);
    }

    @Test
    void workspaceChangesResetAFreshRunButOnlyFlagARunningOne() {
        Workspace w = new Workspace();
        TrainingSession s = new TrainingSession(w);
        w.change("edit.bias", st -> st.withBias(2f));
        assertEquals(2f, s.taskProperty().get().trueBias());
        s.step();
        w.change("edit.bias", st -> st.withBias(3f));
        assertTrue(s.staleProperty().get());
        assertEquals(2f, s.taskProperty().get().trueBias());
        s.reset();
        assertFalse(s.staleProperty().get());
        assertEquals(3f, s.taskProperty().get().trueBias());
    }

    @Test
    void landscapeOfTheChaptersTaskFramesTheStartAndTheMinimum() {
        TrainingSession s = chapterSession();
        assertNotNull(s.snapshotProperty().get().slice());
        assertArrayEquals(new double[] {1, -1}, s.snapshotProperty().get().slice().minimum(), 1e-9);
        LandscapeFrame f = s.landscape().frameProperty().get();
        assertTrue(f.contains(1, -1) && f.contains(0.3314, -0.4786), f.toString());
        assertFalse(s.landscape().isSlice());
    }

    @Test
    void thinnedListStaysBoundedAndKeepsTheEnds() {
        ThinnedList<LossPoint> list = new ThinnedList<>(100, LossPoint::epoch);
        for (int e = 1; e <= 10_000; e++) {
            list.add(new LossPoint(e, 1.0 / e));
        }
        assertTrue(list.points().size() <= 101, "size " + list.points().size());
        assertEquals(1, list.points().get(0).epoch());
        assertEquals(10_000, list.points().get(list.points().size() - 1).epoch());
        for (int i = 1; i < list.points().size(); i++) {
            assertTrue(list.points().get(i).epoch() > list.points().get(i - 1).epoch());
        }
    }
}
