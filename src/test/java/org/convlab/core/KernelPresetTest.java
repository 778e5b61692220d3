package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class KernelPresetTest {
    @Test
    void everyPresetGivesItsKnownOutputOnTheEdgeImage() {
        assertEquals(KernelPreset.values().length, EdgeImageOutputs.ROW.size());
        for (KernelPreset p : KernelPreset.values()) {
            FMatrixRMaj k = p.kernel();
            FMatrixRMaj y = CrossCorrelation.corr2d(Chapter.edgeImage(), k);
            assertEquals(6 - k.numRows + 1, y.numRows, p.name());
            for (int i = 0; i < y.numRows; i++) {
                float[] row = new float[y.numCols];
                System.arraycopy(y.data, i * y.numCols, row, 0, y.numCols);
                assertArrayEquals(EdgeImageOutputs.ROW.get(p), row, 1e-6f, p + " row " + i);
            }
        }
    }

    @Test
    void kernelIsAFreshMatrixEachTime() {
        FMatrixRMaj k = KernelPreset.EDGE.kernel();
        k.set(0, 0, 42);
        assertEquals(1, KernelPreset.EDGE.kernel().get(0, 0));
    }
}
