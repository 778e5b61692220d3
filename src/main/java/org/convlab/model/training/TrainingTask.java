package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.BankTrainer;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.KernelBank;
import org.convlab.core.KernelInit;
import org.convlab.core.Shapes;
import org.convlab.core.Trainer;
import org.convlab.io.TrainingLog;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;

/**
 * What one training run learns from, fixed when it is set up: the input stack X, the target stack
 * Y (the workspace's output Y = corr2d(X, K_true) + b_true, or another target such as X's gray
 * version) and the kernel bank gradient descent starts from. One input and one output channel make
 * the chapter's task of one kernel, trained exactly as before channels; several make a bank
 * (D2L 6.4). The matrices are private copies and are never modified.
 *
 * @param inputs       X, C_in x H x W
 * @param channelNames X's channel names (R, G, B after a color import)
 * @param targets      Y, C_out x OH x OW
 * @param trueBank     K_true, the bank that makes Y from X
 * @param trueBiases   b_true, one per output channel
 * @param initialBank  where the learned bank starts, C_out x C_in x kh x kw
 * @param bias         whether the biases are learned (they start at 0)
 * @param startNote    why the kernel starts elsewhere than the settings ask, or null when it
 *                     starts where they ask
 * @param geometry     the padding, stride and dilation the learned layer has
 * @param pooling      the workspace's pooling stage: when it is on, the target is Z = pool(Y) and
 *                     the loss compares the pooled prediction with it (D2L 6.5; one channel only)
 */
public record TrainingTask(ChannelStack inputs, List<String> channelNames, ChannelStack targets, KernelBank trueBank,
                           float[] trueBiases, KernelBank initialBank, boolean bias, Notice startNote,
                           ConvGeometry geometry, PoolingStage pooling) {
    /** The ITU-R 601 luma weights of R, G and B that make a color image gray. */
    static final float[] GRAY_WEIGHTS = {0.299f, 0.587f, 0.114f};

    /** Copies the stacks, banks and biases in. */
    public TrainingTask {
        inputs = copy(inputs);
        targets = copy(targets);
        channelNames = List.copyOf(channelNames);
        trueBank = trueBank.copy();
        trueBiases = trueBiases.clone();
        initialBank = initialBank.copy();
    }

    /**
     * Sets a run up from the workspace and the settings: the gray weights when the settings'
     * target is {@link TargetKind#RGB_TO_GRAY}, else the workspace's own output, learned by a
     * bank with channels ({@link BankSetup}) and by the chapter's one kernel without.
     *
     * @param state    the workspace's X, K and b
     * @param settings the student's choices
     * @return the task
     * @throws TrainingProblem saying, for the student, why this cannot be trained
     */
    public static TrainingTask prepare(WorkspaceState state, TrainingSettings settings) throws TrainingProblem {
        if (settings.target() == TargetKind.RGB_TO_GRAY) {
            return rgbToGray(state, settings);
        }
        if (!state.singleChannel()) {
            return BankSetup.prepare(state, settings);
        }
        FMatrixRMaj x = state.input();
        FMatrixRMaj trueKernel = state.kernel();
        if (!state.kernelFits()) {
            throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.targetKernelTooLarge",
                    Shapes.of(trueKernel), Shapes.of(x)));
        }
        int rows = settings.shapeFromTarget() ? trueKernel.numRows : settings.kernelRows();
        int cols = settings.shapeFromTarget() ? trueKernel.numCols : settings.kernelCols();
        ConvGeometry geometry = state.geometry();
        boolean sameShape = rows == trueKernel.numRows && cols == trueKernel.numCols;
        if (!geometry.isValid() && !sameShape) {
            // with padding, stride or dilation a kernel of another size sees other windows: no
            // offset of K_true reproduces Y, so only the target's own shape is learned
            throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.geometryShape", rows + "x" + cols,
                    Shapes.of(trueKernel)));
        }
        // under a geometry the learned kernel has the target's shape, which fits the padded input
        if (geometry.isValid() && (rows > x.numRows || cols > x.numCols)) {
            throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.kernelTooLarge",
                    rows + "x" + cols, Shapes.of(x)));
        }
        FMatrixRMaj target = CrossCorrelation.corr2d(x, trueKernel, state.bias(), geometry, null);
        if (!sameShape) {
            // A larger learned kernel has a smaller output: it learns the centre of Y, which it can
            // fit exactly by holding K_true at an offset. A smaller one cannot reproduce Y at all.
            target = crop(target, CrossCorrelation.outputSize(x.numRows, rows),
                    CrossCorrelation.outputSize(x.numCols, cols));
            if (target == null) {
                throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.shapeMismatch",
                        rows + "x" + cols, Shapes.of(trueKernel)));
            }
        }
        // the book's run is a 1x2 start: any other shape starts from the seeded draw, and says so
        boolean bookRunElsewhere = settings.init() == InitKind.BOOK_RUN && (rows != 1 || cols != 2);
        Notice note = bookRunElsewhere ? Notice.of(Notice.Severity.INFO, "notice.bookRunReplaced", rows + "x" + cols,
                Long.toString(settings.seed())) : null;
        FMatrixRMaj start = startKernel(settings, rows, cols);
        PoolingStage pooling = state.pooling();
        if (pooling.on()) {
            if (!sameShape) {
                throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.poolingShape", rows + "x" + cols,
                        Shapes.of(trueKernel)));
            }
            target = pooling.pool(target);
            if (target == null) {
                throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.poolingTooLarge",
                        pooling.window().rows() + "x" + pooling.window().cols(), state.outputRows() + "x"
                                + state.outputCols()));
            }
            note = PoolingNote.at(x, target, start, settings.bias(), geometry, pooling, note);
        }
        return new TrainingTask(ChannelStack.of(x), state.channelNames(), ChannelStack.of(target),
                KernelBank.of(new FMatrixRMaj[][] {{trueKernel}}), new float[] {state.bias()},
                KernelBank.of(new FMatrixRMaj[][] {{start}}), settings.bias(), note, geometry, pooling);
    }

    /**
     * Sets up learning the gray weights (0.299, 0.587, 0.114) from a color image: X is the
     * workspace's three channels, Y = 0.299 R + 0.587 G + 0.114 B, and the learned layer is a 1x1
     * bank of one output channel without padding or stride, whatever the settings' shape, the
     * workspace's bank, geometry and pooling. The settings' start, seed and bias apply.
     *
     * @param state    the workspace, with three input channels
     * @param settings the student's choices
     * @return the task
     * @throws TrainingProblem when X does not have three channels
     */
    public static TrainingTask rgbToGray(WorkspaceState state, TrainingSettings settings) throws TrainingProblem {
        if (state.inputChannels() != 3) {
            throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.grayNeedsThree",
                    Integer.toString(state.inputChannels())));
        }
        KernelBank gray = KernelBank.fromArray(1, 3, 1, 1, GRAY_WEIGHTS);
        ChannelStack y = ChannelCorrelation.corr2d(state.stack(), gray, new float[1],
                ConvGeometry.VALID);
        return new TrainingTask(state.stack(), state.channelNames(), y, gray, new float[1],
                BankSetup.initialBank(settings, 1, 3, 1, 1), settings.bias(), BankSetup.startNote(settings, gray),
                ConvGeometry.VALID, PoolingStage.OFF);
    }

    /**
     * Whether this is the chapter's task of one kernel: one input and one output channel.
     *
     * @return false for a bank
     */
    public boolean singleChannel() {
        return initialBank.inputs() == 1 && initialBank.outputs() == 1;
    }

    /** @return X, or its first channel */
    public FMatrixRMaj input() {
        return inputs.channel(0);
    }

    /** @return Y, or its first output channel */
    public FMatrixRMaj target() {
        return targets.channel(0);
    }

    /** @return K_true, or kernel (0, 0) of the true bank */
    public FMatrixRMaj trueKernel() {
        return trueBank.kernel(0, 0);
    }

    /** @return b_true, or the first output channel's */
    public float trueBias() {
        return trueBiases[0];
    }

    /** @return where the learned kernel starts, or kernel (0, 0) of the bank */
    public FMatrixRMaj initialKernel() {
        return initialBank.kernel(0, 0);
    }

    /**
     * The header of the epoch table, as {@code convlab train --log} writes it for this task.
     *
     * @return {@code epoch,loss,k_0_0,...} for one kernel, {@code epoch,loss,k_0_0_0_0,...,bias_0...}
     *         for a bank
     */
    public String csvHeader() {
        return singleChannel() ? TrainingLog.csvHeader(initialBank.rows(), initialBank.cols(), bias)
                : TrainingLog.bankCsvHeader(initialBank, bias);
    }

    /**
     * Whether the loss is taken after a pooling stage.
     *
     * @return true when the target is Z = pool(Y)
     */
    public boolean pooled() {
        return pooling.on();
    }

    /**
     * Gradient descent for this task at the given learning rate: the chapter's trainer (through
     * the pooling when it is on) for one kernel, the bank trainer for a bank.
     *
     * @param learningRate the step size
     * @return a new descent at the initial kernel
     */
    Descent descent(double learningRate) {
        if (!singleChannel()) {
            return Descent.of(new BankTrainer(inputs, targets, initialBank, bias, learningRate, geometry));
        }
        FMatrixRMaj x = input();
        FMatrixRMaj y = target();
        FMatrixRMaj k0 = initialKernel();
        return Descent.of(pooled() ? Trainer.pooled(x, y, k0, bias, learningRate, geometry, pooling.window(),
                pooling.mode()) : new Trainer(x, y, k0, bias, learningRate, geometry));
    }

    /**
     * The learned kernel's shape as the chapter writes it, or the bank's as PyTorch writes it.
     *
     * @return "1x2", or "1x3x1x1"
     */
    public String shape() {
        return singleChannel() ? Shapes.of(initialKernel()) : initialBank.shape();
    }

    /**
     * Whether the target kernel has the learned kernel's shape, so their cells can be compared.
     *
     * @return true when the shapes agree
     */
    public boolean sameShapeAsTarget() {
        return trueBank.rows() == initialBank.rows() && trueBank.cols() == initialBank.cols();
    }

    private static FMatrixRMaj startKernel(TrainingSettings settings, int rows, int cols) {
        return switch (settings.init()) {
            case ZEROS -> new FMatrixRMaj(rows, cols);
            case CUSTOM -> fitted(settings.customKernel(), rows, cols);
            case BOOK_RUN -> rows == 1 && cols == 2 ? KernelInit.bookRun()
                    : KernelInit.pytorchDefault(rows, cols, settings.seed());
            case RANDOM -> KernelInit.pytorchDefault(rows, cols, settings.seed());
        };
    }

    /** The custom values laid into the wanted shape, zeros where they do not reach. */
    static FMatrixRMaj fitted(FMatrixRMaj custom, int rows, int cols) {
        FMatrixRMaj k = new FMatrixRMaj(rows, cols);
        if (custom != null) {
            for (int i = 0; i < Math.min(rows, custom.numRows); i++) {
                for (int j = 0; j < Math.min(cols, custom.numCols); j++) {
                    k.set(i, j, custom.get(i, j));
                }
            }
        }
        return k;
    }

    /** The centred rows x cols part of y, or null if y is smaller. */
    static FMatrixRMaj crop(FMatrixRMaj y, int rows, int cols) {
        if (rows > y.numRows || cols > y.numCols) {
            return null;
        }
        int top = (y.numRows - rows) / 2;
        int left = (y.numCols - cols) / 2;
        FMatrixRMaj out = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out.set(i, j, y.get(top + i, left + j));
            }
        }
        return out;
    }

    private static ChannelStack copy(ChannelStack s) {
        List<FMatrixRMaj> channels = new ArrayList<>(s.count());
        for (int c = 0; c < s.count(); c++) {
            channels.add(s.channel(c).copy());
        }
        return new ChannelStack(channels);
    }
}
