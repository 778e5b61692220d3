package org.convlab.model.training;

import org.convlab.core.BankGradient;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvLayer;
import org.convlab.core.KernelBank;
import org.convlab.core.PowerIteration;

/**
 * The largest learning rate at which gradient descent on a bank still converges, as
 * {@link org.convlab.core.LossLandscape#largestStableRate()} finds it for one kernel: the loss is
 * {@code θᵀ G θ - 2 rᵀ θ + c}, and steps above 1/λ_max(G) overshoot. Every output channel's loss has
 * the same G (each sees the same X through a kernel of the same shape), so one output channel's
 * tells. G is never built: its products come from the layer's backward pass, whose gradient for a
 * zero target is {@code 2 G θ}.
 */
final class BankStability {
    /** Power iterations at most. */
    static final int ITERATIONS = 300;
    /** Beyond this many multiply-adds the rate is not looked for: it is found on the FX thread, once. */
    static final long MOST_WORK = 100_000_000L;

    private BankStability() {
    }

    /**
     * The largest stable learning rate of a bank's task.
     *
     * @param task a bank's task
     * @return 1/λ_max(G), or positive infinity when the loss does not depend on the parameters or
     *         finding the rate would take too long
     */
    static double largestStableRate(TrainingTask task) {
        KernelBank shape = task.initialBank();
        ChannelStack y = task.targets();
        int cells = shape.inputs() * shape.rows() * shape.cols();
        int n = cells + (task.bias() ? 1 : 0);
        if (4L * cells * y.rows() * y.cols() * ITERATIONS > MOST_WORK) {
            return Double.POSITIVE_INFINITY;
        }
        ChannelStack zero = ChannelStack.fromArray(1, y.rows(), y.cols(), new float[y.rows() * y.cols()]);
        double lambda = PowerIteration.largestEigenvalue(v -> gramTimes(task, shape, cells, v, zero), n, ITERATIONS,
                1e-7);
        return lambda > 0 ? 1 / lambda : Double.POSITIVE_INFINITY;
    }

    /** G v for one output channel's parameters v (its kernels, then its bias when learned). */
    private static double[] gramTimes(TrainingTask task, KernelBank shape, int cells, double[] v, ChannelStack zero) {
        float[] k = new float[cells];
        for (int i = 0; i < cells; i++) {
            k[i] = (float) v[i];
        }
        float[] b = {task.bias() ? (float) v[cells] : 0f};
        BankGradient g = new ConvLayer(KernelBank.fromArray(1, shape.inputs(), shape.rows(), shape.cols(), k), b,
                task.geometry()).backward(task.inputs(), zero);
        float[] dk = g.kernelGrad().toArray();
        double[] w = new double[v.length];
        for (int i = 0; i < cells; i++) {
            w[i] = dk[i] / 2.0;
        }
        if (task.bias()) {
            w[cells] = g.biasGrad()[0] / 2;
        }
        return w;
    }
}
