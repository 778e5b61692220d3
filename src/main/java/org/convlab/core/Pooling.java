package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * 2-D max and average pooling of D2L 6.5, with PyTorch's padding and stride ({@code
 * nn.MaxPool2d}, {@code nn.AvgPool2d}), and its gradient with respect to the input. Output cell
 * (i, j) reduces the input cells under window (i, j) of {@link PoolWindow}: max pooling takes the
 * largest (a padded cell counts as minus infinity, so it never wins; on ties the first in row-major
 * order wins, as in PyTorch), average pooling divides their sum by the window's cell count, padded
 * zeros included. A multi-channel input {@code C x H x W} is pooled channel by channel.
 */
public final class Pooling {
    private Pooling() {
    }

    /**
     * The book's {@code pool2d(X, (rows, cols), mode)}: every window position, stride 1, no padding.
     *
     * @param x    the input, not modified
     * @param rows window height
     * @param cols window width
     * @param mode max or average
     * @return a new (H - rows + 1) x (W - cols + 1) matrix
     * @throws IllegalArgumentException for an empty or non-finite input or a window larger than it
     */
    public static FMatrixRMaj pool2d(FMatrixRMaj x, int rows, int cols, PoolMode mode) {
        return pool2d(x, PoolWindow.sliding(rows, cols), mode, null);
    }

    /**
     * Pools one channel.
     *
     * @param x      the input, H x W, not modified
     * @param window the window, its stride and padding
     * @param mode   max or average
     * @param out    where to write, reshaped to {@code window.outputRows(H) x window.outputCols(W)};
     *               {@code null} allocates; must not be x
     * @return the output, {@code out} if it was given
     * @throws IllegalArgumentException for a missing window or mode, an empty or non-finite input, an
     *                                  input too small for the window, or {@code out == x}
     */
    public static FMatrixRMaj pool2d(FMatrixRMaj x, PoolWindow window, PoolMode mode, FMatrixRMaj out) {
        requireInput(x, window);
        requireMode(mode);
        if (out == x) {
            throw new IllegalArgumentException("the output must be another matrix than the input");
        }
        FMatrixRMaj y = shaped(out, window.outputRows(x.numRows), window.outputCols(x.numCols));
        if (mode == PoolMode.MAX) {
            maxPool(x, window, y, null);
        } else {
            avgPool(x, window, y);
        }
        return y;
    }

    /**
     * Pools each channel of a {@code C x H x W} input.
     *
     * @param channels the input's channels, all H x W; none modified
     * @param window   the window, its stride and padding
     * @param mode     max or average
     * @return C new outputs, in the channels' order
     * @throws IllegalArgumentException for no channels, channels of different shapes, or a channel
     *                                  that {@link #pool2d(FMatrixRMaj, PoolWindow, PoolMode,
     *                                  FMatrixRMaj)} refuses
     */
    public static FMatrixRMaj[] pool2d(FMatrixRMaj[] channels, PoolWindow window, PoolMode mode) {
        requireChannels(channels);
        FMatrixRMaj[] y = new FMatrixRMaj[channels.length];
        for (int c = 0; c < channels.length; c++) {
            y[c] = pool2d(channels[c], window, mode, null);
        }
        return y;
    }

    /**
     * Which input cell wins each window of a max pooling: the largest, the first in row-major order
     * on ties. A window shows the pooling by outlining its cells and marking this one.
     *
     * @param x      the input, H x W, not modified
     * @param window the window, its stride and padding
     * @param out    where to write, at least OH * OW long; {@code null} allocates
     * @return for output cell (i, j) at index {@code i * OW + j}, the winner's index {@code r * W + c}
     *         in x; {@code out} if it was given
     * @throws IllegalArgumentException as {@link #pool2d(FMatrixRMaj, PoolWindow, PoolMode,
     *                                  FMatrixRMaj)} does, or for an {@code out} too short
     */
    public static int[] winners(FMatrixRMaj x, PoolWindow window, int[] out) {
        requireInput(x, window);
        int cells = window.outputRows(x.numRows) * window.outputCols(x.numCols);
        if (out != null && out.length < cells) {
            throw new IllegalArgumentException("the winners array holds " + out.length + " cells; the output has "
                    + cells);
        }
        int[] w = out == null ? new int[cells] : out;
        maxPool(x, window, new FMatrixRMaj(window.outputRows(x.numRows), window.outputCols(x.numCols)), w);
        return w;
    }

    /**
     * The gradient with respect to the input, given the gradient with respect to the output: max
     * pooling routes each output's gradient to the cell that won (see {@link #winners}), average
     * pooling spreads it evenly over the window's cells, the padded ones taking their share away.
     * Where windows overlap the contributions add up.
     *
     * @param x      the input the pooling read, H x W, not modified
     * @param window the window, its stride and padding
     * @param mode   max or average
     * @param dy     the gradient with respect to the output, OH x OW, not modified
     * @param dx     where to write, reshaped to H x W; {@code null} allocates; must be neither x nor dy
     * @return the gradient with respect to x, {@code dx} if it was given
     * @throws IllegalArgumentException for an input the pooling refuses, a dy of the wrong shape or
     *                                  with non-finite values, or dx aliasing x or dy
     */
    public static FMatrixRMaj backward(FMatrixRMaj x, PoolWindow window, PoolMode mode, FMatrixRMaj dy,
                                       FMatrixRMaj dx) {
        requireInput(x, window);
        requireMode(mode);
        Shapes.requireFinite(dy, "output gradient");
        int outRows = window.outputRows(x.numRows);
        int outCols = window.outputCols(x.numCols);
        if (dy.numRows != outRows || dy.numCols != outCols) {
            throw new IllegalArgumentException("the output gradient is " + Shapes.of(dy) + " but must be " + outRows
                    + "x" + outCols + ", the pooling's output");
        }
        if (dx == x || dx == dy) {
            throw new IllegalArgumentException("the input gradient must be another matrix than x and dy");
        }
        FMatrixRMaj g = shaped(dx, x.numRows, x.numCols);
        g.zero();
        if (mode == PoolMode.MAX) {
            int[] won = winners(x, window, null);
            for (int o = 0; o < won.length; o++) {
                g.data[won[o]] += dy.data[o];
            }
        } else {
            spreadEvenly(window, dy, g);
        }
        return g;
    }

    /**
     * The gradient with respect to each channel of a {@code C x H x W} input.
     *
     * @param channels the input's channels, not modified
     * @param window   the window, its stride and padding
     * @param mode     max or average
     * @param dy       the gradient with respect to each output channel, not modified
     * @return C new H x W gradients
     * @throws IllegalArgumentException for channel counts that differ or any channel that {@link
     *                                  #backward(FMatrixRMaj, PoolWindow, PoolMode, FMatrixRMaj,
     *                                  FMatrixRMaj)} refuses
     */
    public static FMatrixRMaj[] backward(FMatrixRMaj[] channels, PoolWindow window, PoolMode mode,
                                         FMatrixRMaj[] dy) {
        requireChannels(channels);
        if (dy == null || dy.length != channels.length) {
            throw new IllegalArgumentException("the output gradient has " + (dy == null ? 0 : dy.length)
                    + " channels but the input has " + channels.length);
        }
        FMatrixRMaj[] dx = new FMatrixRMaj[channels.length];
        for (int c = 0; c < channels.length; c++) {
            dx[c] = backward(channels[c], window, mode, dy[c], null);
        }
        return dx;
    }

    /** Writes the window maxima into y and, when {@code winners} is given, their indices in x. */
    private static void maxPool(FMatrixRMaj x, PoolWindow window, FMatrixRMaj y, int[] winners) {
        float[] xd = x.data;
        int cols = x.numCols;
        eachWindow(window, y.numRows, y.numCols, x.numRows, cols, (o, r0, r1, c0, c1) -> {
            int best = r0 * cols + c0;
            for (int r = r0; r < r1; r++) {
                for (int at = r * cols + c0, end = r * cols + c1; at < end; at++) {
                    if (xd[at] > xd[best]) {
                        best = at;
                    }
                }
            }
            y.data[o] = xd[best];
            if (winners != null) {
                winners[o] = best;
            }
        });
    }

    private static void avgPool(FMatrixRMaj x, PoolWindow window, FMatrixRMaj y) {
        float[] xd = x.data;
        int cols = x.numCols;
        float cells = (float) window.rows() * window.cols();
        eachWindow(window, y.numRows, y.numCols, x.numRows, cols, (o, r0, r1, c0, c1) -> {
            float sum = 0;
            for (int r = r0; r < r1; r++) {
                for (int at = r * cols + c0, end = r * cols + c1; at < end; at++) {
                    sum += xd[at];
                }
            }
            y.data[o] = sum / cells;
        });
    }

    private static void spreadEvenly(PoolWindow window, FMatrixRMaj dy, FMatrixRMaj g) {
        int cols = g.numCols;
        float cells = (float) window.rows() * window.cols();
        eachWindow(window, dy.numRows, dy.numCols, g.numRows, cols, (o, r0, r1, c0, c1) -> {
            float share = dy.data[o] / cells;
            for (int r = r0; r < r1; r++) {
                for (int at = r * cols + c0, end = r * cols + c1; at < end; at++) {
                    g.data[at] += share;
                }
            }
        });
    }

    /** What a pooling does with the input cells under one window. */
    private interface WindowCells {
        /**
         * @param output the output cell's index {@code i * OW + j}
         * @param r0     the window's first input row
         * @param r1     one past its last input row
         * @param c0     its first input column
         * @param c1     one past its last input column
         */
        void visit(int output, int r0, int r1, int c0, int c1);
    }

    /**
     * Visits the windows in row-major output order with the input cells under each, clipped to the
     * input: padding is not stored.
     */
    private static void eachWindow(PoolWindow window, int outRows, int outCols, int inputRows, int inputCols,
                                   WindowCells cells) {
        for (int i = 0; i < outRows; i++) {
            int r0 = first(i, window.strideRows(), window.padRows());
            int r1 = end(i, window.strideRows(), window.padRows(), window.rows(), inputRows);
            for (int j = 0; j < outCols; j++) {
                int c0 = first(j, window.strideCols(), window.padCols());
                int c1 = end(j, window.strideCols(), window.padCols(), window.cols(), inputCols);
                cells.visit(i * outCols + j, r0, r1, c0, c1);
            }
        }
    }

    /** The first input row (or column) under window {@code index}. */
    private static int first(int index, int stride, int pad) {
        return Math.max(0, index * stride - pad);
    }

    /** One past the last input row (or column) under window {@code index}, clipped to the input. */
    private static int end(int index, int stride, int pad, int window, int size) {
        return (int) Math.min(size, (long) index * stride - pad + window);
    }

    private static void requireInput(FMatrixRMaj x, PoolWindow window) {
        if (window == null) {
            throw new IllegalArgumentException("the pooling window is missing");
        }
        Shapes.requireFinite(x, "input");
        window.requireFits(x.numRows, x.numCols);
    }

    private static void requireMode(PoolMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("the pooling mode is missing");
        }
    }

    private static void requireChannels(FMatrixRMaj[] channels) {
        if (channels == null || channels.length == 0) {
            throw new IllegalArgumentException("the input has no channels");
        }
        for (int c = 0; c < channels.length; c++) {
            Shapes.requireFinite(channels[c], "input's channel " + c);
            if (c > 0) {
                Shapes.requireSameShape(channels[0], channels[c], "input's channel " + c);
            }
        }
    }

    private static FMatrixRMaj shaped(FMatrixRMaj out, int rows, int cols) {
        if (out == null) {
            return new FMatrixRMaj(rows, cols);
        }
        out.reshape(rows, cols);
        return out;
    }
}
