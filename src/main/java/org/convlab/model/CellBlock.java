package org.convlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.convlab.core.ConvGeometry;

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
     * The output cells that input cell (r, c) contributes to: those with a tap on it. Without
     * stride and dilation they form one block; otherwise they are the rows and columns of a
     * lattice, given cell by cell.
     *
     * @param state the workspace state
     * @param r     the input row
     * @param c     the input column
     * @return the blocks in Y's coordinates, empty if the cell feeds no output (or Y is empty)
     */
    public static List<CellBlock> outputsFedBy(WorkspaceState state, int r, int c) {
        if (!state.kernelFits()) {
            return List.of();
        }
        ConvGeometry g = state.geometry();
        int[] rows = fed(r + g.padRows(), state.kernel().numRows, g.strideRows(), g.dilationRows(), state.outputRows());
        int[] cols = fed(c + g.padCols(), state.kernel().numCols, g.strideCols(), g.dilationCols(), state.outputCols());
        if (rows.length == 0 || cols.length == 0) {
            return List.of();
        }
        if (g.strideRows() == 1 && g.strideCols() == 1 && g.dilationRows() == 1 && g.dilationCols() == 1) {
            return List.of(new CellBlock(rows[0], cols[0], rows.length, cols.length));
        }
        List<CellBlock> cells = new ArrayList<>(rows.length * cols.length);
        for (int i : rows) {
            for (int j : cols) {
                cells.add(new CellBlock(i, j, 1, 1));
            }
        }
        return cells;
    }

    /**
     * The output indices o in [0, outputs) with o s + a d = p for some tap a, ascending.
     */
    private static int[] fed(int p, int kernel, int stride, int dilation, int outputs) {
        return IntStream.range(0, kernel).map(a -> p - a * dilation)
                .filter(q -> q >= 0 && q % stride == 0 && q / stride < outputs)
                .map(q -> q / stride).sorted().distinct().toArray();
    }

    /**
     * The number of cells.
     *
     * @return rows times columns
     */
    public int cells() {
        return rows * cols;
    }
}
