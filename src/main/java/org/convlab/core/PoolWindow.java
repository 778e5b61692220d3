package org.convlab.core;

/**
 * The window of a 2-D pooling and where it sits on the input, with PyTorch's conventions
 * ({@code nn.MaxPool2d}, {@code nn.AvgPool2d}): a {@code rows x cols} window, {@code padRows}
 * padded rows above and below the input and {@code padCols} padded columns left and right, windows
 * {@code strideRows} rows and {@code strideCols} columns apart. Output cell (i, j) covers padded
 * rows {@code i sh} to {@code i sh + rows - 1}, that is input rows from {@code i sh - ph}.
 *
 * <p>Padding is at most half the window in each direction, as PyTorch requires: every window then
 * holds at least one input cell, so a max pooling always has a real winner.
 *
 * @param rows       window height ph, at least 1
 * @param cols       window width pw, at least 1
 * @param strideRows sh, at least 1
 * @param strideCols sw, at least 1
 * @param padRows    at least 0 and at most {@code rows / 2}
 * @param padCols    at least 0 and at most {@code cols / 2}
 */
public record PoolWindow(int rows, int cols, int strideRows, int strideCols, int padRows, int padCols) {
    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException for a window or stride below 1, negative padding, or padding
     *                                  more than half the window
     */
    public PoolWindow {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("the pooling window is " + rows + "x" + cols
                    + "; it must be at least 1x1");
        }
        if (strideRows < 1 || strideCols < 1) {
            throw new IllegalArgumentException("the stride is " + strideRows + "," + strideCols
                    + "; it must be 1 or more");
        }
        if (padRows < 0 || padCols < 0) {
            throw new IllegalArgumentException("the padding is " + padRows + "," + padCols
                    + "; it must be 0 or more");
        }
        if (padRows > rows / 2 || padCols > cols / 2) {
            throw new IllegalArgumentException("the padding " + padRows + "," + padCols
                    + " is more than half the " + rows + "x" + cols + " window; it can be at most "
                    + rows / 2 + "," + cols / 2);
        }
    }

    /**
     * A window as {@code nn.MaxPool2d((rows, cols))} places it: stride equal to the window, no
     * padding, so the windows tile the input without overlapping.
     *
     * @param rows window height
     * @param cols window width
     * @return the window
     * @throws IllegalArgumentException for a size below 1
     */
    public static PoolWindow of(int rows, int cols) {
        return new PoolWindow(rows, cols, rows, cols, 0, 0);
    }

    /**
     * The book's own {@code pool2d(X, (rows, cols), mode)}: the window visits every position, stride
     * 1, no padding.
     *
     * @param rows window height
     * @param cols window width
     * @return the window
     * @throws IllegalArgumentException for a size below 1
     */
    public static PoolWindow sliding(int rows, int cols) {
        return new PoolWindow(rows, cols, 1, 1, 0, 0);
    }

    /**
     * This window with another stride.
     *
     * @param strideRows sh
     * @param strideCols sw
     * @return a new window
     * @throws IllegalArgumentException for a stride below 1
     */
    public PoolWindow withStride(int strideRows, int strideCols) {
        return new PoolWindow(rows, cols, strideRows, strideCols, padRows, padCols);
    }

    /**
     * This window with other padding.
     *
     * @param padRows ph
     * @param padCols pw
     * @return a new window
     * @throws IllegalArgumentException for negative padding or more than half the window
     */
    public PoolWindow withPadding(int padRows, int padCols) {
        return new PoolWindow(rows, cols, strideRows, strideCols, padRows, padCols);
    }

    /**
     * How many output rows an input of {@code inputRows} rows gives, PyTorch's
     * {@code floor((H + 2 ph - rows) / sh) + 1}.
     *
     * @param inputRows H
     * @return the count, 0 or less when the padded input is shorter than the window
     */
    public int outputRows(int inputRows) {
        return outputSize(inputRows, rows, strideRows, padRows);
    }

    /**
     * How many output columns an input of {@code inputCols} columns gives.
     *
     * @param inputCols W
     * @return the count, 0 or less when the padded input is narrower than the window
     * @see #outputRows(int)
     */
    public int outputCols(int inputCols) {
        return outputSize(inputCols, cols, strideCols, padCols);
    }

    /**
     * Requires an input large enough for at least one window.
     *
     * @param inputRows H
     * @param inputCols W
     * @throws IllegalArgumentException saying how large the input must be
     */
    public void requireFits(int inputRows, int inputCols) {
        if (outputRows(inputRows) < 1 || outputCols(inputCols) < 1) {
            throw new IllegalArgumentException("the " + rows + "x" + cols + " pooling window with padding "
                    + padRows + "," + padCols + " does not fit the " + inputRows + "x" + inputCols
                    + " input; it needs at least " + (rows - 2 * padRows) + "x" + (cols - 2 * padCols));
        }
    }

    /**
     * The input cells under the window of output cell (i, j), the padding left out: what a view
     * outlines when the pointer is on that output cell.
     *
     * @param i         output row
     * @param j         output column
     * @param inputRows H
     * @param inputCols W
     * @return the region of the input, never empty
     * @throws IllegalArgumentException if the window does not fit the input or (i, j) is not an
     *                                  output cell
     */
    public CellRegion inputCells(int i, int j, int inputRows, int inputCols) {
        requireFits(inputRows, inputCols);
        if (i < 0 || j < 0 || i >= outputRows(inputRows) || j >= outputCols(inputCols)) {
            throw new IllegalArgumentException("(" + i + ", " + j + ") is not a cell of the " + outputRows(inputRows)
                    + "x" + outputCols(inputCols) + " output");
        }
        long top = (long) i * strideRows - padRows;
        long left = (long) j * strideCols - padCols;
        return new CellRegion((int) Math.max(0, top), (int) Math.max(0, left),
                (int) Math.min(inputRows, top + rows), (int) Math.min(inputCols, left + cols));
    }

    /**
     * The output cells whose windows hold a cell of an input region: what changes when the region
     * is edited, and what a view marks when the pointer is on an input cell.
     *
     * @param input     the region of the input
     * @param inputRows H
     * @param inputCols W
     * @return the region of the output, or null when no window holds a cell of it (a stride larger
     *         than the window skips rows or columns)
     * @throws IllegalArgumentException if the window does not fit the input
     */
    public CellRegion outputsReading(CellRegion input, int inputRows, int inputCols) {
        requireFits(inputRows, inputCols);
        int top = firstReading(input.top(), rows, strideRows, padRows);
        int bottom = Math.min(outputRows(inputRows), endReading(input.bottom(), strideRows, padRows));
        int left = firstReading(input.left(), cols, strideCols, padCols);
        int right = Math.min(outputCols(inputCols), endReading(input.right(), strideCols, padCols));
        return top < bottom && left < right ? new CellRegion(top, left, bottom, right) : null;
    }

    /** The first window whose cells reach past input row {@code first}: i sh - p + k > first. */
    private static int firstReading(int first, int window, int stride, int pad) {
        return (int) Math.max(0, Math.floorDiv((long) first + pad - window, stride) + 1);
    }

    /** One past the last window starting before input row {@code end}: i sh - p < end. */
    private static int endReading(int end, int stride, int pad) {
        return (int) Math.min(Integer.MAX_VALUE, Math.floorDiv((long) end + pad - 1, stride) + 1);
    }

    private static int outputSize(int input, int window, int stride, int pad) {
        long span = (long) input + 2L * pad - window;
        return span < 0 ? 0 : (int) (span / stride + 1);
    }

    /**
     * The window's geometry in the notation of the command line: {@code 2x2, stride 2,2, padding 0,0}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return rows + "x" + cols + ", stride " + strideRows + "," + strideCols + ", padding " + padRows + ","
                + padCols;
    }
}
