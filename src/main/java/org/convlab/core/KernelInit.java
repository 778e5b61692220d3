package org.convlab.core;

import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;

/** Initial kernels for training. */
public final class KernelInit {
    /** The chapter's printed run starts here: it reproduces every number the book prints. */
    public static final float[] BOOK_RUN = {0.3314f, -0.4786f};

    private KernelInit() {
    }

    /**
     * A kernel drawn like PyTorch's {@code nn.Conv2d} default for one input channel: every cell
     * uniform in [-1/sqrt(h*w), 1/sqrt(h*w)). The same seed gives the same kernel (but not the
     * same numbers as PyTorch, whose generator differs).
     *
     * @param rows h, at least 1
     * @param cols w, at least 1
     * @param seed the seed
     * @return a new h x w kernel
     */
    public static FMatrixRMaj pytorchDefault(int rows, int cols, long seed) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a kernel needs at least 1 row and 1 column, not " + rows + "x" + cols);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double bound = 1 / Math.sqrt((double) rows * cols);
        FMatrixRMaj k = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < k.data.length; i++) {
            k.data[i] = (float) random.nextDouble(-bound, bound);
        }
        return k;
    }

    /**
     * A kernel bank drawn like PyTorch's {@code nn.Conv2d} default: every value uniform in
     * [-1/sqrt(C_in*h*w), 1/sqrt(C_in*h*w)), in C order. One input and one output channel give
     * the same kernel as {@link #pytorchDefault}.
     *
     * @param outputs C_out, at least 1
     * @param inputs  C_in, at least 1
     * @param rows    h, at least 1
     * @param cols    w, at least 1
     * @param seed    the seed
     * @return a new bank
     */
    public static KernelBank pytorchDefaultBank(int outputs, int inputs, int rows, int cols, long seed) {
        if (outputs < 1 || inputs < 1 || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a kernel bank needs at least 1 output and 1 input channel and"
                    + " kernels of at least 1x1, not " + outputs + "x" + inputs + "x" + rows + "x" + cols);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double bound = 1 / Math.sqrt((double) inputs * rows * cols);
        float[] values = new float[outputs * inputs * rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextDouble(-bound, bound);
        }
        return KernelBank.fromArray(outputs, inputs, rows, cols, values);
    }

    /**
     * The book's initial kernel [[0.3314, -0.4786]].
     *
     * @return a new 1x2 kernel
     */
    public static FMatrixRMaj bookRun() {
        return new FMatrixRMaj(1, 2, true, BOOK_RUN);
    }
}
