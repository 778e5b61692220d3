package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.KernelBank;
import org.convlab.core.KernelInit;
import org.convlab.core.Shapes;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;

/**
 * Sets up learning a workspace's whole kernel bank back from its own output (D2L 6.4): X is the
 * workspace's input stack, Y its output stack, and every kernel of the learned bank has the shape
 * the settings ask, with the same rules as one kernel (another shape only without a geometry; a
 * larger one learns the centre of every Y channel).
 */
final class BankSetup {
    private BankSetup() {
    }

    /**
     * The task of learning the workspace's bank.
     *
     * @param state    the workspace, with several input or output channels
     * @param settings the student's choices
     * @return the task
     * @throws TrainingProblem saying, for the student, why this cannot be trained
     */
    static TrainingTask prepare(WorkspaceState state, TrainingSettings settings) throws TrainingProblem {
        KernelBank truth = state.bank();
        ChannelStack x = state.stack();
        if (state.pooling().on()) {
            throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.bankPooling", truth.shape()));
        }
        if (!state.kernelFits()) {
            throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.targetKernelTooLarge",
                    Shapes.of(truth.kernel(0, 0)), Shapes.of(x.channel(0))));
        }
        int rows = settings.shapeFromTarget() ? truth.rows() : settings.kernelRows();
        int cols = settings.shapeFromTarget() ? truth.cols() : settings.kernelCols();
        ConvGeometry geometry = state.geometry();
        boolean sameShape = rows == truth.rows() && cols == truth.cols();
        String truthShape = truth.rows() + "x" + truth.cols();
        if (!geometry.isValid() && !sameShape) {
            throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.geometryShape", rows + "x" + cols,
                    truthShape));
        }
        if (geometry.isValid() && (rows > x.rows() || cols > x.cols())) {
            throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.kernelTooLarge", rows + "x" + cols,
                    Shapes.of(x.channel(0))));
        }
        ChannelStack y = ChannelCorrelation.corr2d(x, truth, state.biasArray(), geometry);
        if (!sameShape) {
            y = cropped(y, CrossCorrelation.outputSize(x.rows(), rows), CrossCorrelation.outputSize(x.cols(), cols));
            if (y == null) {
                throw new TrainingProblem(Notice.of(Notice.Severity.ERROR, "problem.shapeMismatch",
                        rows + "x" + cols, truthShape));
            }
        }
        KernelBank start = initialBank(settings, truth.outputs(), truth.inputs(), rows, cols);
        return new TrainingTask(x, state.channelNames(), y, truth, state.biasArray(), start, settings.bias(),
                startNote(settings, start), geometry, state.pooling());
    }

    /**
     * Where a bank starts: zeros, the custom values in every kernel, or PyTorch's default draw
     * from the seed (also for the book's run, which is a start of one 1x2 kernel only).
     */
    static KernelBank initialBank(TrainingSettings settings, int outputs, int inputs, int rows, int cols) {
        return switch (settings.init()) {
            case ZEROS -> KernelBank.zeros(outputs, inputs, rows, cols);
            case CUSTOM -> filled(TrainingTask.fitted(settings.customKernel(), rows, cols), outputs, inputs);
            case BOOK_RUN, RANDOM -> KernelInit.pytorchDefaultBank(outputs, inputs, rows, cols, settings.seed());
        };
    }

    /** Says that the book's run, asked for a bank, starts from the seeded draw instead; null otherwise. */
    static Notice startNote(TrainingSettings settings, KernelBank bank) {
        return settings.init() == InitKind.BOOK_RUN ? Notice.of(Notice.Severity.INFO, "notice.bookRunReplaced",
                bank.shape(), Long.toString(settings.seed())) : null;
    }

    private static KernelBank filled(FMatrixRMaj k, int outputs, int inputs) {
        FMatrixRMaj[][] kernels = new FMatrixRMaj[outputs][inputs];
        for (int o = 0; o < outputs; o++) {
            for (int c = 0; c < inputs; c++) {
                kernels[o][c] = k.copy();
            }
        }
        return KernelBank.of(kernels);
    }

    /** Every channel's centred rows x cols part, or null when the channels are smaller. */
    private static ChannelStack cropped(ChannelStack y, int rows, int cols) {
        List<FMatrixRMaj> parts = new ArrayList<>(y.count());
        for (int o = 0; o < y.count(); o++) {
            FMatrixRMaj part = TrainingTask.crop(y.channel(o), rows, cols);
            if (part == null) {
                return null;
            }
            parts.add(part);
        }
        return new ChannelStack(parts);
    }
}
