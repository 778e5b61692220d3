package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.convlab.core.Chapter;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.core.Pooling;
import org.convlab.core.Reshape;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class PoolingStageTest {
    private static final PoolingStage SECTION = new PoolingStage(true, PoolWindow.sliding(2, 2), PoolMode.MAX);

    @Test
    void theStageIsOffByDefaultAndGivesNoZ() {
        Workspace ws = new Workspace();
        assertEquals(PoolingStage.OFF, ws.state().pooling());
        LiveOutput.Result r = new LiveOutput.Result(ws.state(), Chapter.edgeImage());
        assertFalse(r.hasPooled());
    }

    @Test
    void eachPoolingChangeIsOneUndoableStep() {
        Workspace ws = new Workspace();
        ws.change("edit.pooling", s -> s.withPooling(s.pooling().withOn(true)));
        ws.change("edit.pooling", s -> s.withPooling(s.pooling().withMode(PoolMode.AVG)));
        ws.change("edit.pooling", s -> s.withPooling(s.pooling().withWindow(new PoolWindow(3, 3, 2, 2, 1, 1))));
        assertEquals(new PoolingStage(true, new PoolWindow(3, 3, 2, 2, 1, 1), PoolMode.AVG), ws.state().pooling());
        assertTrue(ws.undo());
        assertEquals(PoolMode.AVG, ws.state().pooling().mode());
        assertEquals(PoolWindow.sliding(2, 2), ws.state().pooling().window());
        assertTrue(ws.undo());
        assertEquals(SECTION, ws.state().pooling());
        assertTrue(ws.undo());
        assertEquals(PoolingStage.OFF, ws.state().pooling());
        assertFalse(ws.undo());
        assertTrue(ws.redo());
        assertEquals(SECTION, ws.state().pooling());
    }

    @Test
    void switchingOffAndOnKeepsTheWindowAndMode() {
        PoolingStage avg = SECTION.withMode(PoolMode.AVG).withOn(false);
        assertEquals(PoolMode.AVG, avg.withOn(true).mode());
        assertEquals(PoolWindow.sliding(2, 2), avg.withOn(true).window());
    }

    @Test
    void aChangeToTheSamePoolingIsNotAStep() {
        Workspace ws = new Workspace();
        ws.change("edit.pooling", s -> s.withPooling(PoolingStage.OFF));
        assertEquals(Optional.empty(), ws.history().undoDescription());
    }

    @Test
    void liveOutputPoolsYInTheBackgroundAndAfterAPatchedPaint() throws Exception {
        try (LiveOutput live = new LiveOutput()) {
            WorkspaceState s = new Workspace().state().withPooling(SECTION);
            live.request(s);
            LiveOutput.Result r = await(live, s);
            FMatrixRMaj y = CrossCorrelation.corr2d(Chapter.edgeImage(), Chapter.edgeKernel(), 0, null);
            assertArrayEquals(Pooling.pool2d(y, 2, 2, PoolMode.MAX).data, r.pooled().data);
            FMatrixRMaj painted = s.input().copy();
            painted.set(2, 3, 1);
            WorkspaceState next = s.withInput(painted);
            live.request(next);
            LiveOutput.Result p = live.poll();
            assertEquals(next, p.state());
            assertArrayEquals(Pooling.pool2d(p.output(), 2, 2, PoolMode.MAX).data, p.pooled().data);
        }
    }

    @Test
    void aWindowLargerThanYGivesNoZ() {
        PoolingStage big = new PoolingStage(true, PoolWindow.of(7, 7), PoolMode.MAX);
        assertNull(big.pool(new FMatrixRMaj(6, 7)));
        assertEquals(0, big.work(new FMatrixRMaj(6, 7)));
    }

    @Test
    void theSectionsShiftChangesMoreOfYThanOfZ() {
        FMatrixRMaj x = Chapter.edgeImage();
        FMatrixRMaj shifted = Reshape.rollColumns(x, 1);
        FMatrixRMaj y = CrossCorrelation.corr2d(x, Chapter.edgeKernel(), 0, null);
        FMatrixRMaj ys = CrossCorrelation.corr2d(shifted, Chapter.edgeKernel(), 0, null);
        assertEquals(24, differing(y, ys));
        assertEquals(10, differing(SECTION.pool(y), SECTION.pool(ys)));
    }

    private static int differing(FMatrixRMaj a, FMatrixRMaj b) {
        int n = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            n += a.data[i] != b.data[i] ? 1 : 0;
        }
        return n;
    }

    private static LiveOutput.Result await(LiveOutput live, WorkspaceState s) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            LiveOutput.Result r = live.poll();
            if (r != null && r.state() == s) {
                return r;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no result for the state within 5 s");
    }
}
