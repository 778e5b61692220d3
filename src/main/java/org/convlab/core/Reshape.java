package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * The rearrangements the workspace offers on X and K: transpose, the 180-degree turn that makes a
 * cross-correlation a true convolution, and resizing that keeps what still fits.
 */
public final class Reshape {
    private Reshape() {
    }

    /**
     * The transpose, the chapter's {@code X.t()}.
     *
     * @param m the matrix, not modified
     * @return a new cols x rows matrix
     */
    public static FMatrixRMaj transpose(FMatrixRMaj m) {
        FMatrixRMaj t = new FMatrixRMaj(m.numCols, m.numRows);
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                t.set(j, i, m.get(i, j));
            }
        }
        return t;
    }

    /**
     * The matrix turned by 180 degrees (flipped up-down and left-right). Cross-correlating with the
     * flipped kernel is the true convolution with the original one.
     *
     * @param m the matrix, not modified
     * @return a new matrix of the same shape
     */
    public static FMatrixRMaj rotate180(FMatrixRMaj m) {
        FMatrixRMaj r = new FMatrixRMaj(m.numRows, m.numCols);
        int n = m.getNumElements();
        for (int i = 0; i < n; i++) {
            r.data[i] = m.data[n - 1 - i];
        }
        return r;
    }

    /**
     * A matrix of another size holding the top-left part of this one that fits; new cells are 0.
     *
     * @param m    the matrix, not modified
     * @param rows the new row count, at least 1
     * @param cols the new column count, at least 1
     * @return a new rows x cols matrix
     * @throws IllegalArgumentException if a size is below 1
     */
    public static FMatrixRMaj resize(FMatrixRMaj m, int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column, not "
                    + rows + "x" + cols);
        }
        FMatrixRMaj r = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < Math.min(rows, m.numRows); i++) {
            System.arraycopy(m.data, i * m.numCols, r.data, i * cols, Math.min(cols, m.numCols));
        }
        return r;
    }

    /**
     * The matrix with its columns moved {@code shift} places to the right, those pushed off the
     * right edge coming back on the left: {@code torch.roll(X, shift, dims=1)}. D2L 6.5 shifts the
     * edge image by a pixel this way to show that pooling tolerates the shift.
     *
     * @param m     the matrix, not modified
     * @param shift columns to move right; negative moves left
     * @return a new matrix of the same shape
     */
    public static FMatrixRMaj rollColumns(FMatrixRMaj m, int shift) {
        FMatrixRMaj r = new FMatrixRMaj(m.numRows, m.numCols);
        int by = Math.floorMod(shift, m.numCols);
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                r.set(i, (j + by) % m.numCols, m.get(i, j));
            }
        }
        return r;
    }
}
