package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.ConvGeometry;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.LossGradient;
import org.convlab.core.PoolMode;
import org.convlab.core.PooledLoss;
import org.convlab.model.PoolingStage;
import org.ejml.data.FMatrixRMaj;

/**
 * What the training pane says when it trains through a pooling stage (D2L 6.5): the loss compares
 * pool(Ŷ) with Z, and with max pooling only the cells that win their windows get a gradient, so at
 * the start some of Ŷ's cells, and possibly some kernel weights, get none.
 */
final class PoolingNote {
    private PoolingNote() {
    }

    /**
     * The note for a run that starts at {@code start}.
     *
     * @param x        X
     * @param target   Z
     * @param start    the initial kernel
     * @param bias     whether a bias is learned (it starts at 0)
     * @param geometry the convolution's geometry
     * @param pooling  the pooling stage, on
     * @param other    the note the run would have without pooling, or null
     * @return the pooling note for max pooling that leaves cells or weights without gradient,
     *         otherwise {@code other} if there is one, otherwise the note for training through pooling
     */
    static Notice at(FMatrixRMaj x, FMatrixRMaj target, FMatrixRMaj start, boolean bias, ConvGeometry geometry,
                     PoolingStage pooling, Notice other) {
        String window = pooling.window().rows() + "x" + pooling.window().cols();
        if (pooling.mode() == PoolMode.AVG) {
            return other != null ? other : Notice.of(Notice.Severity.INFO, "notice.poolingAvg", window);
        }
        FMatrixRMaj yHat = CrossCorrelation.corr2d(x, start, 0f, geometry, null);
        LossGradient g = PooledLoss.of(x, yHat, target, start.numRows, start.numCols, geometry, pooling.window(),
                PoolMode.MAX);
        int routed = PooledLoss.routedCells(g.error());
        List<String> starved = new ArrayList<>();
        for (int a = 0; a < start.numRows; a++) {
            for (int b = 0; b < start.numCols; b++) {
                if (g.kernelGrad().get(a, b) == 0) {
                    starved.add("K[" + a + ", " + b + "]");
                }
            }
        }
        int cells = yHat.getNumElements();
        if (g.loss() > 0 && !starved.isEmpty()) {
            return Notice.of(Notice.Severity.INFO, "notice.poolingMaxStarved", window, Integer.toString(routed),
                    Integer.toString(cells), String.join(", ", starved));
        }
        if (routed < cells) {
            return Notice.of(Notice.Severity.INFO, "notice.poolingMax", window, Integer.toString(routed),
                    Integer.toString(cells));
        }
        return other != null ? other : Notice.of(Notice.Severity.INFO, "notice.poolingAvg", window);
    }
}
