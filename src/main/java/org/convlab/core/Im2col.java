package org.convlab.core;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * Any multi-channel cross-correlation as one matrix product (D2L 6.4's last exercise), the way
 * frameworks lower a convolution: the bank's weight matrix {@code W}, {@code C_out x (C_in kh kw)},
 * times the im2col matrix of X, {@code (C_in kh kw) x (OH OW)}, gives Y as {@code C_out x (OH OW)}.
 *
 * <p>Row {@code t = (c kh + a) kw + b} of the im2col matrix is tap (a, b) of input channel c: column
 * {@code p = i OW + j} holds the input value that tap reads for output cell (i, j), or 0 where it
 * reads padding. Column t of W holds that tap of kernel (o, c) for every output channel o, which is
 * the bank's values in C order. For a 1x1 bank with no padding and stride 1 the im2col matrix is X
 * itself reshaped to {@code C_in x HW} and W is K as a {@code C_out x C_in} matrix: the book's 1x1
 * product.
 *
 * <p>This is the teaching view and a reference; the im2col matrix repeats each input value up to
 * kh kw times, so it is not the window's fast path ({@link ChannelCorrelation}).
 */
public final class Im2col {
    private Im2col() {
    }

    /**
     * The bank as a weight matrix, one row per output channel and one column per tap of an input channel.
     *
     * @param k the bank, not modified
     * @return a new {@code C_out x (C_in kh kw)} matrix
     */
    public static FMatrixRMaj weights(KernelBank k) {
        return FMatrixRMaj.wrap(k.outputs(), k.inputs() * k.rows() * k.cols(), k.toArray());
    }

    /**
     * The im2col matrix of a stack: one row per tap of an input channel, one column per output cell.
     *
     * @param x          the input, C_in x H x W, not modified
     * @param kernelRows kh
     * @param kernelCols kw
     * @param geometry   padding, stride and dilation
     * @return a new {@code (C_in kh kw) x (OH OW)} matrix
     * @throws IllegalArgumentException if the output would be empty
     */
    public static FMatrixRMaj columns(ChannelStack x, int kernelRows, int kernelCols, ConvGeometry geometry) {
        geometry.requireOutput(x.rows(), x.cols(), kernelRows, kernelCols);
        int outRows = geometry.outputRows(x.rows(), kernelRows);
        int outCols = geometry.outputCols(x.cols(), kernelCols);
        FMatrixRMaj m = new FMatrixRMaj(x.count() * kernelRows * kernelCols, outRows * outCols);
        for (int c = 0; c < x.count(); c++) {
            FMatrixRMaj plane = x.channel(c);
            for (int a = 0; a < kernelRows; a++) {
                for (int b = 0; b < kernelCols; b++) {
                    int start = ((c * kernelRows + a) * kernelCols + b) * m.numCols;
                    for (int i = 0; i < outRows; i++) {
                        int r = i * geometry.strideRows() - geometry.padRows() + a * geometry.dilationRows();
                        if (r < 0 || r >= x.rows()) {
                            continue;
                        }
                        for (int j = 0; j < outCols; j++) {
                            int col = j * geometry.strideCols() - geometry.padCols() + b * geometry.dilationCols();
                            if (col >= 0 && col < x.cols()) {
                                m.data[start + i * outCols + j] = plane.data[r * x.cols() + col];
                            }
                        }
                    }
                }
            }
        }
        return m;
    }

    /**
     * Computes Y as {@code W} times the im2col matrix, plus each output channel's bias.
     *
     * @param x        the input, C_in x H x W, not modified
     * @param k        the bank, C_out x C_in x kh x kw, not modified
     * @param bias     one value per output channel, not modified
     * @param geometry padding, stride and dilation
     * @return a new {@code C_out x (OH OW)} matrix: row o is output channel o read row by row
     * @throws IllegalArgumentException for channel counts that do not agree or an empty output
     */
    public static FMatrixRMaj product(ChannelStack x, KernelBank k, float[] bias, ConvGeometry geometry) {
        ChannelCorrelation.requireMatching(x, k, bias);
        FMatrixRMaj columns = columns(x, k.rows(), k.cols(), geometry);
        FMatrixRMaj y = new FMatrixRMaj(k.outputs(), columns.numCols);
        CommonOps_FDRM.mult(weights(k), columns, y);
        for (int o = 0; o < y.numRows; o++) {
            for (int p = 0; p < y.numCols; p++) {
                y.data[o * y.numCols + p] += bias[o];
            }
        }
        return y;
    }

    /**
     * Which input channel and tap a row of the im2col matrix (a column of W) stands for.
     *
     * @param t          the row, from 0
     * @param kernelRows kh
     * @param kernelCols kw
     * @return {channel, tap row, tap column}
     */
    public static int[] tapOf(int t, int kernelRows, int kernelCols) {
        int size = kernelRows * kernelCols;
        return new int[] {t / size, t % size / kernelCols, t % kernelCols};
    }
}
