package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Edits of a few input cells: the region found by diffing, and Y patched in that region only,
 * against a full corr2d of the edited input (bit for bit, on random shapes and edits).
 */
class CellRegionTest {
    /** {H, W, h, w}: the chapter's case, cell-sized, strip-path and split-across-cores sizes. */
    private static final int[][] SHAPES = {
        {6, 8, 1, 2}, {1, 1, 1, 1}, {6, 8, 6, 8}, {19, 64, 3, 3}, {50, 70, 2, 9}, {128, 128, 5, 5},
        {97, 513, 11, 11}, {512, 512, 5, 5}, {1100, 1100, 3, 3},
    };
    private final Random random = new Random(20261125);

    @Test
    void equalMatricesHaveNoChangedRegion() {
        FMatrixRMaj a = random(7, 9);
        assertNull(CellRegion.changed(a, a.copy()));
    }

    @Test
    void changedRegionIsTheBoundingBoxOfTheEditedCells() {
        FMatrixRMaj a = random(10, 12);
        FMatrixRMaj b = a.copy();
        b.set(3, 7, b.get(3, 7) + 1);
        assertEquals(new CellRegion(3, 7, 4, 8), CellRegion.changed(a, b));
        b.set(6, 2, 0.5f);
        b.set(4, 10, -0.0f == b.get(4, 10) ? 0.0f : -0.0f);
        assertEquals(new CellRegion(3, 2, 7, 11), CellRegion.changed(a, b));
        assertThrows(IllegalArgumentException.class, () -> CellRegion.changed(a, random(12, 10)));
    }

    @Test
    void outputsReadingARegionAreClippedToTheOutput() {
        // a 2x3 kernel over a 6x8 input: output 5x6; input cell (0, 0) is read by output (0, 0) only
        assertEquals(new CellRegion(0, 0, 1, 1), new CellRegion(0, 0, 1, 1).readBy(2, 3, ConvGeometry.VALID, 5, 6));
        // input cell (5, 7) is read by output (4, 5) only
        assertEquals(new CellRegion(4, 5, 5, 6), new CellRegion(5, 7, 6, 8).readBy(2, 3, ConvGeometry.VALID, 5, 6));
        // an inner cell is read by h x w outputs
        assertEquals(new CellRegion(2, 1, 4, 4), new CellRegion(3, 3, 4, 4).readBy(2, 3, ConvGeometry.VALID, 5, 6));
    }

    @Test
    void patchingTheReadRegionEqualsAFullCorr2dBitForBit() {
        for (int[] s : SHAPES) {
            for (int trial = 0; trial < 5; trial++) {
                FMatrixRMaj x = random(s[0], s[1]);
                FMatrixRMaj k = random(s[2], s[3]);
                float bias = random.nextFloat() - 0.5f;
                FMatrixRMaj y = CrossCorrelation.corr2d(x, k, bias, null);
                FMatrixRMaj edited = x.copy();
                int top = random.nextInt(s[0]);
                int left = random.nextInt(s[1]);
                int bottom = top + 1 + random.nextInt(Math.min(4, s[0] - top));
                int right = left + 1 + random.nextInt(Math.min(4, s[1] - left));
                for (int i = top; i < bottom; i++) {
                    for (int j = left; j < right; j++) {
                        edited.set(i, j, random.nextFloat() * 4 - 2);
                    }
                }
                CellRegion changed = CellRegion.changed(x, edited);
                CellRegion read = changed.readBy(s[2], s[3], ConvGeometry.VALID, y.numRows, y.numCols);
                CrossCorrelation.corr2dRegion(edited, k, bias, y, read);
                FMatrixRMaj full = CrossCorrelation.corr2d(edited, k, bias, null);
                assertArrayEquals(full.data, y.data, () -> java.util.Arrays.toString(s) + " after editing "
                        + changed);
            }
        }
    }

    @Test
    void patchRefusesAWrongOutput() {
        FMatrixRMaj x = random(6, 8);
        FMatrixRMaj k = random(1, 2);
        assertThrows(IllegalArgumentException.class,
                () -> CrossCorrelation.corr2dRegion(x, k, 0, new FMatrixRMaj(6, 8), new CellRegion(0, 0, 1, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> CrossCorrelation.corr2dRegion(x, k, 0, new FMatrixRMaj(6, 7), new CellRegion(0, 0, 7, 1)));
        assertThrows(IllegalArgumentException.class, () -> new CellRegion(2, 0, 2, 1));
    }

    private FMatrixRMaj random(int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextFloat() * 2 - 1;
        }
        return m;
    }

    @Test
    void withAGeometryTheBlockHoldsEveryOutputWithATapOnTheRegion() {
        Random random = new Random(3);
        for (int trial = 0; trial < 500; trial++) {
            int rows = 1 + random.nextInt(12);
            int cols = 1 + random.nextInt(12);
            int h = 1 + random.nextInt(4);
            int w = 1 + random.nextInt(4);
            ConvGeometry g = new ConvGeometry(random.nextInt(3), random.nextInt(3), 1 + random.nextInt(3),
                    1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(3));
            int outRows = g.outputRows(rows, h);
            int outCols = g.outputCols(cols, w);
            if (outRows < 1 || outCols < 1) {
                continue;
            }
            int top = random.nextInt(rows);
            int left = random.nextInt(cols);
            CellRegion edited = new CellRegion(top, left, top + 1 + random.nextInt(rows - top),
                    left + 1 + random.nextInt(cols - left));
            CellRegion read = edited.readBy(h, w, g, outRows, outCols);
            for (int i = 0; i < outRows; i++) {
                for (int j = 0; j < outCols; j++) {
                    if (readsRegion(i, j, h, w, g, edited)) {
                        assertTrue(read != null && i >= read.top() && i < read.bottom() && j >= read.left()
                                && j < read.right(), g + " " + edited + " output " + i + "," + j + " not in " + read);
                    }
                }
            }
        }
    }

    private static boolean readsRegion(int i, int j, int h, int w, ConvGeometry g, CellRegion region) {
        for (int a = 0; a < h; a++) {
            for (int b = 0; b < w; b++) {
                int r = i * g.strideRows() - g.padRows() + a * g.dilationRows();
                int c = j * g.strideCols() - g.padCols() + b * g.dilationCols();
                if (r >= region.top() && r < region.bottom() && c >= region.left() && c < region.right()) {
                    return true;
                }
            }
        }
        return false;
    }
}
