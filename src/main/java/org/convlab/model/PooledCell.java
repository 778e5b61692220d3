package org.convlab.model;

import org.convlab.core.CellRegion;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.core.Pooling;
import org.ejml.data.FMatrixRMaj;

/**
 * Where one cell of Z comes from: the cells of Y under its window, and for max pooling the cell
 * that won, for average pooling the sum written out. A window outlines the region in Y and marks
 * the winner when the pointer is on a cell of Z.
 *
 * @param row       Z's row
 * @param column    Z's column
 * @param window    the cells of Y under the window, the padding left out
 * @param winner    for max pooling the index {@code r * W + c} in Y of the cell that won (the first
 *                  in row-major order on ties); -1 for average pooling
 * @param value     Z[row, column]
 * @param arithmetic for average pooling the mean written out, "(1 + 0 + (−1) + 0) / 4 = 0", padded
 *                  cells written 0; for max pooling empty
 */
public record PooledCell(int row, int column, CellRegion window, int winner, float value, String arithmetic) {
    /**
     * Explains one cell of a result's Z.
     *
     * @param r      a result whose pooling stage applies ({@link LiveOutput.Result#hasPooled()})
     * @param row    Z's row
     * @param column Z's column
     * @return the explanation
     * @throws IllegalArgumentException if the result has no Z or (row, column) is not one of its cells
     */
    public static PooledCell of(LiveOutput.Result r, int row, int column) {
        if (!r.hasPooled()) {
            throw new IllegalArgumentException("the result has no pooled output");
        }
        FMatrixRMaj y = r.output();
        PoolWindow w = r.state().pooling().window();
        CellRegion region = w.inputCells(row, column, y.numRows, y.numCols);
        float value = r.pooled().get(row, column);
        if (r.state().pooling().mode() == PoolMode.MAX) {
            int winner = Pooling.winners(y, w, null)[row * r.pooled().numCols + column];
            return new PooledCell(row, column, region, winner, value, "");
        }
        StringBuilder sum = new StringBuilder("(");
        for (int i = region.top(); i < region.bottom(); i++) {
            for (int j = region.left(); j < region.right(); j++) {
                sum.append(sum.length() > 1 ? " + " : "").append(ValueText.term(y.get(i, j)));
            }
        }
        long padded = (long) w.rows() * w.cols() - region.cells();
        for (long p = 0; p < padded; p++) {
            sum.append(" + 0");
        }
        sum.append(") / ").append(w.rows() * w.cols()).append(" = ").append(ValueText.result(value));
        return new PooledCell(row, column, region, -1, value, sum.toString());
    }
}
