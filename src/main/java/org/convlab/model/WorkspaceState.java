package org.convlab.model;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.KernelBank;
import org.convlab.core.Shapes;
import org.ejml.data.FMatrixRMaj;

/**
 * What the workspace shows at one moment (D2L 6.2-6.5): the input X as a stack of channels
 * {@code C_in x H x W}, the kernel K as a bank {@code C_out x C_in x kh x kw}, one bias per output
 * channel, where the kernel's windows sit (padding, stride, dilation) and the optional pooling after
 * Y. The chapter's case is one input and one output channel, and for it {@link #input()},
 * {@link #kernel()} and {@link #bias()} are the whole of X, K and b.
 *
 * <p>A state is a value: its matrices are copied in and never modified once it holds them, so
 * states can share them, and the undo history keeps states rather than copies. Two states are equal
 * when they hold the same values.
 *
 * @param inputs       the channels of X, at least one, of one shape, at least 1x1, finite
 * @param channelNames one name per input channel (R, G, B after a colour import; c0, c1, ... otherwise)
 * @param kernels      {@code kernels.get(o).get(c)} correlates input channel c into output channel o;
 *                     at least one output, each with one kernel per input channel, all of one shape,
 *                     finite (a kernel may be larger than X: the output then shows why)
 * @param biases       one finite bias per output channel
 * @param geometry     padding, stride and dilation; {@link ConvGeometry#VALID} is the chapter's case
 * @param pooling      the optional pooling after Y (D2L 6.5), applied to every output channel
 */
public record WorkspaceState(List<FMatrixRMaj> inputs, List<String> channelNames, List<List<FMatrixRMaj>> kernels,
                             List<Float> biases, ConvGeometry geometry, PoolingStage pooling) {
    /** The most input or output channels the window edits (the core and the command line take any count). */
    public static final int MAX_CHANNELS = 8;

    /** Validates and takes private copies, so no caller can change the state afterwards. */
    public WorkspaceState {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("a workspace state needs at least one input channel");
        }
        if (kernels == null || kernels.isEmpty()) {
            throw new IllegalArgumentException("a workspace state needs at least one output channel");
        }
        if (geometry == null) {
            throw new IllegalArgumentException("a workspace state needs a geometry");
        }
        if (pooling == null) {
            throw new IllegalArgumentException("a workspace state needs a pooling stage (PoolingStage.OFF for none)");
        }
        inputs = HeldMatrices.hold(inputs, "input");
        FMatrixRMaj first = inputs.get(0);
        for (int c = 1; c < inputs.size(); c++) {
            if (!Shapes.sameShape(first, inputs.get(c))) {
                throw new IllegalArgumentException("input channel " + c + " is " + Shapes.of(inputs.get(c))
                        + " but channel 0 is " + Shapes.of(first));
            }
        }
        channelNames = channelNames == null ? defaultNames(inputs.size()) : List.copyOf(channelNames);
        if (channelNames.size() != inputs.size()) {
            throw new IllegalArgumentException(channelNames.size() + " channel names for " + inputs.size()
                    + " input channels");
        }
        List<List<FMatrixRMaj>> bank = new ArrayList<>(kernels.size());
        FMatrixRMaj k00 = kernels.get(0).isEmpty() ? null : kernels.get(0).get(0);
        for (int o = 0; o < kernels.size(); o++) {
            List<FMatrixRMaj> row = kernels.get(o);
            if (row.size() != inputs.size()) {
                throw new IllegalArgumentException("output channel " + o + " has " + row.size()
                        + " kernels but X has " + inputs.size() + " input channels");
            }
            List<FMatrixRMaj> copied = HeldMatrices.hold(row, "kernel");
            for (int c = 0; c < copied.size(); c++) {
                if (!Shapes.sameShape(k00, copied.get(c))) {
                    throw new IllegalArgumentException("kernel (" + o + ", " + c + ") is " + Shapes.of(copied.get(c))
                            + " but kernel (0, 0) is " + Shapes.of(k00));
                }
            }
            bank.add(copied);
        }
        kernels = List.copyOf(bank);
        if (biases == null || biases.size() != kernels.size()) {
            throw new IllegalArgumentException((biases == null ? 0 : biases.size()) + " biases for "
                    + kernels.size() + " output channels");
        }
        for (Float b : biases) {
            if (b == null || !Float.isFinite(b)) {
                throw new IllegalArgumentException("the bias is " + b + "; it must be a finite number");
            }
        }
        biases = List.copyOf(biases);
    }

    /**
     * A single-channel state, the chapter's kind of workspace.
     *
     * @param input    X
     * @param kernel   K
     * @param bias     b
     * @param geometry padding, stride and dilation
     * @param pooling  the pooling stage
     */
    public WorkspaceState(FMatrixRMaj input, FMatrixRMaj kernel, float bias, ConvGeometry geometry,
                          PoolingStage pooling) {
        this(List.of(input), null, List.of(List.of(kernel)), List.of(bias), geometry, pooling);
    }

    /**
     * A single-channel state without pooling.
     *
     * @param input    X
     * @param kernel   K
     * @param bias     b
     * @param geometry padding, stride and dilation
     */
    public WorkspaceState(FMatrixRMaj input, FMatrixRMaj kernel, float bias, ConvGeometry geometry) {
        this(input, kernel, bias, geometry, PoolingStage.OFF);
    }

    /**
     * A state of the chapter's kind: one channel, no padding, stride 1, no dilation.
     *
     * @param input  X
     * @param kernel K
     * @param bias   b
     */
    public WorkspaceState(FMatrixRMaj input, FMatrixRMaj kernel, float bias) {
        this(input, kernel, bias, ConvGeometry.VALID);
    }

    /**
     * A multi-channel state from the core's types.
     *
     * @param x        the input stack
     * @param names    one name per channel, or null for c0, c1, ...
     * @param k        the kernel bank
     * @param bias     one bias per output channel
     * @param geometry padding, stride and dilation
     * @param pooling  the pooling stage
     * @return the state
     */
    public static WorkspaceState of(ChannelStack x, List<String> names, KernelBank k, float[] bias,
                                    ConvGeometry geometry, PoolingStage pooling) {
        List<FMatrixRMaj> inputs = new ArrayList<>();
        for (int c = 0; c < x.count(); c++) {
            inputs.add(x.channel(c));
        }
        List<List<FMatrixRMaj>> bank = new ArrayList<>();
        for (int o = 0; o < k.outputs(); o++) {
            List<FMatrixRMaj> row = new ArrayList<>();
            for (int c = 0; c < k.inputs(); c++) {
                row.add(k.kernel(o, c));
            }
            bank.add(row);
        }
        List<Float> b = new ArrayList<>();
        for (float v : bias) {
            b.add(v);
        }
        return new WorkspaceState(inputs, names, bank, b, geometry, pooling);
    }

    /**
     * Names c0, c1, ... for channels that have none of their own.
     *
     * @param count the channel count
     * @return the names
     */
    public static List<String> defaultNames(int count) {
        List<String> names = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            names.add("c" + c);
        }
        return List.copyOf(names);
    }

    /**
     * X when there is one input channel; input channel 0 otherwise.
     *
     * @return the matrix, not to be modified
     */
    public FMatrixRMaj input() {
        return inputs.get(0);
    }

    /**
     * K when there is one input and one output channel; kernel (0, 0) otherwise.
     *
     * @return the matrix, not to be modified
     */
    public FMatrixRMaj kernel() {
        return kernels.get(0).get(0);
    }

    /**
     * b when there is one output channel; the bias of output channel 0 otherwise.
     *
     * @return the bias
     */
    public float bias() {
        return biases.get(0);
    }

    /**
     * One input channel.
     *
     * @param c the channel
     * @return X[c], not to be modified
     */
    public FMatrixRMaj input(int c) {
        return inputs.get(c);
    }

    /**
     * One kernel of the bank.
     *
     * @param o the output channel
     * @param c the input channel
     * @return K[o, c], not to be modified
     */
    public FMatrixRMaj kernel(int o, int c) {
        return kernels.get(o).get(c);
    }

    /**
     * One output channel's bias.
     *
     * @param o the output channel
     * @return b[o]
     */
    public float bias(int o) {
        return biases.get(o);
    }

    /**
     * C_in.
     *
     * @return at least 1
     */
    public int inputChannels() {
        return inputs.size();
    }

    /**
     * C_out.
     *
     * @return at least 1
     */
    public int outputChannels() {
        return kernels.size();
    }

    /**
     * Whether this is the chapter's kind of workspace, one input and one output channel.
     *
     * @return true for C_in = C_out = 1
     */
    public boolean singleChannel() {
        return inputs.size() == 1 && kernels.size() == 1;
    }

    /**
     * X as the core's stack (sharing this state's matrices: do not modify them).
     *
     * @return the stack
     */
    public ChannelStack stack() {
        return new ChannelStack(inputs);
    }

    /**
     * K as the core's bank (sharing this state's matrices: do not modify them).
     *
     * @return the bank
     */
    public KernelBank bank() {
        FMatrixRMaj[][] k = new FMatrixRMaj[kernels.size()][];
        for (int o = 0; o < k.length; o++) {
            k[o] = kernels.get(o).toArray(FMatrixRMaj[]::new);
        }
        return KernelBank.of(k);
    }

    /**
     * The biases as an array, as the core takes them.
     *
     * @return a new array
     */
    public float[] biasArray() {
        float[] b = new float[biases.size()];
        for (int o = 0; o < b.length; o++) {
            b[o] = biases.get(o);
        }
        return b;
    }

    /**
     * The same state with another input channel 0 (for a single-channel state, another X of any shape).
     *
     * @param x the new input, copied
     * @return a new state
     * @throws IllegalArgumentException if other channels have another shape
     */
    public WorkspaceState withInput(FMatrixRMaj x) {
        return withInput(0, x);
    }

    /**
     * The same state with one input channel replaced.
     *
     * @param c the channel
     * @param x its new values, of the other channels' shape
     * @return a new state
     */
    public WorkspaceState withInput(int c, FMatrixRMaj x) {
        List<FMatrixRMaj> next = new ArrayList<>(inputs);
        next.set(c, x);
        return new WorkspaceState(next, channelNames, kernels, biases, geometry, pooling);
    }

    /**
     * The same state with every input channel changed the same way (a resize, a transpose, a clear),
     * keeping the channels' names and the bank.
     *
     * @param change from a channel to its new values; every channel must come out in one shape
     * @return a new state
     */
    public WorkspaceState withEachInput(java.util.function.UnaryOperator<FMatrixRMaj> change) {
        List<FMatrixRMaj> next = new ArrayList<>(inputs.size());
        for (FMatrixRMaj x : inputs) {
            next.add(change.apply(x));
        }
        return new WorkspaceState(next, channelNames, kernels, biases, geometry, pooling);
    }

    /**
     * The same state with every kernel of the bank changed the same way (a resize, a flip, a preset).
     *
     * @param change from a kernel to its new values; every kernel must come out in one shape
     * @return a new state
     */
    public WorkspaceState withEachKernel(java.util.function.UnaryOperator<FMatrixRMaj> change) {
        List<List<FMatrixRMaj>> bank = new ArrayList<>(kernels.size());
        for (List<FMatrixRMaj> row : kernels) {
            List<FMatrixRMaj> next = new ArrayList<>(row.size());
            for (FMatrixRMaj k : row) {
                next.add(change.apply(k));
            }
            bank.add(next);
        }
        return new WorkspaceState(inputs, channelNames, bank, biases, geometry, pooling);
    }

    /**
     * The same state with other input channels; the bank keeps one kernel per channel: kernels of
     * channels kept stay, a new channel gets zero kernels (so it adds nothing until edited).
     *
     * @param next  the channels, of one shape
     * @param names their names
     * @return a new state
     */
    public WorkspaceState withInputs(List<FMatrixRMaj> next, List<String> names) {
        List<List<FMatrixRMaj>> bank = new ArrayList<>();
        for (List<FMatrixRMaj> row : kernels) {
            List<FMatrixRMaj> resized = new ArrayList<>();
            for (int c = 0; c < next.size(); c++) {
                resized.add(c < row.size() ? row.get(c) : new FMatrixRMaj(kernel().numRows, kernel().numCols));
            }
            bank.add(resized);
        }
        return new WorkspaceState(next, names, bank, biases, geometry, pooling);
    }

    /**
     * The same state with kernel (0, 0) replaced; for a single-channel state, another K of any shape.
     * In a bank of several kernels, a new shape resizes every kernel (see {@link #withKernelShape}).
     *
     * @param k the new kernel, copied
     * @return a new state
     */
    public WorkspaceState withKernel(FMatrixRMaj k) {
        WorkspaceState shaped = Shapes.sameShape(k, kernel()) ? this : withKernelShape(k.numRows, k.numCols);
        return shaped.withKernel(0, 0, k);
    }

    /**
     * The same state with one kernel of the bank replaced.
     *
     * @param o the output channel
     * @param c the input channel
     * @param k its new values, of the bank's kernel shape
     * @return a new state
     */
    public WorkspaceState withKernel(int o, int c, FMatrixRMaj k) {
        List<List<FMatrixRMaj>> bank = new ArrayList<>(kernels);
        List<FMatrixRMaj> row = new ArrayList<>(bank.get(o));
        row.set(c, k);
        bank.set(o, row);
        return new WorkspaceState(inputs, channelNames, bank, biases, geometry, pooling);
    }

    /**
     * The same state with every kernel of the bank resized to h x w, keeping the values that still fit
     * (top left) and zeros elsewhere.
     *
     * @param h the new kernel height
     * @param w the new kernel width
     * @return a new state
     */
    public WorkspaceState withKernelShape(int h, int w) {
        List<List<FMatrixRMaj>> bank = new ArrayList<>();
        for (List<FMatrixRMaj> row : kernels) {
            List<FMatrixRMaj> resized = new ArrayList<>();
            for (FMatrixRMaj k : row) {
                FMatrixRMaj r = new FMatrixRMaj(h, w);
                for (int i = 0; i < Math.min(h, k.numRows); i++) {
                    for (int j = 0; j < Math.min(w, k.numCols); j++) {
                        r.set(i, j, k.get(i, j));
                    }
                }
                resized.add(r);
            }
            bank.add(resized);
        }
        return new WorkspaceState(inputs, channelNames, bank, biases, geometry, pooling);
    }

    /**
     * The same state with another bank and biases (as many input channels as X has).
     *
     * @param bank   {@code bank.get(o).get(c)}
     * @param values one bias per output channel
     * @return a new state
     */
    public WorkspaceState withBank(List<List<FMatrixRMaj>> bank, List<Float> values) {
        return new WorkspaceState(inputs, channelNames, bank, values, geometry, pooling);
    }

    /**
     * The same state with another bias for output channel 0 (for a single-channel state, another b).
     *
     * @param b the new bias
     * @return a new state
     */
    public WorkspaceState withBias(float b) {
        return withBias(0, b);
    }

    /**
     * The same state with one output channel's bias replaced.
     *
     * @param o the output channel
     * @param b the new bias
     * @return a new state
     */
    public WorkspaceState withBias(int o, float b) {
        List<Float> next = new ArrayList<>(biases);
        next.set(o, b);
        return new WorkspaceState(inputs, channelNames, kernels, next, geometry, pooling);
    }

    /**
     * The same state with another padding, stride and dilation.
     *
     * @param g the new geometry
     * @return a new state
     */
    public WorkspaceState withGeometry(ConvGeometry g) {
        return new WorkspaceState(inputs, channelNames, kernels, biases, g, pooling);
    }

    /**
     * The same state with another pooling stage.
     *
     * @param p the new stage
     * @return a new state
     */
    public WorkspaceState withPooling(PoolingStage p) {
        return new WorkspaceState(inputs, channelNames, kernels, biases, geometry, p);
    }

    /**
     * The output's row count, OH.
     *
     * @return 0 or less when no window fits
     */
    public int outputRows() {
        return geometry.outputRows(input().numRows, kernel().numRows);
    }

    /**
     * The output's column count, OW.
     *
     * @return 0 or less when no window fits
     */
    public int outputCols() {
        return geometry.outputCols(input().numCols, kernel().numCols);
    }

    /**
     * Whether the (dilated) kernel fits in the (padded) input, so that Y has at least one cell.
     *
     * @return true when OH and OW are at least 1; for the chapter's geometry, h &lt;= H and w &lt;= W
     */
    public boolean kernelFits() {
        return outputRows() >= 1 && outputCols() >= 1;
    }

    /**
     * Whether two states hold the same values (the same shapes, cells, biases, names, geometry and
     * pooling), bit for bit.
     *
     * @param other another object
     * @return true for equal values
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WorkspaceState s)) {
            return false;
        }
        if (!geometry.equals(s.geometry) || !pooling.equals(s.pooling) || !channelNames.equals(s.channelNames)
                || !biases.equals(s.biases) || kernels.size() != s.kernels.size()
                || !HeldMatrices.sameCells(inputs, s.inputs)) {
            return false;
        }
        for (int o = 0; o < kernels.size(); o++) {
            if (!HeldMatrices.sameCells(kernels.get(o), s.kernels.get(o))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash of the shapes and biases (not of every cell: a state may hold millions).
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(inputs.size(), input().numRows, input().numCols, kernels.size(),
                kernel().numRows, kernel().numCols, biases, geometry, pooling);
    }

    /**
     * The shapes and the bias, never the values: a state may hold millions of cells.
     *
     * @return for example {@code WorkspaceState[X 6x8, K 1x2, b 0.0]}, with the channels, the
     *         geometry and the pooling when they are not the chapter's
     */
    @Override
    public String toString() {
        String shapes = singleChannel()
                ? "X " + Shapes.of(input()) + ", K " + Shapes.of(kernel()) + ", b " + bias()
                : "X " + inputs.size() + "x" + Shapes.of(input()) + ", K " + kernels.size() + "x" + inputs.size()
                + "x" + Shapes.of(kernel()) + ", b " + biases;
        return "WorkspaceState[" + shapes
                + (geometry.isValid() ? "" : ", " + geometry)
                + (pooling.on() ? ", pool " + pooling.mode() + " " + pooling.window() : "") + "]";
    }
}
