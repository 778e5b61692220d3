package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.convlab.core.Chapter;
import org.convlab.core.ConvGeometry;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class CellBlockTest {
    private final WorkspaceState chapter = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0);

    @Test
    void inputCellFeedsTheOutputsWhoseWindowCoversIt() {
        assertEquals(List.of(new CellBlock(2, 2, 1, 2)), CellBlock.outputsFedBy(chapter, 2, 3));
        assertEquals(List.of(new CellBlock(0, 0, 1, 1)), CellBlock.outputsFedBy(chapter, 0, 0));
        assertEquals(List.of(new CellBlock(5, 6, 1, 1)), CellBlock.outputsFedBy(chapter, 5, 7));
        WorkspaceState k3 = chapter.withKernel(new FMatrixRMaj(3, 3));
        assertEquals(List.of(new CellBlock(1, 1, 3, 3)), CellBlock.outputsFedBy(k3, 3, 3));
    }

    @Test
    void nothingIsFedWhenTheKernelDoesNotFit() {
        assertEquals(List.of(), CellBlock.outputsFedBy(chapter.withKernel(new FMatrixRMaj(7, 1)), 0, 0));
    }

    @Test
    void paddingShiftsTheFedBlockByThePadding() {
        WorkspaceState padded = chapter.withGeometry(new ConvGeometry(1, 1, 1, 1, 1, 1));
        // Y is 8x9; X[0, 0] sits at padded (1, 1): the 1x2 kernel reads it from outputs (1, 0) and (1, 1)
        assertEquals(List.of(new CellBlock(1, 0, 1, 2)), CellBlock.outputsFedBy(padded, 0, 0));
    }

    @Test
    void aStrideWiderThanTheKernelLeavesCellsThatFeedNothing() {
        WorkspaceState strided = chapter.withGeometry(new ConvGeometry(0, 0, 1, 3, 1, 1));
        // windows start at columns 0, 3; a 1x2 kernel reads columns 0, 1, 3, 4: column 2 is skipped
        assertEquals(List.of(), CellBlock.outputsFedBy(strided, 0, 2));
        assertEquals(List.of(new CellBlock(0, 1, 1, 1)), CellBlock.outputsFedBy(strided, 0, 4));
    }

    @Test
    void fedCellsAreExactlyTheOutputsWithATapOnTheInputCell() {
        Random random = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            FMatrixRMaj x = new FMatrixRMaj(1 + random.nextInt(9), 1 + random.nextInt(9));
            FMatrixRMaj k = new FMatrixRMaj(1 + random.nextInt(4), 1 + random.nextInt(4));
            ConvGeometry g = new ConvGeometry(random.nextInt(3), random.nextInt(3), 1 + random.nextInt(3),
                    1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(3));
            WorkspaceState s = new WorkspaceState(x, k, 0, g);
            for (int r = 0; r < x.numRows; r++) {
                for (int c = 0; c < x.numCols; c++) {
                    assertEquals(byWindows(s, r, c), cells(CellBlock.outputsFedBy(s, r, c)), s + " cell " + r + "," + c);
                }
            }
        }
    }

    private static Set<List<Integer>> byWindows(WorkspaceState s, int r, int c) {
        Set<List<Integer>> fed = new HashSet<>();
        for (int i = 0; i < s.outputRows(); i++) {
            for (int j = 0; j < s.outputCols(); j++) {
                if (KernelWindow.of(s, i, j).taps().contains(new CellBlock(r, c, 1, 1))) {
                    fed.add(List.of(i, j));
                }
            }
        }
        return fed;
    }

    private static Set<List<Integer>> cells(List<CellBlock> blocks) {
        Set<List<Integer>> cells = new HashSet<>();
        for (CellBlock b : blocks) {
            for (int i = b.top(); i < b.top() + b.rows(); i++) {
                for (int j = b.left(); j < b.left() + b.cols(); j++) {
                    cells.add(List.of(i, j));
                }
            }
        }
        return cells;
    }
}
