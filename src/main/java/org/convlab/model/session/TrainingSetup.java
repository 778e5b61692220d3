package org.convlab.model.session;

import org.ejml.data.FMatrixRMaj;

/**
 * The training pane's settings as a session file keeps them.
 *
 * @param kernelRows    learnable kernel rows
 * @param kernelCols    learnable kernel columns
 * @param init          how the kernel starts: "book", "random", "zeros" or "custom"
 * @param customKernel  the custom initial kernel, or null unless init is "custom"
 * @param learningRate  the step size
 * @param epochs        the epoch count
 * @param learnBias     whether the bias is learned
 * @param seed          the seed of the random start
 */
public record TrainingSetup(int kernelRows, int kernelCols, String init, FMatrixRMaj customKernel,
                            double learningRate, int epochs, boolean learnBias, long seed) {
    /** The chapter's setup: a 1x2 kernel from the book's initial values, lr 0.03, 10 epochs, no bias. */
    public static final TrainingSetup CHAPTER = new TrainingSetup(1, 2, "book", null, 0.03, 10, false, 0);
}
