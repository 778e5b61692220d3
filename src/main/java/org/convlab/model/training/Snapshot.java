package org.convlab.model.training;

import org.convlab.core.LossSlice;
import org.ejml.data.FMatrixRMaj;

/**
 * What the pane shows at one moment, published at most once a frame. Its matrices are fresh
 * copies that nobody modifies, so views may keep them.
 *
 * @param epoch      epochs run so far
 * @param loss       the latest epoch's loss (before its update), or NaN before the first epoch;
 *                   views show {@link Figures#loss}, never the raw number
 * @param kernel     the learned kernel now
 * @param bias       the learned bias now (0 when it is not learned)
 * @param kernelGrad dL/dK at the kernel and bias shown, the step the next epoch takes before the
 *                   learning rate scales it
 * @param biasGrad   dL/db at the kernel and bias shown
 * @param error      E = Y_hat - Y at the current parameters
 * @param slice      the loss over the two chosen parameters with the others at their current
 *                   values, or null while the landscape is not available
 */
public record Snapshot(int epoch, double loss, FMatrixRMaj kernel, float bias, FMatrixRMaj kernelGrad,
                       double biasGrad, FMatrixRMaj error, LossSlice slice) {
    /**
     * Whether an epoch has run, so there is a loss to show.
     *
     * @return true after the first epoch
     */
    public boolean hasLoss() {
        return epoch > 0 && Double.isFinite(loss);
    }
}
