package org.convlab.model.lesson;

import java.util.ArrayList;
import java.util.List;
import org.convlab.model.KernelWindow;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * A convolution as one matrix product (im2col), the answer to D2L 6.4's last exercise: column j of
 * the patch matrix holds the C_in x kh x kw input values output cell j reads (0 where a tap falls
 * on the padding), and the bank, one row of C_in x kh x kw weights per output channel, times it
 * is Y.
 */
final class PatchMatrix {
    private PatchMatrix() {
    }

    /**
     * The patch matrix of a state whose kernel fits.
     *
     * @param state X, K and the geometry
     * @return a new (C_in kh kw) x (OH OW) matrix
     */
    static FMatrixRMaj of(WorkspaceState state) {
        int kh = state.kernel().numRows;
        int kw = state.kernel().numCols;
        int rows = state.outputRows();
        int cols = state.outputCols();
        FMatrixRMaj patches = new FMatrixRMaj(state.inputChannels() * kh * kw, rows * cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                KernelWindow window = KernelWindow.of(state, i, j);
                for (int c = 0; c < state.inputChannels(); c++) {
                    FMatrixRMaj x = state.input(c);
                    for (int a = 0; a < kh; a++) {
                        for (int b = 0; b < kw; b++) {
                            float v = window.readsInput(a, b, x.numRows, x.numCols)
                                    ? x.get(window.tapRow(a), window.tapColumn(b)) : 0f;
                            patches.set((c * kh + a) * kw + b, i * cols + j, v);
                        }
                    }
                }
            }
        }
        return patches;
    }

    /**
     * Y from the patch matrix: the bank as a C_out x (C_in kh kw) matrix times it, plus each
     * output channel's bias.
     *
     * @param state   K and b
     * @param patches the state's patch matrix
     * @return one OH x OW matrix per output channel
     */
    static List<FMatrixRMaj> outputs(WorkspaceState state, FMatrixRMaj patches) {
        FMatrixRMaj weights = FMatrixRMaj.wrap(state.outputChannels(), patches.numRows, state.bank().toArray());
        FMatrixRMaj product = new FMatrixRMaj(state.outputChannels(), patches.numCols);
        CommonOps_FDRM.mult(weights, patches, product);
        List<FMatrixRMaj> y = new ArrayList<>();
        for (int o = 0; o < state.outputChannels(); o++) {
            FMatrixRMaj yo = new FMatrixRMaj(state.outputRows(), state.outputCols());
            for (int p = 0; p < patches.numCols; p++) {
                yo.data[p] = product.get(o, p) + state.bias(o);
            }
            y.add(yo);
        }
        return y;
    }
}
