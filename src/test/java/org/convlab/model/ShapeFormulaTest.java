package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convlab.core.ConvGeometry;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class ShapeFormulaTest {
    @Test
    void theBooksStridedExamplePlugsInItsNumbers() {
        // 6.3.2: an 8x8 input, a 3x3 kernel, padding 1, stride 2 gives 4x4
        WorkspaceState s = new WorkspaceState(new FMatrixRMaj(8, 8), new FMatrixRMaj(3, 3), 0,
                new ConvGeometry(1, 1, 2, 2, 1, 1));
        assertEquals("OH = \u230a(8 + 2\u00b71 \u2212 3 + 2) / 2\u230b = 4", ShapeFormula.rows(s));
        assertEquals("OW = \u230a(8 + 2\u00b71 \u2212 3 + 2) / 2\u230b = 4", ShapeFormula.cols(s));
    }

    @Test
    void dilationEntersAsTheSpanOfTheTaps() {
        WorkspaceState s = new WorkspaceState(new FMatrixRMaj(8, 8), new FMatrixRMaj(3, 2), 0,
                new ConvGeometry(0, 0, 1, 1, 2, 1));
        assertEquals("OH = \u230a(8 + 2\u00b70 \u2212 (2\u00b7(3 \u2212 1) + 1) + 1) / 1\u230b = 4", ShapeFormula.rows(s));
        assertEquals(4, s.outputRows());
    }

    @Test
    void anEmptyOutputShowsZero() {
        WorkspaceState s = new WorkspaceState(new FMatrixRMaj(2, 2), new FMatrixRMaj(3, 3), 0);
        assertEquals("OH = \u230a(2 + 2\u00b70 \u2212 3 + 1) / 1\u230b = 0", ShapeFormula.rows(s));
    }
}
