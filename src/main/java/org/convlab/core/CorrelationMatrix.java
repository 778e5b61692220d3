package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * Cross-correlation as a matrix multiplication (the chapter's exercise): the matrix W with
 * {@code vec(Y) = W vec(X)}, vec taking rows in order. Row {@code i * outCols + j} of W holds the
 * kernel laid over the input window of output cell (i, j) and zeros elsewhere.
 *
 * <p>This is the teaching view; it is far slower than {@link CrossCorrelation} and not a fast path.
 */
public final class CorrelationMatrix {
    private CorrelationMatrix() {
    }

    /**
     * Builds W for a kernel over an input of the given size.
     *
     * @param inputRows H
     * @param inputCols W
     * @param k         the kernel, not modified
     * @return a new ((H-h+1)(W-w+1)) x (H W) matrix
     * @throws IllegalArgumentException if the kernel does not fit or is not finite
     */
    public static FMatrixRMaj of(int inputRows, int inputCols, FMatrixRMaj k) {
        return of(inputRows, inputCols, k, ConvGeometry.VALID);
    }

    /**
     * Builds W for a kernel with padding, stride and dilation. A tap on a padded zero adds nothing,
     * so it has no column: W still multiplies X itself, {@code vec(Y) = W vec(X)}.
     *
     * @param inputRows H
     * @param inputCols W
     * @param k         the kernel, not modified
     * @param geometry  padding, stride and dilation
     * @return a new (OH OW) x (H W) matrix
     * @throws IllegalArgumentException if the output is empty or the kernel is not finite
     */
    public static FMatrixRMaj of(int inputRows, int inputCols, FMatrixRMaj k, ConvGeometry geometry) {
        Shapes.requireFinite(k, "kernel");
        geometry.requireOutput(inputRows, inputCols, k.numRows, k.numCols);
        int outRows = geometry.outputRows(inputRows, k.numRows);
        int outCols = geometry.outputCols(inputCols, k.numCols);
        FMatrixRMaj w = new FMatrixRMaj(outRows * outCols, inputRows * inputCols);
        for (int i = 0; i < outRows; i++) {
            for (int j = 0; j < outCols; j++) {
                int row = i * outCols + j;
                for (int a = 0; a < k.numRows; a++) {
                    int r = geometry.inputRow(i, a);
                    for (int b = 0; b < k.numCols; b++) {
                        int c = geometry.inputCol(j, b);
                        if (r >= 0 && c >= 0 && r < inputRows && c < inputCols) {
                            w.set(row, r * inputCols + c, k.get(a, b));
                        }
                    }
                }
            }
        }
        return w;
    }
}
