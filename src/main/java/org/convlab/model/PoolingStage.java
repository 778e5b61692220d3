package org.convlab.model;

import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.core.Pooling;
import org.ejml.data.FMatrixRMaj;

/**
 * The optional pooling after the output (D2L 6.5): X -> K -> Y -> pool -> Z. The window and mode
 * are kept while the stage is off, so switching it off and on again restores them.
 *
 * @param on     whether Z is computed and shown
 * @param window the pooling window, its stride and padding (PyTorch's rules, see {@link PoolWindow})
 * @param mode   max or average
 */
public record PoolingStage(boolean on, PoolWindow window, PoolMode mode) {
    /** The default: off, and when switched on the section's 2x2 max pooling with stride 1. */
    public static final PoolingStage OFF = new PoolingStage(false, PoolWindow.sliding(2, 2), PoolMode.MAX);

    /** Requires a window and a mode. */
    public PoolingStage {
        if (window == null || mode == null) {
            throw new IllegalArgumentException("a pooling stage needs a window and a mode");
        }
    }

    /**
     * This stage switched on or off.
     *
     * @param value whether it is on
     * @return a new stage with the same window and mode
     */
    public PoolingStage withOn(boolean value) {
        return new PoolingStage(value, window, mode);
    }

    /**
     * This stage with another window.
     *
     * @param value the window
     * @return a new stage
     */
    public PoolingStage withWindow(PoolWindow value) {
        return new PoolingStage(on, value, mode);
    }

    /**
     * This stage with another mode.
     *
     * @param value max or average
     * @return a new stage
     */
    public PoolingStage withMode(PoolMode value) {
        return new PoolingStage(on, window, value);
    }

    /**
     * Whether the stage is on and its window fits an output of this size.
     *
     * @param y the output Y, or null when there is none
     * @return true when Z has at least one cell
     */
    public boolean appliesTo(FMatrixRMaj y) {
        return on && y != null && window.outputRows(y.numRows) >= 1 && window.outputCols(y.numCols) >= 1;
    }

    /**
     * Z, the pooled output.
     *
     * @param y the output Y, not modified
     * @return a new matrix, or null when the stage is off or its window does not fit Y
     */
    public FMatrixRMaj pool(FMatrixRMaj y) {
        return appliesTo(y) ? Pooling.pool2d(y, window, mode, null) : null;
    }

    /**
     * Multiply-adds (comparisons) pooling Y takes: one per window cell per output cell.
     *
     * @param y the output
     * @return the count, 0 when the stage does not apply
     */
    public long work(FMatrixRMaj y) {
        return appliesTo(y) ? (long) window.outputRows(y.numRows) * window.outputCols(y.numCols) * window.rows()
                * window.cols() : 0;
    }
}
