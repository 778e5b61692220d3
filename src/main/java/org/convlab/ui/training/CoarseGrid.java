package org.convlab.ui.training;

import org.ejml.data.FMatrixRMaj;

/**
 * Shrinks a large map for a small panel: each block of cells becomes the cell of largest magnitude
 * in it, sign kept. Averaging would let errors of opposite sign cancel and hide exactly the spots
 * the error map is there to show.
 */
final class CoarseGrid {
    private CoarseGrid() {
    }

    /**
     * The map at most maxRows x maxCols.
     *
     * @param m       the map, not modified
     * @param maxRows the most rows shown
     * @param maxCols the most columns shown
     * @return m itself when it is small enough, else a new, coarser matrix
     */
    static FMatrixRMaj fit(FMatrixRMaj m, int maxRows, int maxCols) {
        int block = Math.max(ceilDiv(m.numRows, maxRows), ceilDiv(m.numCols, maxCols));
        if (block <= 1) {
            return m;
        }
        int rows = ceilDiv(m.numRows, block);
        int cols = ceilDiv(m.numCols, block);
        FMatrixRMaj out = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.numRows; i++) {
            int oi = i / block;
            for (int j = 0; j < m.numCols; j++) {
                float v = m.data[i * m.numCols + j];
                int o = oi * cols + j / block;
                if (Math.abs(v) > Math.abs(out.data[o])) {
                    out.data[o] = v;
                }
            }
        }
        return out;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
