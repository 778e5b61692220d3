package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Bad inputs to the core fail with messages a student understands. */
class ValidationTest {
    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void widerKernelIsNamed() {
        assertEquals("kernel 3x9 is wider than input 6x8; use a kernel of at most 6x8 or a larger input",
                message(() -> CrossCorrelation.corr2d(new FMatrixRMaj(6, 8), new FMatrixRMaj(3, 9))));
    }

    @Test
    void tallerKernelIsNamed() {
        assertEquals("kernel 7x2 is taller than input 6x8; use a kernel of at most 6x8 or a larger input",
                message(() -> CrossCorrelation.corr2d(new FMatrixRMaj(6, 8), new FMatrixRMaj(7, 2))));
    }

    @Test
    void emptyMatrixIsRefused() {
        assertEquals("the input is empty (0x3)",
                message(() -> CrossCorrelation.corr2d(new FMatrixRMaj(0, 3), new FMatrixRMaj(1, 1))));
    }

    @Test
    void nonFiniteValueIsLocated() {
        FMatrixRMaj k = new FMatrixRMaj(1, 2, true, 1, Float.NaN);
        assertEquals("the kernel has NaN at row 0, column 1; every value must be a finite number",
                message(() -> CrossCorrelation.corr2d(new FMatrixRMaj(6, 8), k)));
    }

    @Test
    void nonFiniteBiasIsRefused() {
        assertEquals("the bias is Infinity; it must be a finite number", message(() -> CrossCorrelation.corr2d(
                new FMatrixRMaj(2, 2), new FMatrixRMaj(1, 1), Float.POSITIVE_INFINITY, null)));
    }

    @Test
    void targetOfWrongShapeIsRefused() {
        Conv2D layer = new Conv2D(Chapter.edgeKernel(), 0);
        assertEquals("the target is 6x6 but must be 6x7",
                message(() -> layer.backward(Chapter.edgeImage(), new FMatrixRMaj(6, 6))));
    }

    @Test
    void nonPositiveLearningRateIsRefused() {
        FMatrixRMaj x = Chapter.edgeImage();
        FMatrixRMaj y = CrossCorrelation.corr2d(x, Chapter.edgeKernel());
        assertEquals("the learning rate must be a positive number, not 0.0",
                message(() -> new Trainer(x, y, KernelInit.bookRun(), false, 0)));
    }
}
