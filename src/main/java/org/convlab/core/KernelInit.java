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
     * The book's initial kernel [[0.3314, -0.4786]].
     *
     * @return a new 1x2 kernel
     */
    public static FMatrixRMaj bookRun() {
        return new FMatrixRMaj(1, 2, true, BOOK_RUN);
    }
}
