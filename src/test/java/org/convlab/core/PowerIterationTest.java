package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PowerIterationTest {
    @Test
    void findsTheLargestEigenvalueOfASymmetricMatrix() {
        // eigenvalues 1 and 3 (eigenvectors (1, -1) and (1, 1))
        assertEquals(3, PowerIteration.largestEigenvalue(new double[] {2, 1, 1, 2}, 2), 1e-12);
        assertEquals(5, PowerIteration.largestEigenvalue(new double[] {2, 0, 0, 0, 5, 0, 0, 0, 3}, 3), 1e-12);
    }

    @Test
    void theZeroMatrixHasEigenvalueZero() {
        assertEquals(0, PowerIteration.largestEigenvalue(new double[4], 2));
    }
}
