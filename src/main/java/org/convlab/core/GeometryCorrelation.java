package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * The arithmetic of the cross-correlation and its kernel gradient for a {@link ConvGeometry} other
 * than the valid one: a plain loop for small work, and {@link GeometryStrips} /
 * {@link GeometryGradientStrips} split across cores by {@link RowSplit} for large work, with the
 * same thresholds as the valid pass. The taps of every output cell are added in the order of the
 * plain loop, padded zeros included, so the two agree to the bit.
 */
final class GeometryCorrelation {
    private GeometryCorrelation() {
    }

    /**
     * Writes the correlation plus bias into y, already shaped to the geometry's output.
     *
     * @return false when some value read is non-finite
     */
    static boolean compute(FMatrixRMaj x, FMatrixRMaj k, float bias, ConvGeometry g, FMatrixRMaj y) {
        int h = k.numRows;
        int w = k.numCols;
        long work = (long) y.numRows * y.numCols * h * w;
        if (y.numCols < CrossCorrelation.VECTOR_COLUMNS || work < CrossCorrelation.VECTOR_WORK) {
            return plain(x, k, bias, g, y);
        }
        float[] xd = x.data;
        float[] kd = k.data;
        float[] yd = y.data;
        int xRows = x.numRows;
        int xCols = x.numCols;
        int outCols = y.numCols;
        // the strips compute every column of an output row before keeping every sw-th
        long stripWork = (long) y.numRows * ((outCols - 1L) * g.strideCols() + 1) * h * w;
        return RowSplit.allFinite(y.numRows, RowSplit.parts(stripWork, y.numRows),
                () -> new GeometryStrips(xd, xRows, xCols, kd, h, w, g, bias, yd, outCols));
    }

    /**
     * Whether every input cell that no window reads is finite; such a cell cannot show in the
     * output. The work is the unread cells' count, usually a few rows and columns or none.
     */
    static boolean unreadCellsFinite(FMatrixRMaj x, FMatrixRMaj k, ConvGeometry g) {
        boolean[] rows = g.rowsRead(x.numRows, k.numRows);
        boolean[] cols = g.columnsRead(x.numCols, k.numCols);
        int[] unreadCols = new int[cols.length];
        int unread = 0;
        for (int c = 0; c < cols.length; c++) {
            if (!cols[c]) {
                unreadCols[unread++] = c;
            }
        }
        float[] xd = x.data;
        for (int r = 0; r < rows.length; r++) {
            int start = r * x.numCols;
            if (!rows[r]) {
                for (int c = 0; c < x.numCols; c++) {
                    if (!Float.isFinite(xd[start + c])) {
                        return false;
                    }
                }
            } else {
                for (int u = 0; u < unread; u++) {
                    if (!Float.isFinite(xd[start + unreadCols[u]])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * dL/dK = 2 sum over output cells of E times the input value each tap read (0 in the padding),
     * accumulated in double.
     *
     * @param x   the input, not modified
     * @param e   the error map, the output's shape, not modified
     * @param h   kernel rows
     * @param w   kernel columns
     * @param g   the geometry
     * @param out receives the gradient, reshaped to h x w; null allocates one
     * @return the gradient, {@code out} if it was given
     */
    static FMatrixRMaj kernelGradient(FMatrixRMaj x, FMatrixRMaj e, int h, int w, ConvGeometry g, FMatrixRMaj out) {
        FMatrixRMaj grad = out == null ? new FMatrixRMaj(h, w) : out;
        grad.reshape(h, w);
        long work = (long) e.numRows * e.numCols * h * w;
        double[] sums;
        if (e.numCols < CrossCorrelation.VECTOR_COLUMNS || work < CrossCorrelation.VECTOR_WORK) {
            sums = new double[h * w];
            plainGradient(x, e, h, w, g, sums);
        } else {
            float[] xd = x.data;
            float[] ed = e.data;
            int xRows = x.numRows;
            int xCols = x.numCols;
            int eCols = e.numCols;
            sums = RowSplit.sum(e.numRows, RowSplit.parts(work, e.numRows), h * w,
                    () -> new GeometryGradientStrips(xd, xRows, xCols, ed, eCols, h, w, g));
        }
        for (int t = 0; t < sums.length; t++) {
            grad.data[t] = (float) (2 * sums[t]);
        }
        return grad;
    }

    private static boolean plain(FMatrixRMaj x, FMatrixRMaj k, float bias, ConvGeometry g, FMatrixRMaj y) {
        return region(x, k, bias, g, y, new CellRegion(0, 0, y.numRows, y.numCols));
    }

    /**
     * The plain loop over one region of output cells, the others left as they are.
     *
     * @return false when some value read is non-finite
     */
    static boolean region(FMatrixRMaj x, FMatrixRMaj k, float bias, ConvGeometry g, FMatrixRMaj y, CellRegion cells) {
        int h = k.numRows;
        int w = k.numCols;
        float[] kd = k.data;
        int notFinite = 0;
        for (int i = cells.top(); i < cells.bottom(); i++) {
            for (int j = cells.left(); j < cells.right(); j++) {
                float s = bias;
                for (int a = 0; a < h; a++) {
                    int r = g.inputRow(i, a);
                    for (int b = 0; b < w; b++) {
                        s += kd[a * w + b] * read(x, r, g.inputCol(j, b));
                    }
                }
                y.data[i * y.numCols + j] = s;
                notFinite |= Float.isFinite(s) ? 0 : 1;
            }
        }
        return notFinite == 0;
    }

    private static void plainGradient(FMatrixRMaj x, FMatrixRMaj e, int h, int w, ConvGeometry g, double[] sums) {
        for (int a = 0; a < h; a++) {
            for (int b = 0; b < w; b++) {
                double s = 0;
                for (int i = 0; i < e.numRows; i++) {
                    int r = g.inputRow(i, a);
                    if (r < 0 || r >= x.numRows) {
                        continue;
                    }
                    for (int j = 0; j < e.numCols; j++) {
                        s += (double) read(x, r, g.inputCol(j, b))
                                * e.data[i * e.numCols + j];
                    }
                }
                sums[a * w + b] = s;
            }
        }
    }

    /** The input value at (r, c), or the padding's 0 outside the input. */
    private static float read(FMatrixRMaj x, int r, int c) {
        return r >= 0 && r < x.numRows && c >= 0 && c < x.numCols ? x.data[r * x.numCols + c] : 0f;
    }
}
