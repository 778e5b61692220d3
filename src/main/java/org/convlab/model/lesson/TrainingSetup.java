package org.convlab.model.lesson;

import org.convlab.core.KernelInit;
import org.convlab.model.training.InitKind;
import org.convlab.model.training.TrainingSettings;
import org.ejml.data.FMatrixRMaj;

/**
 * How the training pane starts for a lesson step. It learns the workspace's kernel back from X and
 * Y = corr2d(X, K) (+ b when the bias is learned), as the chapter's 6.2.4 does.
 *
 * @param init         where the kernel starts
 * @param customKernel the start for {@link Init#CUSTOM}, else null
 * @param learningRate the step size, positive
 * @param epochs       how many epochs the lesson runs, at least 1
 * @param learnBias    whether the bias is learned too
 * @param seed         the seed of a {@link Init#RANDOM} start
 */
public record TrainingSetup(Init init, FMatrixRMaj customKernel, double learningRate, int epochs,
                            boolean learnBias, long seed) {
    /** Where the kernel starts. */
    public enum Init {
        /** The book's printed run, [[0.3314, -0.4786]]: reproduces the chapter's losses. */
        BOOK_RUN,
        /** PyTorch's default uniform draw, from {@link #seed()}. */
        RANDOM,
        /** All zeros. */
        ZEROS,
        /** The kernel the lesson gives. */
        CUSTOM
    }

    /** Keeps a private copy of the custom kernel. */
    public TrainingSetup {
        customKernel = customKernel == null ? null : customKernel.copy();
    }

    /**
     * The kernel training starts from, for a kernel of the given shape.
     *
     * @param rows h
     * @param cols w
     * @return a new matrix
     */
    public FMatrixRMaj initialKernel(int rows, int cols) {
        return switch (init) {
            case BOOK_RUN -> KernelInit.bookRun();
            case RANDOM -> KernelInit.pytorchDefault(rows, cols, seed);
            case ZEROS -> new FMatrixRMaj(rows, cols);
            case CUSTOM -> customKernel.copy();
        };
    }

    /**
     * The same setup with another learning rate and epoch count.
     *
     * @param rate   the step size
     * @param epochs the epoch count
     * @return a new setup
     */
    public TrainingSetup with(double rate, int epochs) {
        return new TrainingSetup(init, customKernel, rate, epochs, learnBias, seed);
    }

    /**
     * The training pane's settings for this setup: the kernel takes the workspace kernel's shape,
     * the default tolerance applies and the run stops after its epochs.
     *
     * @return the settings
     */
    public TrainingSettings settings() {
        return new TrainingSettings(learningRate, epochs, learnBias, InitKind.valueOf(init.name()), seed,
                TrainingSettings.DEFAULT_TOLERANCE, false, 0, 0, customKernel);
    }
}
