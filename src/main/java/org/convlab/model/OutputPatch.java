package org.convlab.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convlab.core.CellRegion;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.CrossCorrelation;
import org.ejml.data.FMatrixRMaj;

/**
 * A painted cell's outputs, computed again on the caller's thread instead of the whole layer: only
 * the output cells, of every output channel, that read the cells that differ
 * ({@link CrossCorrelation#corr2dRegion}), bit for bit as the full pass computes them.
 */
final class OutputPatch {
    /**
     * Multiply-adds up to which a change is patched on the caller's thread (about 0.1 ms); larger
     * changes go to the background thread.
     */
    static final long PATCH_WORK = 1 << 17;

    private OutputPatch() {
    }

    /**
     * The output of a state whose kernels, biases and shapes are those of a computed result, from that
     * result, when few output cells read the input cells that differ, whatever the padding, stride and
     * dilation. The cells are computed in the full pass's order (tap by tap, then channel by channel),
     * so a patch matches the full pass bit for bit.
     *
     * @return the result, or null when the change is not small enough to patch
     */
    static LiveOutput.Result patch(LiveOutput.Result base, WorkspaceState next) {
        if (base == null || !base.hasOutput()) {
            return null;
        }
        WorkspaceState before = base.state();
        if (!before.geometry().equals(next.geometry()) || !before.biases().equals(next.biases())
                || !sameBank(before, next)
                || before.inputChannels() != next.inputChannels()
                || before.input().numRows != next.input().numRows || before.input().numCols != next.input().numCols) {
            return null;
        }
        CellRegion changed = null;
        for (int c = 0; c < next.inputChannels(); c++) {
            CellRegion r = CellRegion.changed(before.input(c), next.input(c));
            if (r != null) {
                changed = changed == null ? r : new CellRegion(Math.min(changed.top(), r.top()),
                        Math.min(changed.left(), r.left()), Math.max(changed.bottom(), r.bottom()),
                        Math.max(changed.right(), r.right()));
            }
        }
        FMatrixRMaj k = next.kernel();
        FMatrixRMaj y0 = base.output();
        CellRegion read = changed == null ? null
                : changed.readBy(k.numRows, k.numCols, next.geometry(), y0.numRows, y0.numCols);
        // Z is pooled from the whole Y on the caller's thread, so only when that is small too
        if (next.pooling().work(y0) * next.outputChannels() > PATCH_WORK) {
            return null;
        }
        if (read == null) {
            // the same values: the output is shared, as results never change
            return new LiveOutput.Result(next, base.outputs());
        }
        long work = read.cells() * k.getNumElements() * next.inputChannels() * next.outputChannels();
        if (work > PATCH_WORK) {
            return null;
        }
        if (next.singleChannel()) {
            FMatrixRMaj patched = y0.copy();
            CrossCorrelation.corr2dRegion(next.input(), k, next.bias(), next.geometry(), patched, read);
            return new LiveOutput.Result(next, patched);
        }
        boolean pointwise = ChannelCorrelation.isPointwise(next.bank(), next.geometry());
        List<FMatrixRMaj> patched = new ArrayList<>(next.outputChannels());
        FMatrixRMaj part = new FMatrixRMaj(y0.numRows, y0.numCols);
        for (int o = 0; o < next.outputChannels(); o++) {
            FMatrixRMaj y = base.output(o).copy();
            if (pointwise) {
                PointwiseCells.patch(next, o, y, read);
            } else {
                CrossCorrelation.corr2dRegion(next.input(0), next.kernel(o, 0), next.bias(o), next.geometry(), y, read);
                for (int c = 1; c < next.inputChannels(); c++) {
                    CrossCorrelation.corr2dRegion(next.input(c), next.kernel(o, c), 0f, next.geometry(), part, read);
                    for (int i = read.top(); i < read.bottom(); i++) {
                        for (int j = read.left(); j < read.right(); j++) {
                            y.unsafe_set(i, j, y.unsafe_get(i, j) + part.unsafe_get(i, j));
                        }
                    }
                }
            }
            patched.add(y);
        }
        return new LiveOutput.Result(next, List.copyOf(patched));
    }

    private static boolean sameBank(WorkspaceState a, WorkspaceState b) {
        if (a.outputChannels() != b.outputChannels() || a.inputChannels() != b.inputChannels()) {
            return false;
        }
        for (int o = 0; o < a.outputChannels(); o++) {
            for (int c = 0; c < a.inputChannels(); c++) {
                FMatrixRMaj x = a.kernel(o, c);
                FMatrixRMaj y = b.kernel(o, c);
                if (x.numRows != y.numRows || x.numCols != y.numCols
                        || !Arrays.equals(x.data, 0, x.getNumElements(), y.data, 0, y.getNumElements())) {
                    return false;
                }
            }
        }
        return true;
    }
}
