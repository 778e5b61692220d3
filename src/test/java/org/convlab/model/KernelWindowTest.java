package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convlab.core.Chapter;
import org.convlab.core.ConvGeometry;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class KernelWindowTest {
    private final WorkspaceState chapter = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0);

    @Test
    void windowIsTheKernelsShapeAtTheOutputCell() {
        KernelWindow w = KernelWindow.of(chapter, 2, 3);
        assertEquals(new CellBlock(2, 3, 1, 2), w.span());
        assertTrue(w.solid());
        assertEquals(0, w.paddedTaps(6, 8));
    }

    @Test
    void paddingPutsTheFirstWindowInTheBorder() {
        WorkspaceState padded = chapter.withKernel(new FMatrixRMaj(3, 3)).withGeometry(new ConvGeometry(1, 1, 1, 1, 1, 1));
        KernelWindow w = KernelWindow.of(padded, 0, 0);
        assertEquals(new CellBlock(-1, -1, 3, 3), w.span());
        assertFalse(w.readsInput(0, 0, 6, 8));
        assertTrue(w.readsInput(1, 1, 6, 8));
        assertEquals(5, w.paddedTaps(6, 8));
    }

    @Test
    void strideMovesTheWindowAndDilationSpreadsItsTaps() {
        WorkspaceState s = chapter.withKernel(new FMatrixRMaj(2, 2)).withGeometry(new ConvGeometry(0, 0, 2, 3, 2, 2));
        KernelWindow w = KernelWindow.of(s, 1, 1);
        assertEquals(List.of(new CellBlock(2, 3, 1, 1), new CellBlock(2, 5, 1, 1), new CellBlock(4, 3, 1, 1),
                new CellBlock(4, 5, 1, 1)), w.taps());
        assertEquals(new CellBlock(2, 3, 3, 3), w.span());
        assertFalse(w.solid());
    }
}
