package org.convlab.model;

import org.convlab.core.CellRegion;
import org.ejml.data.FMatrixRMaj;

/**
 * Cells of a 1x1 convolution over several channels, computed as the full pass computes them: the
 * full pass is one matrix product (EJML's {@code CommonOps_FDRM.mult}, K as C_out x C_in times X as
 * C_in x HW), which sums the channels' products in channel order and adds the bias last, so a patch
 * does the same and matches it bit for bit.
 */
final class PointwiseCells {
    private PointwiseCells() {
    }

    /**
     * Computes the cells of a region of one output channel again.
     *
     * @param state  a state whose bank is 1x1 with no padding and stride 1
     * @param o      the output channel
     * @param y      that channel's output, whose region is overwritten
     * @param region the cells to compute
     */
    static void patch(WorkspaceState state, int o, FMatrixRMaj y, CellRegion region) {
        int channels = state.inputChannels();
        float[] weights = new float[channels];
        for (int c = 0; c < channels; c++) {
            weights[c] = state.kernel(o, c).get(0, 0);
        }
        float bias = state.bias(o);
        for (int i = region.top(); i < region.bottom(); i++) {
            for (int j = region.left(); j < region.right(); j++) {
                float sum = weights[0] * state.input(0).unsafe_get(i, j);
                for (int c = 1; c < channels; c++) {
                    sum += weights[c] * state.input(c).unsafe_get(i, j);
                }
                y.unsafe_set(i, j, sum + bias);
            }
        }
    }
}
