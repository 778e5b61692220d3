package org.convlab.cli;

import java.io.PrintStream;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.core.Pooling;
import org.convlab.io.TorchFormat;
import org.ejml.data.FMatrixRMaj;

/**
 * D2L section 6.5 "Pooling", replayed through the core: the book's own pool2d on its 3x3 example,
 * then {@code nn.MaxPool2d} with its default stride, with padding and stride, with a non-square
 * window, and over two channels. Each result prints as PyTorch prints it, the framework's results
 * as the 4-D {@code (batch, channels, rows, columns)} tensors the book pools.
 */
final class PoolingSection {
    private static final int[] FOUR_BY_FOUR = {4, 4};

    private PoolingSection() {
    }

    /**
     * Prints the section's outputs in order, separated by blank lines.
     *
     * @param out where to print
     */
    static void print(PrintStream out) {
        FMatrixRMaj x = new FMatrixRMaj(3, 3, true, 0, 1, 2, 3, 4, 5, 6, 7, 8);
        out.println(TorchFormat.tensor(Pooling.pool2d(x, 2, 2, PoolMode.MAX)));
        out.println();
        out.println(TorchFormat.tensor(Pooling.pool2d(x, 2, 2, PoolMode.AVG)));
        out.println();

        FMatrixRMaj[] one = {arange(FOUR_BY_FOUR, 0)};
        out.println(batch(one));
        out.println();
        out.println(batch(Pooling.pool2d(one, PoolWindow.of(3, 3), PoolMode.MAX)));
        out.println();
        PoolWindow paddedAndStrided = PoolWindow.of(3, 3).withPadding(1, 1).withStride(2, 2);
        out.println(batch(Pooling.pool2d(one, paddedAndStrided, PoolMode.MAX)));
        out.println();
        out.println(batch(Pooling.pool2d(one, PoolWindow.of(2, 3).withPadding(0, 1), PoolMode.MAX)));
        out.println();

        FMatrixRMaj[] two = {one[0], arange(FOUR_BY_FOUR, 1)};
        out.println(batch(two));
        out.println();
        out.println(batch(Pooling.pool2d(two, paddedAndStrided, PoolMode.MAX)));
    }

    /** {@code torch.arange(16, dtype=torch.float32).reshape(4, 4) + start}. */
    private static FMatrixRMaj arange(int[] shape, float start) {
        FMatrixRMaj m = new FMatrixRMaj(shape[0], shape[1]);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = start + i;
        }
        return m;
    }

    /** The channels as one sample of a batch, {@code 1 x C x H x W}, printed as PyTorch prints it. */
    private static String batch(FMatrixRMaj[] channels) {
        int rows = channels[0].numRows;
        int cols = channels[0].numCols;
        float[] data = new float[channels.length * rows * cols];
        for (int c = 0; c < channels.length; c++) {
            System.arraycopy(channels[c].data, 0, data, c * rows * cols, rows * cols);
        }
        return TorchFormat.tensor(new int[] {1, channels.length, rows, cols}, data);
    }
}
