package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class ReshapeTest {
    private static final FMatrixRMaj M = new FMatrixRMaj(2, 3, true, 1, 2, 3, 4, 5, 6);

    @Test
    void transposeSwapsRowsAndColumns() {
        FMatrixRMaj t = Reshape.transpose(M);
        assertEquals(3, t.numRows);
        assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, t.data);
    }

    @Test
    void rotate180ReversesTheCells() {
        assertArrayEquals(new float[] {6, 5, 4, 3, 2, 1}, Reshape.rotate180(M).data);
    }

    @Test
    void resizeKeepsTheTopLeftAndPadsWithZeros() {
        assertArrayEquals(new float[] {1, 2, 4, 5, 0, 0}, Reshape.resize(M, 3, 2).data);
        assertArrayEquals(new float[] {1}, Reshape.resize(M, 1, 1).data);
    }

    /** Cross-correlation with the flipped kernel equals a plainly written true convolution. */
    @Test
    void correlatingWithTheFlippedKernelIsConvolution() {
        Random r = new Random(3);
        FMatrixRMaj x = new FMatrixRMaj(5, 6);
        FMatrixRMaj k = new FMatrixRMaj(2, 3);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = r.nextInt(5) - 2;
        }
        for (int i = 0; i < k.data.length; i++) {
            k.data[i] = r.nextInt(5) - 2;
        }
        FMatrixRMaj y = CrossCorrelation.corr2d(x, Reshape.rotate180(k));
        for (int i = 0; i < y.numRows; i++) {
            for (int j = 0; j < y.numCols; j++) {
                float sum = 0;
                for (int a = 0; a < k.numRows; a++) {
                    for (int b = 0; b < k.numCols; b++) {
                        sum += x.get(i + a, j + b) * k.get(k.numRows - 1 - a, k.numCols - 1 - b);
                    }
                }
                assertEquals(sum, y.get(i, j), 1e-5);
            }
        }
    }

    @Test
    void rollingColumnsMovesTheEdgeImageOnePixelRightAndWrapsTheLastColumn() {
        FMatrixRMaj rolled = Reshape.rollColumns(new FMatrixRMaj(2, 4, true, 1, 2, 3, 4, 5, 6, 7, 8), 1);
        assertArrayEquals(new float[] {4, 1, 2, 3, 8, 5, 6, 7}, rolled.data);
        assertArrayEquals(new float[] {2, 3, 4, 1, 6, 7, 8, 5},
                Reshape.rollColumns(new FMatrixRMaj(2, 4, true, 1, 2, 3, 4, 5, 6, 7, 8), -1).data);
    }
}
