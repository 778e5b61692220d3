package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The opt-in Vector API path against the plain-Java passes and the plain loop. The unit tests'
 * JVM resolves {@code jdk.incubator.vector} (Surefire's argLine); the launcher, which does not,
 * is covered by the integration tests. The plain-Java run of the core's tests, whose JVM lacks the
 * module, leaves this class out.
 */
@EnabledIfSystemProperty(named = "convlab.expectVectorPath", matches = "true")
class VectorRowsTest {
    /** {H, W, h, w}: column counts below, at and around multiples of one and four vectors. */
    private static final int[][] SHAPES = {
        {6, 8, 1, 2}, {1, 40, 1, 7}, {20, 17, 3, 3}, {19, 64, 3, 3}, {12, 35, 2, 4}, {40, 41, 1, 1},
        {64, 19, 4, 2}, {50, 70, 2, 9}, {128, 128, 5, 5}, {97, 513, 11, 11}, {300, 301, 7, 6},
        {33, 47, 33, 47},
    };

    private final Random random = new Random(20261125);

    @Test
    void theTestJvmResolvesTheVectorModuleSoThePublicPathUsesIt() {
        assertTrue(VectorPath.AVAILABLE, "Surefire's argLine adds jdk.incubator.vector");
    }

    @Test
    void vectorRowsAreBitIdenticalToThePlainJavaPassesAndLoop() {
        for (int[] s : SHAPES) {
            FMatrixRMaj x = random(s[0], s[1]);
            FMatrixRMaj k = random(s[2], s[3]);
            int rows = s[0] - s[2] + 1;
            int cols = s[1] - s[3] + 1;
            float bias = random.nextFloat() - 0.5f;
            float[] plain = new float[rows * cols];
            float[] strips = new float[rows * cols];
            float[] vector = new float[rows * cols];
            assertTrue(ValidCorrelation.computePlain(x.data, s[1], k.data, s[2], s[3], bias, plain, rows, cols));
            assertTrue(new CorrelationStrips(x.data, s[1], k.data, s[2], s[3], bias, strips, cols).rows(0, rows));
            assertTrue(VectorRows.rows(x.data, s[1], k.data, s[2], s[3], bias, vector, cols, 0, rows));
            String shape = s[0] + "x" + s[1] + " / " + s[2] + "x" + s[3];
            assertArrayEquals(plain, vector, 0f, shape);
            assertArrayEquals(strips, vector, 0f, shape);
        }
    }

    @Test
    void staysBitIdenticalOnceTheJitHasCompiledIt() {
        FMatrixRMaj x = random(64, 203);
        FMatrixRMaj k = random(3, 5);
        float[] plain = new float[62 * 199];
        float[] vector = new float[62 * 199];
        for (int round = 0; round < 400; round++) {
            float bias = random.nextFloat();
            x.data[round % x.data.length] = random.nextFloat() * 8 - 4;
            ValidCorrelation.computePlain(x.data, 203, k.data, 3, 5, bias, plain, 62, 199);
            VectorRows.rows(x.data, 203, k.data, 3, 5, bias, vector, 199, 0, 62);
            assertArrayEquals(plain, vector, 0f, "round " + round);
        }
    }

    @Test
    void aNonFiniteInputInAnyRowShowsInEverySplit() {
        NonFiniteInputs.assertEveryRowShows((x, xCols, k, h, w, y, outCols) -> (from, to) ->
                VectorRows.rows(x, xCols, k, h, w, 0f, y, outCols, from, to), random);
    }

    @Test
    void finiteInputsReportFinite() {
        FMatrixRMaj x = random(70, 300);
        float[] y = new float[68 * 298];
        assertTrue(VectorRows.rows(x.data, 300, random(3, 3).data, 3, 3, 0f, y, 298, 0, 68));
        x.set(69, 299, Float.NaN);
        assertFalse(VectorRows.rows(x.data, 300, random(3, 3).data, 3, 3, 0f, y, 298, 0, 68),
                "the bottom-right corner is read by the last output cell only");
    }

    private FMatrixRMaj random(int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextFloat() * 2 - 1;
        }
        return m;
    }
}
