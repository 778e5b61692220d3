package org.convlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class CoarseGridTest {
    @Test
    void smallMapIsShownAsItIs() {
        FMatrixRMaj m = new FMatrixRMaj(6, 7);
        assertSame(m, CoarseGrid.fit(m, 64, 64));
    }

    @Test
    void blockKeepsItsLargestErrorWithItsSign() {
        FMatrixRMaj m = new FMatrixRMaj(256, 256);
        m.set(3, 5, -0.5f);
        m.set(2, 1, 0.25f);
        m.set(255, 255, 0.75f);
        FMatrixRMaj coarse = CoarseGrid.fit(m, 64, 64);
        assertEquals(64, coarse.numRows);
        assertEquals(64, coarse.numCols);
        assertEquals(-0.5f, coarse.get(0, 1));
        assertEquals(0.25f, coarse.get(0, 0));
        assertEquals(0.75f, coarse.get(63, 63));
    }
}
