package org.convlab.ui.measure;

import java.util.SplittableRandom;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.convlab.model.LiveOutput;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.workspace.WorkspaceView;
import org.ejml.data.FMatrixRMaj;

/**
 * Part of {@code convlab --measure}: how long a whole recomputation of the workspace's layer takes,
 * from a kernel cell typed to every output channel on the scene graph. A kernel edit changes every
 * output cell, so it is never patched: it is computed off the FX thread. Run on the state the paint
 * run left (3x512x512 to 8 channels, D2L 6.4's budget: under one 16 ms frame).
 */
final class RecomputeMeasure {
    private static final int EDITS = 40;
    private static final int WARMUP = 10;
    private final Workspace workspace;
    private final WorkspaceView view;
    private final Runnable after;
    private final long[] took = new long[EDITS];
    private final SplittableRandom random = new SplittableRandom(2);
    private int edit = -1;
    private long editedAt;
    private ChangeListener<LiveOutput.Result> listener;

    RecomputeMeasure(Workspace workspace, WorkspaceView view, Runnable after) {
        this.workspace = workspace;
        this.view = view;
        this.after = after;
    }

    void start() {
        listener = (o, was, shown) -> {
            if (shown != null && shown.state() == workspace.state() && edit >= 0 && took[edit] == 0) {
                took[edit] = System.nanoTime() - editedAt;
                Platform.runLater(this::next);
            }
        };
        view.shownProperty().addListener(listener);
        next();
    }

    private void next() {
        if (edit + 1 >= EDITS) {
            view.shownProperty().removeListener(listener);
            long[] measured = java.util.Arrays.copyOfRange(took, WARMUP, EDITS);
            WorkspaceState s = workspace.state();
            System.out.println("recompute " + s.inputChannels() + "x" + s.input().numRows + "x" + s.input().numCols
                    + " to " + s.outputChannels() + " channels, kernels " + s.kernel().numRows + "x"
                    + s.kernel().numCols + ", off the FX thread, " + measured.length + " kernel edits after " + WARMUP
                    + " warm-up: edit to every output channel on the scene graph p50 "
                    + MeasureMode.ms(MeasureMode.percentile(measured, 50)) + " ms, p99 "
                    + MeasureMode.ms(MeasureMode.percentile(measured, 99)) + " ms");
            System.out.flush();
            after.run();
            return;
        }
        edit++;
        float v = (float) random.nextDouble(-1, 1);
        editedAt = System.nanoTime();
        workspace.change("edit.kernelCell", s -> {
            FMatrixRMaj k = s.kernel(0, 0).copy();
            k.set(0, 0, v);
            return s.withKernel(0, 0, k);
        });
    }
}
