package org.convlab.core;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Trainer} for a layer with channels: learns a kernel bank (and optionally one bias per
 * output channel) from an input stack X and a target stack Y by gradient descent on
 * {@code L = sum((conv2d(X, K) + b - Y)^2)}, one epoch a step, the update done in float32 like
 * PyTorch's. Divergence is judged as {@link Trainer} judges it.
 */
public final class BankTrainer {
    private final ChannelStack input;
    private final ChannelStack target;
    private final ConvLayer layer;
    private final boolean useBias;
    private double learningRate;
    private int epoch;
    private double firstLoss = Double.NaN;
    private TrainingStatus status = TrainingStatus.RUNNING;

    /**
     * What one epoch did.
     *
     * @param epoch  1 for the first epoch
     * @param loss   the loss BEFORE this epoch's update
     * @param kernel the bank AFTER the update (a copy)
     * @param bias   the biases AFTER the update (a copy)
     */
    public record Epoch(int epoch, double loss, KernelBank kernel, float[] bias) {
    }

    /**
     * Sets up training.
     *
     * @param input         X, C_in x H x W, held (not modified)
     * @param target        Y, C_out x OH x OW, held (not modified)
     * @param initialKernel K0, C_out x C_in x kh x kw, copied
     * @param useBias       whether the biases are learned (they start at 0)
     * @param learningRate  a positive finite step size
     * @param geometry      padding, stride and dilation
     * @throws IllegalArgumentException for shapes that do not agree (naming them), non-finite
     *                                  values, an empty output or a bad learning rate
     */
    public BankTrainer(ChannelStack input, ChannelStack target, KernelBank initialKernel, boolean useBias,
                       double learningRate, ConvGeometry geometry) {
        setLearningRate(learningRate);
        this.layer = new ConvLayer(initialKernel, new float[initialKernel.outputs()], geometry);
        ChannelCorrelation.requireMatching(input, initialKernel, layer.bias());
        geometry.requireOutput(input.rows(), input.cols(), initialKernel.rows(), initialKernel.cols());
        int rows = geometry.outputRows(input.rows(), initialKernel.rows());
        int cols = geometry.outputCols(input.cols(), initialKernel.cols());
        if (target.count() != initialKernel.outputs() || target.rows() != rows || target.cols() != cols) {
            throw new IllegalArgumentException("the target is " + target.shape() + " but must be "
                    + initialKernel.outputs() + "x" + rows + "x" + cols);
        }
        this.input = input;
        this.target = target;
        this.useBias = useBias;
    }

    /**
     * Changes the step size for the following epochs, as {@link Trainer#setLearningRate} does:
     * the training pane lets the student change it while a run plays.
     *
     * @param learningRate a positive finite number
     * @throws IllegalArgumentException for any other value
     */
    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, not " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /**
     * Whether steps can still be taken.
     *
     * @return RUNNING or DIVERGED
     */
    public TrainingStatus status() {
        return status;
    }

    /**
     * Epochs done so far.
     *
     * @return 0 before the first step
     */
    public int epoch() {
        return epoch;
    }

    /**
     * The current bank.
     *
     * @return a copy
     */
    public KernelBank kernel() {
        return layer.weight().copy();
    }

    /**
     * The current biases.
     *
     * @return a copy, zeros when the biases are not learned
     */
    public float[] bias() {
        return layer.bias().clone();
    }

    /**
     * Runs one epoch: loss and gradient, then the update, unless the loss diverged or the update
     * would leave a non-finite parameter (then the status becomes DIVERGED).
     *
     * @return the epoch's record
     * @throws IllegalStateException if training already diverged
     */
    public Epoch step() {
        if (status == TrainingStatus.DIVERGED) {
            throw new IllegalStateException("training diverged; reset it with a smaller learning rate");
        }
        BankGradient g = layer.backward(input, target);
        epoch++;
        if (epoch == 1) {
            firstLoss = g.loss();
        }
        boolean divergent = !Double.isFinite(g.loss())
                || g.loss() > Trainer.DIVERGENCE_FACTOR * Math.max(firstLoss, Float.MIN_NORMAL);
        if (divergent || !update(g)) {
            status = TrainingStatus.DIVERGED;
        }
        return new Epoch(epoch, g.loss(), kernel(), bias());
    }

    /**
     * Runs up to the given number of epochs, stopping early on divergence.
     *
     * @param epochs how many, at least 1
     * @return one record per epoch run
     */
    public List<Epoch> run(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("the number of epochs must be at least 1, not " + epochs);
        }
        List<Epoch> records = new ArrayList<>(epochs);
        for (int i = 0; i < epochs && status == TrainingStatus.RUNNING; i++) {
            records.add(step());
        }
        return records;
    }

    /**
     * Whether the loss grew over the epochs run, judged as {@link Trainer#lossGrew()} judges it:
     * after the last update it is above {@link Trainer#GROWTH_FACTOR} times the first epoch's and
     * above float32's rounding at the target's scale.
     *
     * @return true when the steps overshoot; false before the first epoch
     */
    public boolean lossGrew() {
        if (epoch == 0) {
            return false;
        }
        ChannelStack y = layer.forward(input);
        double now = 0;
        double scale = 0;
        for (int o = 0; o < y.count(); o++) {
            float[] p = y.channel(o).data;
            float[] t = target.channel(o).data;
            for (int i = 0; i < p.length; i++) {
                double d = (double) p[i] - t[i];
                now += d * d;
                scale += (double) t[i] * t[i];
            }
        }
        return !Double.isFinite(now) || now > Trainer.GROWTH_FACTOR * firstLoss && now > 1e-6 * scale;
    }

    private boolean update(BankGradient g) {
        float lr = (float) learningRate;
        float[] k = layer.weight().toArray();
        float[] dk = g.kernelGrad().toArray();
        for (int i = 0; i < k.length; i++) {
            k[i] = k[i] - lr * dk[i];
            if (!Float.isFinite(k[i])) {
                return false;
            }
        }
        float[] b = layer.bias().clone();
        for (int o = 0; o < b.length && useBias; o++) {
            b[o] = b[o] - lr * (float) g.biasGrad()[o];
            if (!Float.isFinite(b[o])) {
                return false;
            }
        }
        KernelBank w = layer.weight();
        int size = w.rows() * w.cols();
        for (int o = 0, t = 0; o < w.outputs(); o++) {
            for (int c = 0; c < w.inputs(); c++, t += size) {
                System.arraycopy(k, t, w.kernel(o, c).data, 0, size);
            }
        }
        System.arraycopy(b, 0, layer.bias(), 0, b.length);
        return true;
    }
}
