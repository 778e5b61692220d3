package org.convlab.model.lesson;

import org.convlab.core.ConvGeometry;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;

/**
 * A "what if" a claim is made under: the step's setup with some parts replaced, as when the text
 * says "set the bias to -19 and Y becomes ...". Null parts are left as the step has them.
 *
 * @param input        another X, or null
 * @param kernel       another K, or null
 * @param bias         another b, or null
 * @param geometry     another padding, stride and dilation, or null
 * @param pooling      another pooling stage, or null
 * @param learningRate another learning rate, or null
 * @param epochs       another epoch count, or null
 */
public record Variation(FMatrixRMaj input, FMatrixRMaj kernel, Float bias, ConvGeometry geometry, PoolingStage pooling,
                        Double learningRate, Integer epochs) {
    /** No change: the claim is about the step as it is set up. */
    public static final Variation NONE = new Variation(null, null, null, null, null, null, null);

    /** Keeps private copies of the matrices. */
    public Variation {
        input = input == null ? null : input.copy();
        kernel = kernel == null ? null : kernel.copy();
    }

    /**
     * The workspace under this variation.
     *
     * @param state the step's setup
     * @return the varied state
     */
    public WorkspaceState apply(WorkspaceState state) {
        return new WorkspaceState(input == null ? state.input() : input, kernel == null ? state.kernel() : kernel,
                bias == null ? state.bias() : bias, geometry == null ? state.geometry() : geometry,
                pooling == null ? state.pooling() : pooling);
    }

    /**
     * The training setup under this variation.
     *
     * @param setup the step's training setup
     * @return the varied setup
     */
    public TrainingSetup apply(TrainingSetup setup) {
        return setup.with(learningRate == null ? setup.learningRate() : learningRate,
                epochs == null ? setup.epochs() : epochs);
    }

    /**
     * Whether anything is varied.
     *
     * @return false for {@link #NONE}
     */
    public boolean isNone() {
        return input == null && kernel == null && bias == null && geometry == null && pooling == null
                && learningRate == null && epochs == null;
    }
}
