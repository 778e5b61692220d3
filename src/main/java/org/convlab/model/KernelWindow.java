package org.convlab.model;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.ConvGeometry;

/**
 * The cells one output cell reads: the kernel's taps laid over the padded input, {@code rowStep}
 * and {@code colStep} apart (the dilation). Coordinates are X's own, so a tap in the zero border
 * that padding adds has a row or column below 0 or past X's last.
 *
 * @param top        the row of tap (0, 0), X's coordinates (negative in the top border)
 * @param left       the column of tap (0, 0)
 * @param kernelRows h
 * @param kernelCols w
 * @param rowStep    the rows between taps, dh
 * @param colStep    the columns between taps, dw
 */
public record KernelWindow(int top, int left, int kernelRows, int kernelCols, int rowStep, int colStep) {
    /**
     * The window output cell (i, j) reads: its first tap sits at {@code (i sh - ph, j sw - pw)}.
     *
     * @param state the workspace state (its kernel and geometry)
     * @param i     the output row
     * @param j     the output column
     * @return the window
     */
    public static KernelWindow of(WorkspaceState state, int i, int j) {
        ConvGeometry g = state.geometry();
        // the first tap's cell, as the core's passes number it
        return new KernelWindow(g.inputRow(i, 0), g.inputCol(j, 0), state.kernel().numRows,
                state.kernel().numCols, g.dilationRows(), g.dilationCols());
    }

    /**
     * X's row under kernel row a.
     *
     * @param a the kernel row
     * @return the row, outside 0..H-1 in the border
     */
    public int tapRow(int a) {
        return top + a * rowStep;
    }

    /**
     * X's column under kernel column b.
     *
     * @param b the kernel column
     * @return the column, outside 0..W-1 in the border
     */
    public int tapColumn(int b) {
        return left + b * colStep;
    }

    /**
     * Whether tap (a, b) reads a cell of X rather than a padded zero.
     *
     * @param a         the kernel row
     * @param b         the kernel column
     * @param inputRows H
     * @param inputCols W
     * @return true inside X
     */
    public boolean readsInput(int a, int b, int inputRows, int inputCols) {
        int r = tapRow(a);
        int c = tapColumn(b);
        return r >= 0 && c >= 0 && r < inputRows && c < inputCols;
    }

    /**
     * Whether the taps touch one another, so the window is one solid block.
     *
     * @return true without dilation
     */
    public boolean solid() {
        return rowStep == 1 && colStep == 1;
    }

    /**
     * The block from the first tap to the last, gaps included, in X's coordinates.
     *
     * @return the span
     */
    public CellBlock span() {
        return new CellBlock(top, left, (kernelRows - 1) * rowStep + 1, (kernelCols - 1) * colStep + 1);
    }

    /**
     * The taps as 1x1 blocks, row by row; for drawing a dilated window with its gaps.
     *
     * @return h x w blocks
     */
    public List<CellBlock> taps() {
        List<CellBlock> taps = new ArrayList<>(kernelRows * kernelCols);
        for (int a = 0; a < kernelRows; a++) {
            for (int b = 0; b < kernelCols; b++) {
                taps.add(new CellBlock(tapRow(a), tapColumn(b), 1, 1));
            }
        }
        return taps;
    }

    /**
     * How many taps read padded zeros.
     *
     * @param inputRows H
     * @param inputCols W
     * @return 0 when the window lies inside X
     */
    public int paddedTaps(int inputRows, int inputCols) {
        int n = 0;
        for (int a = 0; a < kernelRows; a++) {
            for (int b = 0; b < kernelCols; b++) {
                n += readsInput(a, b, inputRows, inputCols) ? 0 : 1;
            }
        }
        return n;
    }
}
