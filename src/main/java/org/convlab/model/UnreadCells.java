package org.convlab.model;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.ConvGeometry;

/**
 * The rows and columns of X that no window reads: with a stride wider than the (dilated) kernel,
 * between dilation's taps, or past the last window the floor of the output size leaves. A student
 * sees them skipped while the window slides; a value painted there changes nothing in Y.
 */
public final class UnreadCells {
    private UnreadCells() {
    }

    /**
     * The unread rows and columns as blocks: full-width stripes for rows, full-height ones for
     * columns, neighbours merged.
     *
     * @param state the workspace state
     * @return the stripes, empty when every cell is read or Y is empty
     */
    public static List<CellBlock> of(WorkspaceState state) {
        if (!state.kernelFits()) {
            return List.of();
        }
        ConvGeometry g = state.geometry();
        int rows = state.input().numRows;
        int cols = state.input().numCols;
        List<CellBlock> stripes = new ArrayList<>();
        boolean[] readRows = g.rowsRead(rows, state.kernel().numRows);
        for (int[] run : runs(readRows)) {
            stripes.add(new CellBlock(run[0], 0, run[1], cols));
        }
        boolean[] readCols = g.columnsRead(cols, state.kernel().numCols);
        for (int[] run : runs(readCols)) {
            stripes.add(new CellBlock(0, run[0], rows, run[1]));
        }
        return stripes;
    }

    /** The runs of unread indices as {start, length}. */
    private static List<int[]> runs(boolean[] read) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < read.length; i++) {
            if (!read[i]) {
                int start = i;
                while (i + 1 < read.length && !read[i + 1]) {
                    i++;
                }
                runs.add(new int[] {start, i - start + 1});
            }
        }
        return runs;
    }
}
