package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class ChapterExercisesTest {
    @Test
    void derivativeKernelsAreAlternatingBinomials() {
        assertArrayEquals(new float[] {1, -1}, ChapterExercises.derivative(1).data);
        assertArrayEquals(new float[] {1, -2, 1}, ChapterExercises.derivative(2).data);
        assertArrayEquals(new float[] {1, -4, 6, -4, 1}, ChapterExercises.derivative(4).data);
        assertThrows(IllegalArgumentException.class, () -> ChapterExercises.derivative(0));
    }

    @Test
    void transposedEdgeImageGivesZerosUnderTheEdgeKernel() {
        FMatrixRMaj xt = ChapterExercises.input("edge-6x8-transposed").orElseThrow();
        assertEquals(8, xt.numRows);
        FMatrixRMaj y = CrossCorrelation.corr2d(xt, Chapter.edgeKernel());
        for (float v : y.data) {
            assertEquals(0f, v);
        }
    }

    @Test
    void aDerivativeOfOrderDKillsPolynomialsOfLowerDegree() {
        FMatrixRMaj parabola = ChapterExercises.parabola();
        FMatrixRMaj second = CrossCorrelation.corr2d(parabola, ChapterExercises.derivative(2));
        FMatrixRMaj third = CrossCorrelation.corr2d(parabola, ChapterExercises.derivative(3));
        for (int i = 0; i < second.getNumElements(); i++) {
            assertEquals(2f, second.data[i]);
        }
        for (int i = 0; i < third.getNumElements(); i++) {
            assertEquals(0f, third.data[i]);
        }
    }

    @Test
    void everyNamedPresetExistsAndIsANewMatrixEachTime() {
        for (String name : ChapterExercises.inputNames()) {
            FMatrixRMaj a = ChapterExercises.input(name).orElseThrow();
            a.set(0, 0, 99);
            assertTrue(ChapterExercises.input(name).orElseThrow().get(0, 0) != 99, name);
        }
        for (String name : ChapterExercises.kernelNames()) {
            assertTrue(ChapterExercises.kernel(name).isPresent(), name);
        }
        assertTrue(ChapterExercises.kernel("nope").isEmpty());
        assertEquals(1f, sum(ChapterExercises.boxBlur()), 1e-6f);
    }

    private static float sum(FMatrixRMaj m) {
        float s = 0;
        for (int i = 0; i < m.getNumElements(); i++) {
            s += m.data[i];
        }
        return s;
    }
}
