package org.convlab.core;

/**
 * Where a kernel's windows sit on the input, with PyTorch's conventions ({@code nn.Conv2d}):
 * {@code padRows} zero rows above and below the input and {@code padCols} zero columns left and
 * right, windows {@code strideRows} rows and {@code strideCols} columns apart, and kernel taps
 * {@code dilationRows} rows and {@code dilationCols} columns apart. Output cell (i, j) reads the
 * padded input at row {@code i sh + a dh}, column {@code j sw + b dw} for tap (a, b).
 *
 * @param padRows      ph, at least 0
 * @param padCols      pw, at least 0
 * @param strideRows   sh, at least 1
 * @param strideCols   sw, at least 1
 * @param dilationRows dh, at least 1
 * @param dilationCols dw, at least 1
 */
public record ConvGeometry(int padRows, int padCols, int strideRows, int strideCols, int dilationRows,
                           int dilationCols) {
    /**
     * The largest padding, stride or dilation that session files, lesson files and the window take:
     * far beyond any teaching example, small enough that a border never dwarfs the input.
     */
    public static final int LARGEST = 64;

    /** The chapter's valid cross-correlation: no padding, stride 1, dilation 1. */
    public static final ConvGeometry VALID = new ConvGeometry(0, 0, 1, 1, 1, 1);

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException for negative padding or a stride or dilation below 1
     */
    public ConvGeometry {
        if (padRows < 0 || padCols < 0) {
            throw new IllegalArgumentException("the padding is " + padRows + "," + padCols
                    + "; it must be 0 or more");
        }
        if (strideRows < 1 || strideCols < 1) {
            throw new IllegalArgumentException("the stride is " + strideRows + "," + strideCols
                    + "; it must be 1 or more");
        }
        if (dilationRows < 1 || dilationCols < 1) {
            throw new IllegalArgumentException("the dilation is " + dilationRows + "," + dilationCols
                    + "; it must be 1 or more");
        }
    }

    /**
     * The padding that keeps the input's size, PyTorch's {@code padding='same'}: (k - 1) d / 2 on
     * each side, allowed only for stride 1 and odd kernel sizes, where that is a whole number and
     * the same on both sides.
     *
     * @param kernelRows   kh
     * @param kernelCols   kw
     * @param strideRows   sh, must be 1
     * @param strideCols   sw, must be 1
     * @param dilationRows dh
     * @param dilationCols dw
     * @return the geometry with that padding
     * @throws IllegalArgumentException for a stride above 1 or an even kernel size
     */
    public static ConvGeometry same(int kernelRows, int kernelCols, int strideRows, int strideCols,
                                    int dilationRows, int dilationCols) {
        if (strideRows != 1 || strideCols != 1) {
            throw new IllegalArgumentException("padding 'same' needs stride 1, not " + strideRows + ","
                    + strideCols);
        }
        if (kernelRows % 2 == 0 || kernelCols % 2 == 0) {
            throw new IllegalArgumentException("padding 'same' needs odd kernel sizes, not " + kernelRows + "x"
                    + kernelCols);
        }
        return new ConvGeometry((kernelRows - 1) * dilationRows / 2, (kernelCols - 1) * dilationCols / 2,
                1, 1, dilationRows, dilationCols);
    }

    /**
     * Whether this is the chapter's valid, stride-1, undilated case.
     *
     * @return true for {@link #VALID}
     */
    public boolean isValid() {
        return equals(VALID);
    }

    /**
     * The output's row count, PyTorch's {@code floor((H + 2 ph - dh (kh - 1) - 1) / sh) + 1}.
     *
     * @param inputRows  H
     * @param kernelRows kh
     * @return OH, 0 or less when no window fits
     */
    public int outputRows(int inputRows, int kernelRows) {
        return outputSize(inputRows, kernelRows, padRows, strideRows, dilationRows);
    }

    /**
     * The output's column count, {@code floor((W + 2 pw - dw (kw - 1) - 1) / sw) + 1}.
     *
     * @param inputCols  W
     * @param kernelCols kw
     * @return OW, 0 or less when no window fits
     */
    public int outputCols(int inputCols, int kernelCols) {
        return outputSize(inputCols, kernelCols, padCols, strideCols, dilationCols);
    }

    /**
     * Requires at least one output cell.
     *
     * @param inputRows  H
     * @param inputCols  W
     * @param kernelRows kh
     * @param kernelCols kw
     * @throws IllegalArgumentException saying the shapes and the output size they give
     */
    public void requireOutput(int inputRows, int inputCols, int kernelRows, int kernelCols) {
        int rows = outputRows(inputRows, kernelRows);
        int cols = outputCols(inputCols, kernelCols);
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("kernel " + kernelRows + "x" + kernelCols + " over input "
                    + inputRows + "x" + inputCols + " with " + this + " gives an empty output ("
                    + Math.max(rows, 0) + "x" + Math.max(cols, 0) + "); the dilated kernel spans "
                    + span(kernelRows, dilationRows) + "x" + span(kernelCols, dilationCols)
                    + " but the padded input is only " + (inputRows + 2 * padRows) + "x" + (inputCols + 2 * padCols));
        }
    }

    /**
     * Which input rows some window reads. Padding never hides a row; a stride wider than the
     * window, a dilation's gaps or the floor of the output size can.
     *
     * @param inputRows  H
     * @param kernelRows kh
     * @return one flag per input row, true where some output cell reads it
     */
    public boolean[] rowsRead(int inputRows, int kernelRows) {
        return read(inputRows, kernelRows, padRows, strideRows, dilationRows);
    }

    /**
     * Which input columns some window reads; input cell (r, c) is read exactly when its row and
     * its column are.
     *
     * @param inputCols  W
     * @param kernelCols kw
     * @return one flag per input column, true where some output cell reads it
     */
    public boolean[] columnsRead(int inputCols, int kernelCols) {
        return read(inputCols, kernelCols, padCols, strideCols, dilationCols);
    }

    /**
     * The input row that tap row a of output row i reads, {@code i sh + a dh - ph}, in the input's
     * own numbering: below 0 or from H on it lies in the padding.
     *
     * @param outputRow i
     * @param tapRow    a
     * @return the input row, possibly outside the input
     */
    public int inputRow(int outputRow, int tapRow) {
        return tap(outputRow, tapRow, padRows, strideRows, dilationRows);
    }

    /**
     * The input column that tap column b of output column j reads, {@code j sw + b dw - pw}: below 0
     * or from W on it lies in the padding.
     *
     * @param outputCol j
     * @param tapCol    b
     * @return the input column, possibly outside the input
     */
    public int inputCol(int outputCol, int tapCol) {
        return tap(outputCol, tapCol, padCols, strideCols, dilationCols);
    }

    /** Plain words for messages: {@code padding 1,1, stride 2,2, dilation 1,1}. */
    @Override
    public String toString() {
        return "padding " + padRows + "," + padCols + ", stride " + strideRows + "," + strideCols + ", dilation "
                + dilationRows + "," + dilationCols;
    }

    private static int outputSize(int input, int kernel, int pad, int stride, int dilation) {
        return Math.floorDiv(input + 2 * pad - dilation * (kernel - 1) - 1, stride) + 1;
    }

    private static int tap(int output, int tap, int pad, int stride, int dilation) {
        return output * stride + tap * dilation - pad;
    }

    private static int span(int kernel, int dilation) {
        return dilation * (kernel - 1) + 1;
    }

    private static boolean[] read(int input, int kernel, int pad, int stride, int dilation) {
        int out = outputSize(input, kernel, pad, stride, dilation);
        boolean[] read = new boolean[input];
        for (int i = 0; i < out; i++) {
            for (int a = 0; a < kernel; a++) {
                int r = tap(i, a, pad, stride, dilation);
                if (r >= 0 && r < input) {
                    read[r] = true;
                }
            }
        }
        return read;
    }
}
