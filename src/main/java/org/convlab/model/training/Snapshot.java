package org.convlab.model.training;

import org.convlab.core.ChannelStack;
import org.convlab.core.KernelBank;
import org.convlab.core.LossSlice;
import org.ejml.data.FMatrixRMaj;

/**
 * What the pane shows at one moment, published at most once a frame. Its matrices are fresh
 * copies that nobody modifies, so views may keep them. One kernel is a bank of one, so
 * {@link #kernel()}, {@link #bias()}, {@link #kernelGrad()}, {@link #biasGrad()} and
 * {@link #error()} are the chapter's task's whole parameters, gradient and error.
 *
 * @param epoch     epochs run so far
 * @param loss      the latest epoch's loss (before its update), or NaN before the first epoch;
 *                  views show {@link Figures#loss}, never the raw number
 * @param bank      the learned bank now
 * @param biases    the learned biases now, one per output channel (0 when they are not learned)
 * @param bankGrad  dL/dK at the bank and biases shown, the step the next epoch takes before the
 *                  learning rate scales it
 * @param biasGrads dL/db at the bank and biases shown
 * @param errors    E = Y_hat - Y at the current parameters, one map per output channel
 * @param slice     the loss over the two chosen parameters with the others at their current
 *                  values, or null while the landscape is not available (always for a bank)
 */
public record Snapshot(int epoch, double loss, KernelBank bank, float[] biases, KernelBank bankGrad,
                       double[] biasGrads, ChannelStack errors, LossSlice slice) {
    /**
     * Whether an epoch has run, so there is a loss to show.
     *
     * @return true after the first epoch
     */
    public boolean hasLoss() {
        return epoch > 0 && Double.isFinite(loss);
    }

    /** @return the learned kernel, or kernel (0, 0) of the bank */
    public FMatrixRMaj kernel() {
        return bank.kernel(0, 0);
    }

    /** @return the learned bias, or the first output channel's */
    public float bias() {
        return biases[0];
    }

    /** @return dL/dK, or the gradient of kernel (0, 0) */
    public FMatrixRMaj kernelGrad() {
        return bankGrad.kernel(0, 0);
    }

    /** @return dL/db, or the first output channel's */
    public double biasGrad() {
        return biasGrads[0];
    }

    /** @return the error map, or the first output channel's */
    public FMatrixRMaj error() {
        return errors.channel(0);
    }
}
