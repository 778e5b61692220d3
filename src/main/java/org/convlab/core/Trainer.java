package org.convlab.core;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * The chapter's training loop (6.2.4): learn a kernel (and optionally a bias) from an input X and
 * a target Y by gradient descent on {@code L = sum((corr2d(X, K) + b - Y)^2)}, one epoch a step.
 *
 * <p>The learning rate may change between steps; it takes effect on the next one. Like PyTorch,
 * the update {@code K -= lr * dK} is done in float32.
 */
public final class Trainer {
    /** A loss above this many times the first one counts as divergence. */
    public static final double DIVERGENCE_FACTOR = 1e6;
    /**
     * A run that ends with its loss above this many times the first has diverged too, however few
     * epochs it ran: below the stable learning rate every step lowers the squared loss.
     */
    public static final double GROWTH_FACTOR = 2;

    private final FMatrixRMaj input;
    private final FMatrixRMaj target;
    private final Conv2D layer;
    private final boolean useBias;
    private final FMatrixRMaj prediction;
    private double learningRate;
    private int epoch;
    private double firstLoss = Double.NaN;
    private TrainingStatus status = TrainingStatus.RUNNING;
    private PoolWindow poolWindow;
    private PoolMode poolMode;
    private LossGradient last;

    /**
     * Sets up training.
     *
     * @param input         X, copied
     * @param target        Y, the shape of corr2d(X, K0), copied
     * @param initialKernel K0, copied
     * @param useBias       whether the bias is learned (it starts at 0)
     * @param learningRate  a positive finite step size
     * @throws IllegalArgumentException for bad shapes, values or learning rate
     */
    public Trainer(FMatrixRMaj input, FMatrixRMaj target, FMatrixRMaj initialKernel, boolean useBias,
                   double learningRate) {
        this(input, target, initialKernel, useBias, learningRate, ConvGeometry.VALID);
    }

    /**
     * Sets up training of a layer with padding, stride or dilation.
     *
     * @param input         X, copied
     * @param target        Y, the shape of the layer's output for X, copied
     * @param initialKernel K0, copied
     * @param useBias       whether the bias is learned (it starts at 0)
     * @param learningRate  a positive finite step size
     * @param geometry      padding, stride and dilation
     * @throws IllegalArgumentException for bad shapes, values or learning rate, or an empty output
     */
    public Trainer(FMatrixRMaj input, FMatrixRMaj target, FMatrixRMaj initialKernel, boolean useBias,
                   double learningRate, ConvGeometry geometry) {
        Shapes.requireFinite(input, "input");
        Shapes.requireFinite(target, "target");
        this.layer = new Conv2D(initialKernel, 0f, geometry);
        if (geometry.isValid()) {
            Shapes.requireKernelFits(input, initialKernel);
        } else {
            geometry.requireOutput(input.numRows, input.numCols, initialKernel.numRows, initialKernel.numCols);
        }
        FMatrixRMaj expectedShape = new FMatrixRMaj(
                geometry.outputRows(input.numRows, initialKernel.numRows),
                geometry.outputCols(input.numCols, initialKernel.numCols));
        Shapes.requireSameShape(expectedShape, target, "target");
        this.input = input.copy();
        this.target = target.copy();
        this.useBias = useBias;
        this.prediction = new FMatrixRMaj(target.numRows, target.numCols);
        setLearningRate(learningRate);
    }

    /**
     * Sets up training of a layer whose output is pooled before the loss (D2L 6.5): the target is
     * the pooled output, and the gradient goes back through the pooling ({@link PooledLoss}).
     *
     * @param input         X, copied
     * @param target        Z, the shape of pool(layer output), copied
     * @param initialKernel K0, copied
     * @param useBias       whether the bias is learned (it starts at 0)
     * @param learningRate  a positive finite step size
     * @param geometry      the convolution's padding, stride and dilation
     * @param window        the pooling window, its stride and padding
     * @param mode          max or average
     * @return the trainer
     * @throws IllegalArgumentException for bad shapes, values or learning rate, or a pooling window
     *                                  that does not fit the layer's output
     */
    public static Trainer pooled(FMatrixRMaj input, FMatrixRMaj target, FMatrixRMaj initialKernel, boolean useBias,
                                 double learningRate, ConvGeometry geometry, PoolWindow window, PoolMode mode) {
        int rows = geometry.outputRows(input.numRows, initialKernel.numRows);
        int cols = geometry.outputCols(input.numCols, initialKernel.numCols);
        geometry.requireOutput(input.numRows, input.numCols, initialKernel.numRows, initialKernel.numCols);
        window.requireFits(rows, cols);
        if (mode == null) {
            throw new IllegalArgumentException("a pooled trainer needs a pooling mode");
        }
        Trainer t = new Trainer(input, new FMatrixRMaj(rows, cols), initialKernel, useBias, learningRate, geometry);
        Shapes.requireFinite(target, "target");
        Shapes.requireSameShape(new FMatrixRMaj(window.outputRows(rows), window.outputCols(cols)), target, "target");
        t.target.reshape(target.numRows, target.numCols);
        t.target.setTo(target);
        t.poolWindow = window;
        t.poolMode = mode;
        return t;
    }

    /**
     * The loss and gradient of the last epoch, with its error map: for a pooled layer dL/dY / 2,
     * zero where the pooling sent no gradient. The next epoch may overwrite its matrices.
     *
     * @return null before the first epoch
     */
    public LossGradient lastGradient() {
        return last;
    }

    /**
     * Changes the step size for the following epochs.
     *
     * @param learningRate a positive finite number
     */
    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, not " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /**
     * The current step size.
     *
     * @return lr
     */
    public double learningRate() {
        return learningRate;
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
     * The first epoch's loss, at the starting parameters.
     *
     * @return NaN before the first step
     */
    public double firstLoss() {
        return firstLoss;
    }

    /**
     * The current kernel.
     *
     * @return a copy
     */
    public FMatrixRMaj kernel() {
        return layer.weight().copy();
    }

    /**
     * The current bias.
     *
     * @return b (0 when the bias is not learned)
     */
    public float bias() {
        return layer.bias();
    }

    /**
     * Runs one epoch: loss and gradient at the current parameters, then the update. When the loss
     * is not finite or exceeds {@link #DIVERGENCE_FACTOR} times the first, or the update would
     * leave a non-finite parameter, the update is not made and the status becomes DIVERGED.
     *
     * @return the epoch's record
     * @throws IllegalStateException if training already diverged
     */
    public EpochRecord step() {
        if (status == TrainingStatus.DIVERGED) {
            throw new IllegalStateException("training diverged; reset it with a smaller learning rate");
        }
        CrossCorrelation.corr2dUnchecked(input, layer.weight(), layer.bias(), layer.geometry(), prediction);
        LossGradient g = poolWindow == null
                ? Conv2D.lossGradient(input, prediction, target, layer.weight().numRows, layer.weight().numCols,
                        layer.geometry())
                : PooledLoss.of(input, prediction, target, layer.weight().numRows, layer.weight().numCols,
                        layer.geometry(), poolWindow, poolMode);
        last = g;
        epoch++;
        if (epoch == 1) {
            firstLoss = g.loss();
        }
        if (isDivergent(g.loss()) || !update(g)) {
            status = TrainingStatus.DIVERGED;
        }
        return new EpochRecord(epoch, g.loss(), layer.weight().copy(), layer.bias(), g.kernelGrad(), g.biasGrad());
    }

    /**
     * Runs up to the given number of epochs, stopping early on divergence.
     *
     * @param epochs how many, at least 1
     * @return one record per epoch run
     */
    public List<EpochRecord> run(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("the number of epochs must be at least 1, not " + epochs);
        }
        List<EpochRecord> records = new ArrayList<>(epochs);
        for (int i = 0; i < epochs && status == TrainingStatus.RUNNING; i++) {
            records.add(step());
        }
        return records;
    }

    /**
     * The loss at the current parameters, after the last update: one more forward pass.
     *
     * @return sum((corr2d(X, K) + b - Y)^2)
     */
    public double currentLoss() {
        CrossCorrelation.corr2dUnchecked(input, layer.weight(), layer.bias(), layer.geometry(), prediction);
        return Conv2D.lossGradient(input, prediction, target, layer.weight().numRows, layer.weight().numCols,
                layer.geometry()).loss();
    }

    /**
     * Whether the loss grew over the epochs run: after the last update it is above
     * {@link #GROWTH_FACTOR} times the first epoch's, and above float32's rounding at the target's
     * scale. A run of three epochs that multiplies the loss by 100,000 diverges even though it
     * stops before {@link #DIVERGENCE_FACTOR} is reached.
     *
     * @return true when the steps overshoot; false before the first epoch
     */
    public boolean lossGrew() {
        if (epoch == 0) {
            return false;
        }
        double now = currentLoss();
        double scale = 0;
        for (int i = 0; i < target.getNumElements(); i++) {
            scale += (double) target.data[i] * target.data[i];
        }
        return !Double.isFinite(now) || now > GROWTH_FACTOR * firstLoss && now > 1e-6 * scale;
    }

    private boolean isDivergent(double loss) {
        return !Double.isFinite(loss) || loss > DIVERGENCE_FACTOR * Math.max(firstLoss, Float.MIN_NORMAL);
    }

    /** Applies the step unless it would produce a non-finite parameter; says whether it did. */
    private boolean update(LossGradient g) {
        float lr = (float) learningRate;
        float[] k = layer.weight().data;
        float[] dk = g.kernelGrad().data;
        float[] next = new float[k.length];
        for (int i = 0; i < k.length; i++) {
            next[i] = k[i] - lr * dk[i];
            if (!Float.isFinite(next[i])) {
                return false;
            }
        }
        float nextBias = useBias ? layer.bias() - lr * (float) g.biasGrad() : layer.bias();
        if (!Float.isFinite(nextBias)) {
            return false;
        }
        System.arraycopy(next, 0, k, 0, k.length);
        layer.setBias(nextBias);
        return true;
    }
}
