package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convlab.core.Chapter;
import org.convlab.core.ConvGeometry;
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

    @Test
    void aPaintedCellIsPatchedBeforeRequestReturns() throws Exception {
        try (LiveOutput live = new LiveOutput()) {
            WorkspaceState s = new WorkspaceState(random(300, 300, 1), random(5, 5, 2), 0.25f);
            live.request(s);
            awaitState(live, s);
            FMatrixRMaj painted = s.input().copy();
            painted.set(150, 0, 3f);
            painted.set(151, 1, -2f);
            WorkspaceState next = s.withInput(painted);
            live.request(next);
            LiveOutput.Result r = live.poll();
            assertSame(next, r.state(), "the patch is there at once, not after a background computation");
            assertArrayEquals(CrossCorrelation.corr2d(painted, next.kernel(), next.bias(), null).data, r.output().data);
        }
    }

    @Test
    void onlySmallEditsUnderTheSameKernelAndBiasArePatched() {
        WorkspaceState s = new WorkspaceState(random(300, 300, 1), random(5, 5, 2), 0);
        LiveOutput.Result base = new LiveOutput.Result(s, CrossCorrelation.corr2d(s.input(), s.kernel(), 0, null));
        FMatrixRMaj cell = s.input().copy();
        cell.set(0, 0, 9f);
        assertNotNull(OutputPatch.patch(base, s.withInput(cell)));
        assertNull(OutputPatch.patch(base, s.withInput(random(300, 300, 3))), "a new picture is a full computation");
        assertNull(OutputPatch.patch(base, s.withKernel(random(5, 5, 4))));
        assertNull(OutputPatch.patch(base, s.withBias(1)));
        assertNull(OutputPatch.patch(base, s.withInput(random(300, 299, 5))));
        assertNull(OutputPatch.patch(null, s));
        LiveOutput.Result same = OutputPatch.patch(base, s.withInput(s.input()));
        assertSame(base.output(), same.output(), "equal values share the output");
    }

    @Test
    void theOutputHasTheStatesPaddingStrideAndDilation() throws Exception {
        try (LiveOutput live = new LiveOutput()) {
            ConvGeometry g = new ConvGeometry(2, 1, 2, 1, 1, 2);
            WorkspaceState s = new WorkspaceState(random(40, 30, 1), random(5, 3, 2), 0.5f, g);
            live.request(s);
            LiveOutput.Result r = awaitState(live, s);
            assertArrayEquals(CrossCorrelation.corr2d(s.input(), s.kernel(), 0.5f, g, null).data, r.output().data);
            assertEquals(s.outputRows(), r.output().numRows);
            assertEquals(s.outputCols(), r.output().numCols);
        }
    }

    @Test
    void aNewGeometryIsComputedAgainNotPatched() {
        WorkspaceState s = new WorkspaceState(random(30, 30, 1), random(3, 3, 2), 0);
        LiveOutput.Result base = new LiveOutput.Result(s, CrossCorrelation.corr2d(s.input(), s.kernel(), 0, null));
        assertNull(OutputPatch.patch(base, s.withGeometry(new ConvGeometry(1, 1, 1, 1, 1, 1))));
    }

    @Test
    void paintedCellsUnderPaddingStrideAndDilationArePatchedToTheFullPassesBits() {
        java.util.Random random = new java.util.Random(5);
        for (int trial = 0; trial < 60; trial++) {
            ConvGeometry g = new ConvGeometry(random.nextInt(3), random.nextInt(3), 1 + random.nextInt(3),
                    1 + random.nextInt(3), 1 + random.nextInt(2), 1 + random.nextInt(2));
            // 300x300 with a 5x5 kernel takes the full pass's split strips, not its plain loop
            WorkspaceState s = new WorkspaceState(random(300, 300, trial), random(5, 5, trial + 100), 0.25f, g);
            LiveOutput.Result base = new LiveOutput.Result(s,
                    CrossCorrelation.corr2d(s.input(), s.kernel(), s.bias(), g, null));
            FMatrixRMaj painted = s.input().copy();
            int r = random.nextInt(300);
            int c = random.nextInt(300);
            painted.set(r, c, 3f);
            painted.set(Math.min(299, r + 1), c, -2f);
            LiveOutput.Result patched = OutputPatch.patch(base, s.withInput(painted));
            assertNotNull(patched, g.toString());
            assertArrayEquals(CrossCorrelation.corr2d(painted, s.kernel(), s.bias(), g, null).data,
                    patched.output().data, g + " cell " + r + "," + c);
        }
    }

    @Test
    void aCellPaintedInOneChannelUpdatesEveryOutputChannelToTheFullPassesBits() {
        java.util.Random random = new java.util.Random(9);
        for (int trial = 0; trial < 40; trial++) {
            int inputs = 1 + random.nextInt(3);
            int outputs = 1 + random.nextInt(4);
            // every fourth trial is the 1x1 convolution, which the full pass computes as one matrix product
            int h = trial % 4 == 0 ? 1 : 1 + random.nextInt(4);
            int w = trial % 4 == 0 ? 1 : 1 + random.nextInt(4);
            ConvGeometry g = trial % 4 == 0 ? ConvGeometry.VALID : new ConvGeometry(random.nextInt(2),
                    random.nextInt(2), 1 + random.nextInt(2), 1 + random.nextInt(2), 1 + random.nextInt(2), 1);
            java.util.List<FMatrixRMaj> x = new java.util.ArrayList<>();
            for (int c = 0; c < inputs; c++) {
                x.add(random(40, 50, trial * 10 + c));
            }
            java.util.List<java.util.List<FMatrixRMaj>> bank = new java.util.ArrayList<>();
            java.util.List<Float> biases = new java.util.ArrayList<>();
            for (int o = 0; o < outputs; o++) {
                java.util.List<FMatrixRMaj> row = new java.util.ArrayList<>();
                for (int c = 0; c < inputs; c++) {
                    row.add(random(h, w, 1000 + trial * 100 + o * 10 + c));
                }
                bank.add(row);
                biases.add(random.nextFloat() - 0.5f);
            }
            WorkspaceState s = new WorkspaceState(x, null, bank, biases, g, PoolingStage.OFF);
            LiveOutput.Result base = new LiveOutput.Result(s, LiveOutput.outputs(s));
            int channel = random.nextInt(inputs);
            FMatrixRMaj painted = s.input(channel).copy();
            painted.set(random.nextInt(40), random.nextInt(50), 3f);
            WorkspaceState next = s.withInput(channel, painted);
            LiveOutput.Result patched = OutputPatch.patch(base, next);
            assertNotNull(patched, next.toString());
            org.convlab.core.ChannelStack full = org.convlab.core.ChannelCorrelation.corr2d(next.stack(),
                    next.bank(), next.biasArray(), g);
            for (int o = 0; o < outputs; o++) {
                assertArrayEquals(full.channel(o).data, patched.output(o).data, next + " output channel " + o);
            }
        }
    }

    @Test
    void aBackgroundResultDoesNotReplaceANewerPatch() throws Exception {
        try (LiveOutput live = new LiveOutput()) {
            WorkspaceState s = new WorkspaceState(random(2000, 2000, 1), random(11, 11, 2), 0);
            live.request(s);
            awaitState(live, s);
            // a new kernel goes to the background (about 3.8 G multiply-adds, a second or more: far longer
            // than the patch below even on a loaded machine); the user takes it back and paints under the
            // old kernel, which is patched at once
            live.request(s.withKernel(random(31, 31, 3)));
            FMatrixRMaj painted = s.input().copy();
            painted.set(3, 3, 7f);
            WorkspaceState next = s.withInput(painted);
            live.request(next);
            LiveOutput.Result r = live.poll();
            assertSame(next, r.state());
            assertArrayEquals(CrossCorrelation.corr2d(painted, next.kernel(), 0, null).data, r.output().data);
            // a new bias is computed in the background after the kernel (one thread, in order)
            WorkspaceState biased = next.withBias(0.5f);
            live.request(biased);
            long deadline = System.nanoTime() + 20_000_000_000L;
            LiveOutput.Result later = null;
            while (later == null || later.state() != biased) {
                later = live.poll();
                if (later != null) {
                    assertSame(biased, later.state(), "the older kernel's result never arrives after the newer state");
                }
                assertTrue(System.nanoTime() < deadline, "no result for the new bias within 20 s");
                Thread.sleep(5);
            }
        }
    }

    private static FMatrixRMaj random(int rows, int cols, long seed) {
        java.util.Random random = new java.util.Random(seed);
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextFloat() * 2 - 1;
        }
        return m;
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
