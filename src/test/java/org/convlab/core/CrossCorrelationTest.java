package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CrossCorrelationTest {
    @Test
    void chapterExampleGives19_25_37_43() {
        assertArrayEquals(new float[] {19, 25, 37, 43},
                CrossCorrelation.corr2d(Chapter.exampleInput(), Chapter.exampleKernel()).data);
    }
}
