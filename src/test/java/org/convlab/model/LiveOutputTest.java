package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.convlab.core.Chapter;
import org.convlab.core.CrossCorrelation;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class LiveOutputTest {
    @Test
    void theNewestRequestWinsAndOlderResultsAreNotHandedOut() throws Exception {
        try (LiveOutput live = new LiveOutput()) {
            WorkspaceState last = null;
            for (int n = 0; n < 50; n++) {
                FMatrixRMaj x = new FMatrixRMaj(200, 200);
                x.fill(n);
                last = new WorkspaceState(x, new FMatrixRMaj(9, 9), n);
                live.request(last);
            }
            LiveOutput.Result r = awaitState(live, last);
            assertSame(last, r.state());
            assertArrayEquals(CrossCorrelation.corr2d(last.input(), last.kernel(), last.bias(), null).data,
                    r.output().data);
            assertNull(live.poll());
        }
    }

    @Test
    void aKernelThatDoesNotFitGivesNoOutput() throws Exception {
        try (LiveOutput live = new LiveOutput()) {
            WorkspaceState s = new WorkspaceState(Chapter.edgeImage(), new FMatrixRMaj(7, 2), 0);
            live.request(s);
            assertFalse(awaitState(live, s).hasOutput());
        }
    }

    private static LiveOutput.Result awaitState(LiveOutput live, WorkspaceState s) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            LiveOutput.Result r = live.poll();
            if (r != null && r.state() == s) {
                return r;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no result for the newest state within 5 s");
    }
}
