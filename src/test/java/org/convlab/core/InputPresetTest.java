package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class InputPresetTest {
    @Test
    void transposedEdgeImageGivesTheChaptersAllZeroResult() {
        FMatrixRMaj y = CrossCorrelation.corr2d(InputPreset.EDGE_IMAGE_TRANSPOSED.create(1, 1, 0),
                Chapter.edgeKernel());
        assertEquals(8, y.numRows);
        assertEquals(5, y.numCols);
        assertArrayEquals(new float[40], y.data);
    }

    @Test
    void diagonalEdgeIsOnesOnAndBelowTheDiagonal() {
        FMatrixRMaj x = InputPreset.DIAGONAL_EDGE.create(3, 4, 0);
        assertArrayEquals(new float[] {1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0}, x.data);
    }

    @Test
    void checkerboardAlternatesAndRandomStaysInUnitRangeWithTwoDecimals() {
        FMatrixRMaj c = InputPreset.CHECKERBOARD.create(2, 3, 0);
        assertArrayEquals(new float[] {1, 0, 1, 0, 1, 0}, c.data);
        FMatrixRMaj r = InputPreset.RANDOM.create(20, 30, 7);
        for (float v : r.data) {
            assertTrue(v >= 0 && v <= 1);
            assertEquals(Math.round(v * 100) / 100f, v);
        }
        assertArrayEquals(r.data, InputPreset.RANDOM.create(20, 30, 7).data);
    }

    @Test
    void chapterImagesKeepTheirOwnSize() {
        assertEquals(6, InputPreset.EDGE_IMAGE.create(20, 20, 0).numRows);
        assertThrows(IllegalArgumentException.class, () -> InputPreset.CHECKERBOARD.create(0, 3, 0));
    }
}
