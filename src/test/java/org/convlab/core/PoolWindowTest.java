package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** PyTorch's pooling geometry: default stride, output sizes, and the padding limit. */
class PoolWindowTest {
    @Test
    void strideDefaultsToTheWindowAsInMaxPool2d() {
        PoolWindow w = PoolWindow.of(2, 3);
        assertEquals(2, w.strideRows());
        assertEquals(3, w.strideCols());
        assertEquals(0, w.padRows());
    }

    @Test
    void theBooksPool2dSlidesOneCellAtATimeWithoutPadding() {
        assertEquals(new PoolWindow(2, 2, 1, 1, 0, 0), PoolWindow.sliding(2, 2));
    }

    @Test
    void outputSizeFollowsPytorchsFloorFormula() {
        PoolWindow w = PoolWindow.of(3, 3).withStride(2, 2).withPadding(1, 1);
        assertEquals(2, w.outputRows(4), "floor((4 + 2 - 3) / 2) + 1");
        assertEquals(3, w.outputCols(5));
        assertEquals(1, PoolWindow.of(3, 3).outputRows(4), "the last partial window is dropped");
        assertEquals(512, PoolWindow.of(2, 2).outputCols(1024));
    }

    @Test
    void paddingOfHalfTheWindowIsAllowedAndMoreIsRefused() {
        assertDoesNotThrow(() -> PoolWindow.of(3, 2).withPadding(1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PoolWindow.of(3, 3).withPadding(2, 0));
        assertTrue(e.getMessage().contains("more than half the 3x3 window"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PoolWindow.of(1, 1).withPadding(0, 1));
    }

    @Test
    void sizesAndStridesBelowOneAndNegativePaddingAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PoolWindow.of(0, 2));
        assertThrows(IllegalArgumentException.class, () -> PoolWindow.of(2, 2).withStride(1, 0));
        assertThrows(IllegalArgumentException.class, () -> PoolWindow.of(2, 2).withPadding(-1, 0));
    }

    @Test
    void aWindowLargerThanThePaddedInputDoesNotFit() {
        PoolWindow w = PoolWindow.of(4, 4).withPadding(1, 0);
        assertDoesNotThrow(() -> w.requireFits(2, 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.requireFits(2, 3));
        assertTrue(e.getMessage().contains("it needs at least 2x4"), e.getMessage());
    }

    @Test
    void hugeSizesDoNotOverflow() {
        PoolWindow w = new PoolWindow(Integer.MAX_VALUE, 1, Integer.MAX_VALUE, 1, Integer.MAX_VALUE / 2, 0);
        assertEquals(1, w.outputRows(1));
        assertEquals(0, PoolWindow.of(Integer.MAX_VALUE, 1).outputRows(Integer.MAX_VALUE - 1));
    }

    @Test
    void describesItselfInTheCommandLinesTerms() {
        assertEquals("3x3, stride 2,2, padding 1,1", PoolWindow.of(3, 3).withStride(2, 2).withPadding(1, 1).toString());
    }

    @Test
    void inputCellsAreTheWindowWithoutItsPadding() {
        PoolWindow w = PoolWindow.of(3, 3).withStride(2, 2).withPadding(1, 1);
        assertEquals(new CellRegion(0, 0, 2, 2), w.inputCells(0, 0, 4, 4));
        assertEquals(new CellRegion(1, 1, 4, 4), w.inputCells(1, 1, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> w.inputCells(2, 0, 4, 4));
    }

    @Test
    void aStrideLargerThanTheWindowLeavesSomeCellsUnread() {
        PoolWindow w = PoolWindow.of(1, 1).withStride(2, 2);
        assertEquals(new CellRegion(1, 1, 2, 2), w.outputsReading(new CellRegion(2, 2, 3, 3), 4, 4));
        assertNull(w.outputsReading(new CellRegion(1, 0, 2, 4), 4, 4));
    }

    @Test
    void outputsReadingAndInputCellsAgreeWithTheDefinitionOnRandomWindows() {
        Random r = new Random(65);
        for (int trial = 0; trial < 500; trial++) {
            int rows = 1 + r.nextInt(4);
            int cols = 1 + r.nextInt(4);
            PoolWindow w = new PoolWindow(rows, cols, 1 + r.nextInt(4), 1 + r.nextInt(4), r.nextInt(rows / 2 + 1),
                    r.nextInt(cols / 2 + 1));
            int inRows = Math.max(1, rows - 2 * w.padRows()) + r.nextInt(7);
            int inCols = Math.max(1, cols - 2 * w.padCols()) + r.nextInt(7);
            int top = r.nextInt(inRows);
            int left = r.nextInt(inCols);
            CellRegion edit = new CellRegion(top, left, top + 1 + r.nextInt(inRows - top),
                    left + 1 + r.nextInt(inCols - left));
            int minI = Integer.MAX_VALUE;
            int maxI = -1;
            int minJ = Integer.MAX_VALUE;
            int maxJ = -1;
            for (int i = 0; i < w.outputRows(inRows); i++) {
                for (int j = 0; j < w.outputCols(inCols); j++) {
                    int rowStart = i * w.strideRows() - w.padRows();
                    int colStart = j * w.strideCols() - w.padCols();
                    CellRegion expected = new CellRegion(Math.max(0, rowStart), Math.max(0, colStart),
                            Math.min(inRows, rowStart + rows), Math.min(inCols, colStart + cols));
                    CellRegion cells = w.inputCells(i, j, inRows, inCols);
                    assertEquals(expected, cells, w + " output (" + i + ", " + j + ")");
                    boolean reads = cells.top() < edit.bottom() && edit.top() < cells.bottom()
                            && cells.left() < edit.right() && edit.left() < cells.right();
                    if (reads) {
                        minI = Math.min(minI, i);
                        maxI = Math.max(maxI, i);
                        minJ = Math.min(minJ, j);
                        maxJ = Math.max(maxJ, j);
                    }
                }
            }
            CellRegion expected = maxI < 0 ? null : new CellRegion(minI, minJ, maxI + 1, maxJ + 1);
            assertEquals(expected, w.outputsReading(edit, inRows, inCols), w + " reading " + edit + " of "
                    + inRows + "x" + inCols);
        }
    }
}
