package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConvGeometryTest {
    @Test
    void outputSizeIsPyTorchsFormula() {
        // the book's 6.3 examples: 8x8 input
        assertEquals(8, new ConvGeometry(1, 1, 1, 1, 1, 1).outputRows(8, 3));
        assertEquals(8, new ConvGeometry(2, 1, 1, 1, 1, 1).outputRows(8, 5));
        assertEquals(8, new ConvGeometry(2, 1, 1, 1, 1, 1).outputCols(8, 3));
        assertEquals(4, new ConvGeometry(1, 1, 2, 2, 1, 1).outputRows(8, 3));
        ConvGeometry last = new ConvGeometry(0, 1, 3, 4, 1, 1);
        assertEquals(2, last.outputRows(8, 3));
        assertEquals(2, last.outputCols(8, 5));
        // with dilation the kernel spans dh (kh - 1) + 1 rows
        assertEquals(4, new ConvGeometry(0, 0, 1, 1, 2, 2).outputRows(8, 3));
        assertEquals(0, new ConvGeometry(0, 0, 1, 1, 3, 3).outputRows(6, 3));
    }

    @Test
    void aTapReadsRowIStridePlusADilationMinusThePadding() {
        // padding 1,2, stride 2,3, dilation 2,1
        ConvGeometry g = new ConvGeometry(1, 2, 2, 3, 2, 1);
        assertEquals(9, g.inputRow(3, 2));
        assertEquals(-1, g.inputRow(0, 0));
        assertEquals(-2, g.inputCol(0, 0));
        assertEquals(4, g.inputCol(1, 3));
        assertEquals(5, ConvGeometry.VALID.inputRow(2, 3));
        assertEquals(5, ConvGeometry.VALID.inputCol(5, 0));
    }

    @Test
    void withDilationOneItIsTheBooksFormula() {
        for (int n = 1; n < 20; n++) {
            for (int k = 1; k <= n + 4; k++) {
                for (int p = 0; p < 4; p++) {
                    for (int s = 1; s < 5; s++) {
                        int book = Math.floorDiv(n - k + 2 * p + s, s);
                        assertEquals(book, new ConvGeometry(p, p, s, s, 1, 1).outputRows(n, k),
                                n + " " + k + " " + p + " " + s);
                    }
                }
            }
        }
    }

    @Test
    void sameKeepsTheSizeForOddKernelsAndStrideOne() {
        ConvGeometry g = ConvGeometry.same(3, 5, 1, 1, 1, 2);
        assertEquals(new ConvGeometry(1, 4, 1, 1, 1, 2), g);
        assertEquals(8, g.outputRows(8, 3));
        assertEquals(8, g.outputCols(8, 5));
        assertEquals("padding 'same' needs stride 1, not 2,1",
                assertThrows(IllegalArgumentException.class, () -> ConvGeometry.same(3, 3, 2, 1, 1, 1)).getMessage());
        assertEquals("padding 'same' needs odd kernel sizes, not 3x2",
                assertThrows(IllegalArgumentException.class, () -> ConvGeometry.same(3, 2, 1, 1, 1, 1)).getMessage());
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        assertEquals("the padding is -1,0; it must be 0 or more",
                assertThrows(IllegalArgumentException.class, () -> new ConvGeometry(-1, 0, 1, 1, 1, 1)).getMessage());
        assertEquals("the stride is 1,0; it must be 1 or more",
                assertThrows(IllegalArgumentException.class, () -> new ConvGeometry(0, 0, 1, 0, 1, 1)).getMessage());
        assertEquals("the dilation is -2,1; it must be 1 or more",
                assertThrows(IllegalArgumentException.class, () -> new ConvGeometry(0, 0, 1, 1, -2, 1)).getMessage());
    }

    @Test
    void rowsAndColumnsReadLeaveOutWhatStrideDilationOrTheFloorSkips() {
        assertArrayEquals(new boolean[] {true, true, true, true}, ConvGeometry.VALID.rowsRead(4, 3));
        assertArrayEquals(new boolean[] {true, true, true, true}, new ConvGeometry(1, 1, 2, 2, 1, 1).rowsRead(4, 3));
        // 3-row windows two apart over 4 rows: the floor leaves one window, row 3 is not read
        assertArrayEquals(new boolean[] {true, true, true, false}, new ConvGeometry(0, 0, 2, 2, 1, 1).rowsRead(4, 3));
        // 2-column windows three apart over 7 columns: two windows, at columns 0 and 3
        assertArrayEquals(new boolean[] {true, true, false, true, true, false, false},
                new ConvGeometry(0, 0, 1, 3, 1, 1).columnsRead(7, 2));
        assertArrayEquals(new boolean[] {true, false, true, false, true},
                new ConvGeometry(0, 0, 1, 1, 1, 2).columnsRead(5, 3));
    }
}
