package org.convlab.model.training;

import java.util.Arrays;
import java.util.Objects;
import org.convlab.core.Chapter;
import org.ejml.data.FMatrixRMaj;

/**
 * Everything the student chooses about a training run, in one value (a session file stores it as
 * it is). Changing the learning rate, epoch count, tolerance or run-to-convergence takes effect
 * while training runs; changing the target, shape, bias, start or seed sets the run up again.
 *
 * @param learningRate     the step size, positive
 * @param epochs           how many epochs a run has, at least 1 (ignored with runToConvergence)
 * @param bias             whether a bias is learned with the kernel
 * @param init             where the kernel starts
 * @param seed             the seed of a RANDOM start
 * @param tolerance        training stops once the loss is below this; 0 turns it off
 * @param runToConvergence keep going past the epoch count until the loss is below the tolerance
 *                         or stops falling
 * @param kernelRows       rows of the learned kernel, or 0 for the target kernel's shape
 * @param kernelCols       columns of the learned kernel, or 0 for the target kernel's shape
 * @param customKernel     the values of a CUSTOM start, or null (copied both ways)
 * @param target           what the run learns to reproduce
 */
public record TrainingSettings(double learningRate, int epochs, boolean bias, InitKind init, long seed,
                               double tolerance, boolean runToConvergence, int kernelRows, int kernelCols,
                               FMatrixRMaj customKernel, TargetKind target) {
    /** The default tolerance: far below the chapter's last printed loss, 0.007. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** Validates and copies the custom kernel, so the settings cannot change behind anyone's back. */
    public TrainingSettings {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, not " + learningRate);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("the number of epochs must be at least 1, not " + epochs);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("the tolerance must be 0 or a positive number, not " + tolerance);
        }
        if (kernelRows < 0 || kernelCols < 0 || (kernelRows == 0) != (kernelCols == 0)) {
            throw new IllegalArgumentException("the kernel shape must be two positive sizes or 0x0, not "
                    + kernelRows + "x" + kernelCols);
        }
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(target, "target");
        customKernel = customKernel == null ? null : customKernel.copy();
    }

    /**
     * Settings that learn the workspace's own output back, as every run did before channels.
     *
     * @param learningRate     the step size, positive
     * @param epochs           how many epochs a run has, at least 1
     * @param bias             whether a bias is learned with the kernel
     * @param init             where the kernel starts
     * @param seed             the seed of a RANDOM start
     * @param tolerance        training stops once the loss is below this; 0 turns it off
     * @param runToConvergence keep going past the epoch count
     * @param kernelRows       rows of the learned kernel, or 0 for the target kernel's shape
     * @param kernelCols       columns of the learned kernel, or 0 for the target kernel's shape
     * @param customKernel     the values of a CUSTOM start, or null
     */
    public TrainingSettings(double learningRate, int epochs, boolean bias, InitKind init, long seed,
                            double tolerance, boolean runToConvergence, int kernelRows, int kernelCols,
                            FMatrixRMaj customKernel) {
        this(learningRate, epochs, bias, init, seed, tolerance, runToConvergence, kernelRows, kernelCols,
                customKernel, TargetKind.WORKSPACE);
    }

    /**
     * The chapter's setup (6.2.4): lr 0.03, 10 epochs, no bias, the target's shape, starting
     * from the book's run.
     *
     * @return the settings
     */
    public static TrainingSettings chapter() {
        return new TrainingSettings(Chapter.LEARNING_RATE, Chapter.EPOCHS, false, InitKind.BOOK_RUN, 0,
                DEFAULT_TOLERANCE, false, 0, 0, null);
    }

    /**
     * A run that only a pause ends, for timing epochs: a random start, the given learning rate,
     * no epoch limit, no tolerance and no running to convergence (whose plateau and hard limit
     * end a small task within a second at full speed).
     *
     * @param learningRate the step size, small enough not to diverge
     * @return the settings
     */
    public static TrainingSettings endless(double learningRate) {
        return new TrainingSettings(learningRate, Integer.MAX_VALUE, false, InitKind.RANDOM, 0, 0, false, 0, 0,
                null);
    }

    @Override
    public FMatrixRMaj customKernel() {
        return customKernel == null ? null : customKernel.copy();
    }

    /**
     * Whether the kernel takes the target kernel's shape.
     *
     * @return true for 0x0
     */
    public boolean shapeFromTarget() {
        return kernelRows == 0;
    }

    /**
     * Whether going from these settings to the next needs a new setup (a reset), rather than a
     * change the running trainer can take.
     *
     * @param next the new settings
     * @return true if the target, shape, bias, start, seed or custom values differ
     */
    public boolean needsNewSetup(TrainingSettings next) {
        return target != next.target || bias != next.bias || init != next.init || seed != next.seed
                || kernelRows != next.kernelRows || kernelCols != next.kernelCols
                || !sameMatrix(customKernel, next.customKernel);
    }

    /** @param lr the new learning rate @return a copy with it */
    public TrainingSettings withLearningRate(double lr) {
        return new TrainingSettings(lr, epochs, bias, init, seed, tolerance, runToConvergence, kernelRows,
                kernelCols, customKernel, target);
    }

    /** @param n the new epoch count @return a copy with it */
    public TrainingSettings withEpochs(int n) {
        return new TrainingSettings(learningRate, n, bias, init, seed, tolerance, runToConvergence, kernelRows,
                kernelCols, customKernel, target);
    }

    /** @param b whether to learn a bias @return a copy with it */
    public TrainingSettings withBias(boolean b) {
        return new TrainingSettings(learningRate, epochs, b, init, seed, tolerance, runToConvergence, kernelRows,
                kernelCols, customKernel, target);
    }

    /** @param kind the new start @return a copy with it */
    public TrainingSettings withInit(InitKind kind) {
        return new TrainingSettings(learningRate, epochs, bias, kind, seed, tolerance, runToConvergence, kernelRows,
                kernelCols, customKernel, target);
    }

    /** @param s the new seed @return a copy with it */
    public TrainingSettings withSeed(long s) {
        return new TrainingSettings(learningRate, epochs, bias, init, s, tolerance, runToConvergence, kernelRows,
                kernelCols, customKernel, target);
    }

    /** @param t the new tolerance @return a copy with it */
    public TrainingSettings withTolerance(double t) {
        return new TrainingSettings(learningRate, epochs, bias, init, seed, t, runToConvergence, kernelRows,
                kernelCols, customKernel, target);
    }

    /** @param on whether to run to convergence @return a copy with it */
    public TrainingSettings withRunToConvergence(boolean on) {
        return new TrainingSettings(learningRate, epochs, bias, init, seed, tolerance, on, kernelRows, kernelCols,
                customKernel, target);
    }

    /** @param rows kernel rows (0 with cols 0: the target's) @param cols kernel columns @return a copy */
    public TrainingSettings withShape(int rows, int cols) {
        return new TrainingSettings(learningRate, epochs, bias, init, seed, tolerance, runToConvergence, rows, cols,
                customKernel, target);
    }

    /** @param k the custom start's values, copied @return a copy with them */
    public TrainingSettings withCustomKernel(FMatrixRMaj k) {
        return new TrainingSettings(learningRate, epochs, bias, init, seed, tolerance, runToConvergence, kernelRows,
                kernelCols, k, target);
    }

    /** @param t what the run learns to reproduce @return a copy with it */
    public TrainingSettings withTarget(TargetKind t) {
        return new TrainingSettings(learningRate, epochs, bias, init, seed, tolerance, runToConvergence, kernelRows,
                kernelCols, customKernel, t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingSettings s && learningRate == s.learningRate && epochs == s.epochs
                && bias == s.bias && init == s.init && seed == s.seed && tolerance == s.tolerance
                && runToConvergence == s.runToConvergence && kernelRows == s.kernelRows
                && kernelCols == s.kernelCols && sameMatrix(customKernel, s.customKernel) && target == s.target;
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningRate, epochs, bias, init, seed, tolerance, runToConvergence, kernelRows,
                kernelCols, customKernel == null ? 0 : Arrays.hashCode(customKernel.data), target);
    }

    private static boolean sameMatrix(FMatrixRMaj a, FMatrixRMaj b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.numRows == b.numRows && a.numCols == b.numCols
                && Arrays.equals(a.data, 0, a.getNumElements(), b.data, 0, b.getNumElements());
    }
}
