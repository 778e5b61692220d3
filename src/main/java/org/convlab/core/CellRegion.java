package org.convlab.core;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * A rectangle of matrix cells: rows {@code top} to {@code bottom - 1}, columns {@code left} to
 * {@code right - 1}. It names what one edit touched, so that only the output cells reading it are
 * computed again and only their pixels drawn again.
 *
 * @param top    first row
 * @param left   first column
 * @param bottom one past the last row
 * @param right  one past the last column
 */
public record CellRegion(int top, int left, int bottom, int right) {
    /** Checks that the region is not empty and not upside down. */
    public CellRegion {
        if (top < 0 || left < 0 || bottom <= top || right <= left) {
            throw new IllegalArgumentException("no cells in rows " + top + " to " + bottom + ", columns " + left
                    + " to " + right);
        }
    }

    /**
     * How many cells the region holds.
     *
     * @return rows times columns
     */
    public long cells() {
        return (long) (bottom - top) * (right - left);
    }

    /**
     * The smallest region holding every cell where two matrices of the same shape differ (bit for
     * bit, so 0 and -0 differ).
     *
     * @param a one matrix, not modified
     * @param b the other, not modified
     * @return the region, or null when the matrices are equal
     * @throws IllegalArgumentException if the shapes differ
     */
    public static CellRegion changed(FMatrixRMaj a, FMatrixRMaj b) {
        if (a.numRows != b.numRows || a.numCols != b.numCols) {
            throw new IllegalArgumentException("the shapes differ: " + Shapes.of(a) + " and " + Shapes.of(b));
        }
        int cols = a.numCols;
        int n = a.numRows * cols;
        int first = Arrays.mismatch(a.data, 0, n, b.data, 0, n);
        if (first < 0) {
            return null;
        }
        int top = first / cols;
        int bottom = a.numRows;
        while (bottom - 1 > top && Arrays.equals(a.data, (bottom - 1) * cols, bottom * cols, b.data,
                (bottom - 1) * cols, bottom * cols)) {
            bottom--;
        }
        int left = cols;
        int right = 0;
        for (int i = top; i < bottom; i++) {
            int start = i * cols;
            int at = Arrays.mismatch(a.data, start, start + cols, b.data, start, start + cols);
            if (at < 0) {
                continue;
            }
            left = Math.min(left, at);
            int last = cols - 1;
            while (last > at && Float.floatToRawIntBits(a.data[start + last])
                    == Float.floatToRawIntBits(b.data[start + last])) {
                last--;
            }
            right = Math.max(right, last + 1);
        }
        return new CellRegion(top, left, bottom, right);
    }

    /**
     * The output cells whose windows may read a cell of this input region, with padding, stride
     * and dilation: output row i reads padded rows {@code i sh + a dh}, X's rows {@code i sh + a dh - ph}.
     * Between dilation's taps the block may hold cells that read none of the region; computing them
     * again changes nothing.
     *
     * @param h        kernel rows
     * @param w        kernel columns
     * @param g        padding, stride and dilation
     * @param outRows  OH
     * @param outCols  OW
     * @return the output block, or null when no output cell reads the region
     */
    public CellRegion readBy(int h, int w, ConvGeometry g, int outRows, int outCols) {
        int t = Math.max(0, ceilDiv(top + g.padRows() - (h - 1) * g.dilationRows(), g.strideRows()));
        int b = Math.min(outRows, Math.floorDiv(bottom - 1 + g.padRows(), g.strideRows()) + 1);
        int l = Math.max(0, ceilDiv(left + g.padCols() - (w - 1) * g.dilationCols(), g.strideCols()));
        int r = Math.min(outCols, Math.floorDiv(right - 1 + g.padCols(), g.strideCols()) + 1);
        return t < b && l < r ? new CellRegion(t, l, b, r) : null;
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }
}
