package org.convlab.model.training;

import org.convlab.core.ConvGeometry;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.KernelInit;
import org.convlab.core.Shapes;
import org.convlab.core.Trainer;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;

/**
 * What one training run learns from, fixed when it is set up: X and the target
 * Y = corr2d(X, K_true) + b_true from the workspace, and the kernel gradient descent starts from.
 * The matrices are private copies and are never modified.
 *
 * @param input         X
 * @param target        Y = corr2d(X, K_true) + b_true
 * @param trueKernel    K_true, the workspace kernel when the run was set up
 * @param trueBias      b_true, the workspace bias then
 * @param initialKernel where the learned kernel starts
 * @param bias          whether a bias is learned (it starts at 0)
 * @param startNote     why the kernel starts elsewhere than the settings ask, or null when it
 *                      starts where they ask
 * @param geometry      the workspace's padding, stride and dilation, which the learned layer shares
 * @param pooling       the workspace's pooling stage: when it is on, the target is Z = pool(Y) and
 *                      the loss compares the pooled prediction with it (D2L 6.5)
 */
public record TrainingTask(FMatrixRMaj input, FMatrixRMaj target, FMatrixRMaj trueKernel, float trueBias,
                           FMatrixRMaj initialKernel, boolean bias, Notice startNote, ConvGeometry geometry,
                           PoolingStage pooling) {
    /** Copies the matrices in. */
    public TrainingTask {
        input = input.copy();
        target = target.copy();
        trueKernel = trueKernel.copy();
        initialKernel = initialKernel.copy();
    }

    /**
     * Sets a run up from the workspace and the settings.
     *
     * @param state    the workspace's X, K and b
     * @param settings the student's choices
     * @return the task
     * @throws TrainingProblem saying, for the student, why this cannot be trained
     */
    public static TrainingTask prepare(WorkspaceState state, TrainingSettings settings) throws TrainingProblem {
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
        FMatrixRMaj start = initialKernel(settings, rows, cols);
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
        return new TrainingTask(x, target, trueKernel, state.bias(), start, settings.bias(), note, geometry,
                pooling);
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
     * A trainer for this task at the given learning rate: through the pooling when it is on.
     *
     * @param learningRate the step size
     * @return a new trainer at the initial kernel
     */
    public Trainer trainer(double learningRate) {
        return pooled() ? Trainer.pooled(input, target, initialKernel, bias, learningRate, geometry, pooling.window(),
                pooling.mode()) : new Trainer(input, target, initialKernel, bias, learningRate, geometry);
    }

    /**
     * The learned kernel's shape as the chapter writes it.
     *
     * @return "1x2"
     */
    public String shape() {
        return Shapes.of(initialKernel);
    }

    /**
     * Whether the target kernel has the learned kernel's shape, so their cells can be compared.
     *
     * @return true when the shapes agree
     */
    public boolean sameShapeAsTarget() {
        return trueKernel.numRows == initialKernel.numRows && trueKernel.numCols == initialKernel.numCols;
    }

    private static FMatrixRMaj initialKernel(TrainingSettings settings, int rows, int cols) {
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
    private static FMatrixRMaj crop(FMatrixRMaj y, int rows, int cols) {
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
}
