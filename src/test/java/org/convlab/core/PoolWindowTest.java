package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
