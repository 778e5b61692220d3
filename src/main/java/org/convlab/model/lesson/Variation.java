package org.convlab.model.lesson;

import java.util.ArrayList;
import java.util.List;
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
 * @param inputChannels  another count of input channels, or null: channels added are zeros with zero
 *                       kernels, as the window adds them; channels beyond it are dropped
 * @param outputChannels another count of output channels, or null: outputs added copy output
 *                       channel 0's kernels and bias, so only the count changes
 */
public record Variation(FMatrixRMaj input, FMatrixRMaj kernel, Float bias, ConvGeometry geometry, PoolingStage pooling,
                        Double learningRate, Integer epochs, Integer inputChannels, Integer outputChannels) {
    /** No change: the claim is about the step as it is set up. */
    public static final Variation NONE = new Variation(null, null, null, null, null, null, null, null, null);

    /**
     * A variation of the chapter's single-channel kind.
     *
     * @param input        another X, or null
     * @param kernel       another K, or null
     * @param bias         another b, or null
     * @param geometry     another geometry, or null
     * @param pooling      another pooling stage, or null
     * @param learningRate another learning rate, or null
     * @param epochs       another epoch count, or null
     */
    public Variation(FMatrixRMaj input, FMatrixRMaj kernel, Float bias, ConvGeometry geometry, PoolingStage pooling,
                     Double learningRate, Integer epochs) {
        this(input, kernel, bias, geometry, pooling, learningRate, epochs, null, null);
    }

    /** Keeps private copies of the matrices. */
    public Variation {
        input = input == null ? null : input.copy();
        kernel = kernel == null ? null : kernel.copy();
    }

    /**
     * The workspace under this variation. Another X replaces input channel 0 (the whole X of a
     * single-channel setup), another K kernel (0, 0), and another b every output channel's bias, as
     * the command line's one {@code --bias} does.
     *
     * @param state the step's setup
     * @return the varied state
     */
    public WorkspaceState apply(WorkspaceState state) {
        WorkspaceState s = state;
        if (inputChannels != null) {
            s = withInputChannels(s, inputChannels);
        }
        if (outputChannels != null) {
            s = withOutputChannels(s, outputChannels);
        }
        s = input == null ? s : s.withInput(input);
        s = kernel == null ? s : s.withKernel(kernel);
        if (bias != null) {
            for (int o = 0; o < s.outputChannels(); o++) {
                s = s.withBias(o, bias);
            }
        }
        s = geometry == null ? s : s.withGeometry(geometry);
        return pooling == null ? s : s.withPooling(pooling);
    }

    private static WorkspaceState withInputChannels(WorkspaceState s, int count) {
        List<FMatrixRMaj> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> fresh = WorkspaceState.defaultNames(count);
        for (int c = 0; c < count; c++) {
            boolean kept = c < s.inputChannels();
            inputs.add(kept ? s.input(c) : new FMatrixRMaj(s.input().numRows, s.input().numCols));
            names.add(kept ? s.channelNames().get(c) : fresh.get(c));
        }
        return s.withInputs(inputs, names);
    }

    private static WorkspaceState withOutputChannels(WorkspaceState s, int count) {
        List<List<FMatrixRMaj>> bank = new ArrayList<>();
        List<Float> biases = new ArrayList<>();
        for (int o = 0; o < count; o++) {
            int from = o < s.outputChannels() ? o : 0;
            bank.add(s.kernels().get(from));
            biases.add(s.bias(from));
        }
        return s.withBank(bank, biases);
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
                && learningRate == null && epochs == null && inputChannels == null && outputChannels == null;
    }
}
