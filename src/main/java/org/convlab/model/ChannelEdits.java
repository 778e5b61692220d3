package org.convlab.model;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.ConvGeometry;
import org.convlab.core.MultipleChannels;
import org.ejml.data.FMatrixRMaj;

/**
 * The edits that change how many channels the workspace has (D2L 6.4), each from one state to the
 * next. A new input channel starts at zero with zero kernels, so Y does not change until it is
 * painted; a new output channel starts as a copy of the last one, so it shows something at once.
 * The window edits at most {@link WorkspaceState#MAX_CHANNELS} of each.
 */
public final class ChannelEdits {
    private ChannelEdits() {
    }

    /**
     * Whether another input channel may be added.
     *
     * @param s the state
     * @return true below the window's limit
     */
    public static boolean canAddInput(WorkspaceState s) {
        return s.inputChannels() < WorkspaceState.MAX_CHANNELS;
    }

    /**
     * Whether another output channel may be added.
     *
     * @param s the state
     * @return true below the window's limit
     */
    public static boolean canAddOutput(WorkspaceState s) {
        return s.outputChannels() < WorkspaceState.MAX_CHANNELS;
    }

    /**
     * Adds a zero input channel after the others, named c<i>n</i> (the first such name not taken).
     *
     * @param s the state
     * @return the next state, or s itself at the limit
     */
    public static WorkspaceState addInput(WorkspaceState s) {
        if (!canAddInput(s)) {
            return s;
        }
        List<FMatrixRMaj> inputs = new ArrayList<>(s.inputs());
        inputs.add(new FMatrixRMaj(s.input().numRows, s.input().numCols));
        List<String> names = new ArrayList<>(s.channelNames());
        int n = inputs.size() - 1;
        while (names.contains("c" + n)) {
            n++;
        }
        names.add("c" + n);
        return s.withInputs(inputs, names);
    }

    /**
     * Removes one input channel and its column of kernels.
     *
     * @param s the state
     * @param c the channel
     * @return the next state, or s itself when it has one channel only
     */
    public static WorkspaceState removeInput(WorkspaceState s, int c) {
        if (s.inputChannels() == 1 || c < 0 || c >= s.inputChannels()) {
            return s;
        }
        List<FMatrixRMaj> inputs = new ArrayList<>(s.inputs());
        inputs.remove(c);
        List<String> names = new ArrayList<>(s.channelNames());
        names.remove(c);
        List<List<FMatrixRMaj>> bank = new ArrayList<>();
        for (List<FMatrixRMaj> row : s.kernels()) {
            List<FMatrixRMaj> kept = new ArrayList<>(row);
            kept.remove(c);
            bank.add(kept);
        }
        return new WorkspaceState(inputs, names, bank, s.biases(), s.geometry(), s.pooling());
    }

    /**
     * Adds an output channel whose kernels and bias copy the last output channel's.
     *
     * @param s the state
     * @return the next state, or s itself at the limit
     */
    public static WorkspaceState addOutput(WorkspaceState s) {
        if (!canAddOutput(s)) {
            return s;
        }
        List<List<FMatrixRMaj>> bank = new ArrayList<>(s.kernels());
        bank.add(s.kernels().get(bank.size() - 1));
        List<Float> biases = new ArrayList<>(s.biases());
        biases.add(biases.get(biases.size() - 1));
        return s.withBank(bank, biases);
    }

    /**
     * Removes one output channel, its kernels and its bias.
     *
     * @param s the state
     * @param o the output channel
     * @return the next state, or s itself when it has one output channel only
     */
    public static WorkspaceState removeOutput(WorkspaceState s, int o) {
        if (s.outputChannels() == 1 || o < 0 || o >= s.outputChannels()) {
            return s;
        }
        List<List<FMatrixRMaj>> bank = new ArrayList<>(s.kernels());
        bank.remove(o);
        List<Float> biases = new ArrayList<>(s.biases());
        biases.remove(o);
        return s.withBank(bank, biases);
    }

    /**
     * The book's example of several input channels (D2L 6.4.1): X of 2 channels 3x3, K of 2
     * channels 2x2, one output channel, which is {@code [[56, 72], [104, 120]]}.
     *
     * @return the state, without padding, stride or pooling
     */
    public static WorkspaceState bookInputs() {
        return WorkspaceState.of(MultipleChannels.exampleInput(), null, MultipleChannels.exampleKernel(),
                new float[1], ConvGeometry.VALID, PoolingStage.OFF);
    }

    /**
     * The book's example of several output channels (D2L 6.4.2): the same X, and the bank stacked
     * from K, K + 1 and K + 2, three output channels.
     *
     * @return the state, without padding, stride or pooling
     */
    public static WorkspaceState bookOutputs() {
        return WorkspaceState.of(MultipleChannels.exampleInput(), null, MultipleChannels.stackedKernel(),
                new float[3], ConvGeometry.VALID, PoolingStage.OFF);
    }
}
