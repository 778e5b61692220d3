package org.convlab.model;

/**
 * A rectangle of matrix cells.
 *
 * @param top  first row
 * @param left first column
 * @param rows how many rows (at least 1)
 * @param cols how many columns (at least 1)
 */
public record CellBlock(int top, int left, int rows, int cols) {
    /**
     * The h x w window of X that output cell (i, j) is computed from.
     *
     * @param state the workspace state (its kernel gives h and w)
     * @param i     the output row
     * @param j     the output column
     * @return the window in X's coordinates
     */
    public static CellBlock windowOf(WorkspaceState state, int i, int j) {
        return new CellBlock(i, j, state.kernel().numRows, state.kernel().numCols);
    }

    /**
     * The output cells that input cell (r, c) contributes to: those whose window covers it.
     *
     * @param state the workspace state
     * @param r     the input row
     * @param c     the input column
     * @return the block in Y's coordinates, or null if the cell feeds no output (or Y is empty)
     */
    public static CellBlock outputsFedBy(WorkspaceState state, int r, int c) {
        if (!state.kernelFits()) {
            return null;
        }
        int outRows = state.input().numRows - state.kernel().numRows + 1;
        int outCols = state.input().numCols - state.kernel().numCols + 1;
        int top = Math.max(0, r - state.kernel().numRows + 1);
        int bottom = Math.min(outRows - 1, r);
        int left = Math.max(0, c - state.kernel().numCols + 1);
        int right = Math.min(outCols - 1, c);
        if (top > bottom || left > right) {
            return null;
        }
        return new CellBlock(top, left, bottom - top + 1, right - left + 1);
    }
}
