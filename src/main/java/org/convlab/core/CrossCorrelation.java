package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * The valid 2-D cross-correlation of the chapter, {@code corr2d(X, K)}: output cell (i, j) is the
 * sum of {@code X[i + a, j + b] * K[a, b]} over the kernel, the kernel is not flipped, and the
 * output is (H - h + 1) x (W - w + 1).
 *
 * <p>Small work runs as a plain loop on the calling thread. Larger work runs row against row on
 * copies of the input rows (see {@link TapLoops} for why), several kernel taps per pass over an
 * output row, split across cores (the common fork-join pool) from a few million multiply-adds up;
 * when the JVM resolves {@code jdk.incubator.vector} (opt-in, see {@link VectorPath}) the Vector API
 * reads the input rows in place instead.
 * Either way every output cell adds its taps in the same order, so the result does not depend on
 * the path or the core count: it is bit-identical to {@code y = bias; y += K[a, b] * X[i + a, j + b]}
 * tap by tap in float.
 */
public final class CrossCorrelation {
    /** Output rows narrower than this gain nothing from row copies and vector loops. */
    static final int VECTOR_COLUMNS = 16;

    /** Multiply-adds below which the buffers of the vector path cost more than they save. */
    static final long VECTOR_WORK = 4096;

    private CrossCorrelation() {
    }

    /**
     * Computes {@code corr2d(x, k) + bias}.
     *
     * @param x    the input, H x W, not modified
     * @param k    the kernel, h x w with h &lt;= H and w &lt;= W, not modified
     * @param bias added to every output cell
     * @param out  where to write, reshaped to the output size; {@code null} allocates. When an
     *             exception is thrown its contents are unspecified (a non-finite input value is
     *             noticed in the output)
     * @return the output, {@code out} if it was given
     * @throws IllegalArgumentException for an empty or non-finite matrix or a kernel larger than x
     */
    public static FMatrixRMaj corr2d(FMatrixRMaj x, FMatrixRMaj k, float bias, FMatrixRMaj out) {
        if (!passesCheapChecks(x, k, bias)) {
            validate(x, k, bias);
        }
        FMatrixRMaj y = shapeOutput(x, k, out);
        // A non-finite input value always makes some output cell non-finite (every input cell is in
        // some window, and NaN or infinity times anything is not finite), so the input scan, which
        // costs as much as the correlation itself, only runs when the output shows a problem.
        if (!ValidCorrelation.compute(x, k, bias, y)) {
            validate(x, k, bias);
        }
        return y;
    }

    /**
     * Computes the cross-correlation of x and k plus bias with padding, stride and dilation,
     * PyTorch's {@code conv2d} of one channel: output cell (i, j) is {@code bias} plus the sum of
     * {@code K[a, b] * Xp[i sh + a dh, j sw + b dw]} over the kernel, where Xp is x with the
     * geometry's zero border. The valid geometry takes exactly the path of
     * {@link #corr2d(FMatrixRMaj, FMatrixRMaj, float, FMatrixRMaj)}.
     *
     * @param x        the input, H x W, not modified
     * @param k        the kernel, h x w, not modified; with padding it may be larger than x
     * @param bias     added to every output cell
     * @param geometry padding, stride and dilation
     * @param out      where to write, reshaped to OH x OW (see {@link ConvGeometry#outputRows});
     *                 {@code null} allocates. Unspecified after an exception
     * @return the output, {@code out} if it was given
     * @throws IllegalArgumentException for an empty or non-finite matrix, a non-finite bias or an
     *                                  empty output
     */
    public static FMatrixRMaj corr2d(FMatrixRMaj x, FMatrixRMaj k, float bias, ConvGeometry geometry,
                                     FMatrixRMaj out) {
        if (geometry.isValid()) {
            return corr2d(x, k, bias, out);
        }
        if (x == null || x.numRows == 0 || x.numCols == 0) {
            Shapes.requireFinite(x, "input");
        }
        Shapes.requireFinite(k, "kernel");
        geometry.requireOutput(x.numRows, x.numCols, k.numRows, k.numCols);
        if (!Float.isFinite(bias)) {
            throw new IllegalArgumentException("the bias is " + bias + "; it must be a finite number");
        }
        FMatrixRMaj y = shapeOutput(x, k, geometry, out);
        // The output shows every non-finite value a window reads; the cells no window reads are
        // checked apart (often none: padding hides no cell).
        if (!GeometryCorrelation.unreadCellsFinite(x, k, geometry)
                || !GeometryCorrelation.compute(x, k, bias, geometry, y)) {
            Shapes.requireFinite(x, "input");
        }
        return y;
    }

    /**
     * Computes {@code corr2d(x, k)} with no bias.
     *
     * @param x the input, not modified
     * @param k the kernel, not modified
     * @return a new output matrix
     * @see #corr2d(FMatrixRMaj, FMatrixRMaj, float, FMatrixRMaj)
     */
    public static FMatrixRMaj corr2d(FMatrixRMaj x, FMatrixRMaj k) {
        return corr2d(x, k, 0f, null);
    }

    /**
     * Computes again the output cells of one region of y, leaving the others as they are: after an
     * edit of a few input cells, y equals a full {@link #corr2d(FMatrixRMaj, FMatrixRMaj, float,
     * FMatrixRMaj)} bit for bit once the region holds every output cell that reads them (see
     * {@link CellRegion#readBy}). The work is the region's cells times the kernel's taps.
     *
     * @param x      the input, not modified
     * @param k      the kernel, not modified; finite
     * @param bias   added to every output cell
     * @param y      the output, (H - h + 1) x (W - w + 1); modified inside the region only
     * @param region the output cells to compute
     * @throws IllegalArgumentException if y has the wrong shape or the region lies outside it
     */
    public static void corr2dRegion(FMatrixRMaj x, FMatrixRMaj k, float bias, FMatrixRMaj y, CellRegion region) {
        int h = k.numRows;
        int w = k.numCols;
        if (y.numRows != outputSize(x.numRows, h) || y.numCols != outputSize(x.numCols, w)) {
            throw new IllegalArgumentException("the output is " + Shapes.of(y) + "; corr2d of " + Shapes.of(x)
                    + " and " + Shapes.of(k) + " is " + outputSize(x.numRows, h) + "x" + outputSize(x.numCols, w));
        }
        if (region.bottom() > y.numRows || region.right() > y.numCols) {
            throw new IllegalArgumentException(region + " lies outside the " + Shapes.of(y) + " output");
        }
        ValidCorrelation.region(x, k, bias, y, region);
    }

    /**
     * {@link #corr2dRegion(FMatrixRMaj, FMatrixRMaj, float, FMatrixRMaj, CellRegion)} with padding,
     * stride and dilation: the region's cells equal the full {@link #corr2d(FMatrixRMaj, FMatrixRMaj,
     * float, ConvGeometry, FMatrixRMaj)} bit for bit (the same taps in the same order, padded zeros
     * included) once it holds every output cell that reads the edited input cells (see
     * {@link CellRegion#readBy(int, int, ConvGeometry, int, int)}).
     *
     * @param x        the input, not modified
     * @param k        the kernel, not modified; finite
     * @param bias     added to every output cell
     * @param geometry padding, stride and dilation
     * @param y        the output, the geometry's shape; modified inside the region only
     * @param region   the output cells to compute
     * @throws IllegalArgumentException if y has the wrong shape or the region lies outside it
     */
    public static void corr2dRegion(FMatrixRMaj x, FMatrixRMaj k, float bias, ConvGeometry geometry, FMatrixRMaj y,
                                    CellRegion region) {
        if (geometry.isValid()) {
            corr2dRegion(x, k, bias, y, region);
            return;
        }
        int rows = geometry.outputRows(x.numRows, k.numRows);
        int cols = geometry.outputCols(x.numCols, k.numCols);
        if (y.numRows != rows || y.numCols != cols) {
            throw new IllegalArgumentException("the output is " + Shapes.of(y) + "; corr2d of " + Shapes.of(x)
                    + " and " + Shapes.of(k) + " with " + geometry + " is " + rows + "x" + cols);
        }
        if (region.bottom() > y.numRows || region.right() > y.numCols) {
            throw new IllegalArgumentException(region + " lies outside the " + Shapes.of(y) + " output");
        }
        GeometryCorrelation.region(x, k, bias, geometry, y, region);
    }

    /**
     * The output shape's row count for a kernel of height h over an input of height rows.
     *
     * @param inputSize  H or W
     * @param kernelSize h or w
     * @return H - h + 1
     */
    public static int outputSize(int inputSize, int kernelSize) {
        return inputSize - kernelSize + 1;
    }

    /** The arithmetic with no validation, for callers that validated once (training loops). */
    static FMatrixRMaj corr2dUnchecked(FMatrixRMaj x, FMatrixRMaj k, float bias, FMatrixRMaj out) {
        FMatrixRMaj y = shapeOutput(x, k, out);
        ValidCorrelation.compute(x, k, bias, y);
        return y;
    }

    /** {@link #corr2dUnchecked(FMatrixRMaj, FMatrixRMaj, float, FMatrixRMaj)} with a geometry. */
    static FMatrixRMaj corr2dUnchecked(FMatrixRMaj x, FMatrixRMaj k, float bias, ConvGeometry geometry,
                                       FMatrixRMaj out) {
        if (geometry.isValid()) {
            return corr2dUnchecked(x, k, bias, out);
        }
        FMatrixRMaj y = shapeOutput(x, k, geometry, out);
        GeometryCorrelation.compute(x, k, bias, geometry, y);
        return y;
    }

    /**
     * The checks of {@link #validate} that cost next to nothing: everything but the input's values.
     */
    private static boolean passesCheapChecks(FMatrixRMaj x, FMatrixRMaj k, float bias) {
        if (x == null || k == null || x.numRows == 0 || x.numCols == 0 || k.numRows > x.numRows
                || k.numCols > x.numCols || !Float.isFinite(bias)) {
            return false;
        }
        float[] kd = k.data;
        int taps = k.numRows * k.numCols;
        if (taps == 0) {
            return false;
        }
        for (int t = 0; t < taps; t++) {
            if (!Float.isFinite(kd[t])) {
                return false;
            }
        }
        return true;
    }

    /** Every check, in the order the messages promise: input, kernel, fit, bias. */
    private static void validate(FMatrixRMaj x, FMatrixRMaj k, float bias) {
        Shapes.requireFinite(x, "input");
        Shapes.requireFinite(k, "kernel");
        Shapes.requireKernelFits(x, k);
        if (!Float.isFinite(bias)) {
            throw new IllegalArgumentException("the bias is " + bias + "; it must be a finite number");
        }
    }

    private static FMatrixRMaj shapeOutput(FMatrixRMaj x, FMatrixRMaj k, FMatrixRMaj out) {
        return shaped(out, outputSize(x.numRows, k.numRows), outputSize(x.numCols, k.numCols));
    }

    private static FMatrixRMaj shapeOutput(FMatrixRMaj x, FMatrixRMaj k, ConvGeometry geometry, FMatrixRMaj out) {
        return shaped(out, geometry.outputRows(x.numRows, k.numRows), geometry.outputCols(x.numCols, k.numCols));
    }

    private static FMatrixRMaj shaped(FMatrixRMaj out, int rows, int cols) {
        if (out == null) {
            return new FMatrixRMaj(rows, cols);
        }
        out.reshape(rows, cols);
        return out;
    }
}
