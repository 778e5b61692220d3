package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.convlab.core.Chapter;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class CellBlockTest {
    private final WorkspaceState chapter = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0);

    @Test
    void windowIsTheKernelsShapeAtTheOutputCell() {
        assertEquals(new CellBlock(2, 3, 1, 2), CellBlock.windowOf(chapter, 2, 3));
    }

    @Test
    void inputCellFeedsTheOutputsWhoseWindowCoversIt() {
        assertEquals(new CellBlock(2, 2, 1, 2), CellBlock.outputsFedBy(chapter, 2, 3));
        assertEquals(new CellBlock(0, 0, 1, 1), CellBlock.outputsFedBy(chapter, 0, 0));
        assertEquals(new CellBlock(5, 6, 1, 1), CellBlock.outputsFedBy(chapter, 5, 7));
        WorkspaceState k3 = chapter.withKernel(new FMatrixRMaj(3, 3));
        assertEquals(new CellBlock(1, 1, 3, 3), CellBlock.outputsFedBy(k3, 3, 3));
    }

    @Test
    void nothingIsFedWhenTheKernelDoesNotFit() {
        assertNull(CellBlock.outputsFedBy(chapter.withKernel(new FMatrixRMaj(7, 1)), 0, 0));
    }
}
