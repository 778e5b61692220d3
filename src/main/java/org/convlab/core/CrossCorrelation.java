package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * The valid 2-D cross-correlation of the chapter, {@code corr2d(X, K)}: output cell (i, j) is the
 * sum of {@code X[i + a, j + b] * K[a, b]} over the kernel, the kernel is not flipped, and the
 * output is (H - h + 1) x (W - w + 1).
 *
 * <p>The loops run row against row: for every kernel cell, a whole output row is updated from one
 * input row with the same index on both sides, the only form Java 17's JIT vectorizes.
 */
public final class CrossCorrelation {
    private CrossCorrelation() {
    }

    /**
     * Computes {@code corr2d(x, k) + bias}.
     *
     * @param x    the input, H x W, not modified
     * @param k    the kernel, h x w with h &lt;= H and w &lt;= W, not modified
     * @param bias added to every output cell
     * @param out  where to write, reshaped to the output size; {@code null} allocates
     * @return the output, {@code out} if it was given
     * @throws IllegalArgumentException for an empty or non-finite matrix or a kernel larger than x
     */
    public static FMatrixRMaj corr2d(FMatrixRMaj x, FMatrixRMaj k, float bias, FMatrixRMaj out) {
        Shapes.requireFinite(x, "input");
        Shapes.requireFinite(k, "kernel");
        Shapes.requireKernelFits(x, k);
        if (!Float.isFinite(bias)) {
            throw new IllegalArgumentException("the bias is " + bias + "; it must be a finite number");
        }
        return corr2dUnchecked(x, k, bias, out);
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
        int outRows = outputSize(x.numRows, k.numRows);
        int outCols = outputSize(x.numCols, k.numCols);
        if (out == null) {
            out = new FMatrixRMaj(outRows, outCols);
        } else {
            out.reshape(outRows, outCols);
        }
        float[] xd = x.data;
        float[] kd = k.data;
        float[] yd = out.data;
        int xCols = x.numCols;
        float[] window = new float[outCols];
        for (int i = 0; i < outRows; i++) {
            int yStart = i * outCols;
            java.util.Arrays.fill(yd, yStart, yStart + outCols, bias);
            for (int a = 0; a < k.numRows; a++) {
                int xRow = (i + a) * xCols;
                for (int b = 0; b < k.numCols; b++) {
                    float kv = kd[a * k.numCols + b];
                    System.arraycopy(xd, xRow + b, window, 0, outCols);
                    accumulate(yd, yStart, window, kv, outCols);
                }
            }
        }
        return out;
    }

    private static void accumulate(float[] y, int yStart, float[] window, float kv, int n) {
        for (int j = 0; j < n; j++) {
            y[yStart + j] += kv * window[j];
        }
    }
}
