package org.convlab.core;

import static org.convlab.support.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.convlab.support.Reference;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Max and average pooling: the book's examples, PyTorch's padding rules, ties, and a plain reference. */
class PoolingTest {
    private static final FMatrixRMaj BOOK_3X3 = new FMatrixRMaj(3, 3, true, 0, 1, 2, 3, 4, 5, 6, 7, 8);

    private static FMatrixRMaj arange4x4(float start) {
        FMatrixRMaj m = new FMatrixRMaj(4, 4);
        for (int i = 0; i < 16; i++) {
            m.data[i] = start + i;
        }
        return m;
    }

    @Test
    void booksMaxPoolingOfTheThreeByThreeExample() {
        assertArrayEquals(new float[] {4, 5, 7, 8}, Pooling.pool2d(BOOK_3X3, 2, 2, PoolMode.MAX).data);
    }

    @Test
    void booksAveragePoolingOfTheThreeByThreeExample() {
        assertArrayEquals(new float[] {2, 3, 5, 6}, Pooling.pool2d(BOOK_3X3, 2, 2, PoolMode.AVG).data);
    }

    @Test
    void defaultStrideEqualsTheWindowSoAThreeByThreeWindowFitsOnceInFourByFour() {
        FMatrixRMaj y = Pooling.pool2d(arange4x4(0), PoolWindow.of(3, 3), PoolMode.MAX, null);
        assertEquals(1, y.numRows);
        assertEquals(1, y.numCols);
        assertEquals(10, y.get(0, 0));
    }

    @Test
    void paddingAndStrideOfTheBook() {
        FMatrixRMaj expected = new FMatrixRMaj(2, 2, true, 5, 7, 13, 15);
        assertArrayEquals(expected.data, Pooling.pool2d(arange4x4(0), PoolWindow.of(3, 3).withStride(2, 2)
                .withPadding(1, 1), PoolMode.MAX, null).data);
        FMatrixRMaj y = Pooling.pool2d(arange4x4(0), PoolWindow.of(2, 3).withPadding(0, 1), PoolMode.MAX, null);
        assertArrayEquals(expected.data, y.data);
        assertEquals(2, y.numCols);
    }

    @Test
    void twoChannelsArePooledSeparately() {
        FMatrixRMaj[] y = Pooling.pool2d(new FMatrixRMaj[] {arange4x4(0), arange4x4(1)},
                PoolWindow.of(3, 3).withStride(2, 2).withPadding(1, 1), PoolMode.MAX);
        assertEquals(2, y.length);
        assertArrayEquals(new float[] {5, 7, 13, 15}, y[0].data);
        assertArrayEquals(new float[] {6, 8, 14, 16}, y[1].data);
    }

    @Test
    void aPaddedCellNeverWinsEvenOverNegativeValues() {
        FMatrixRMaj x = new FMatrixRMaj(2, 2, true, -4, -3, -2, -1);
        FMatrixRMaj y = Pooling.pool2d(x, PoolWindow.of(2, 2).withStride(1, 1).withPadding(1, 1), PoolMode.MAX, null);
        assertArrayEquals(new float[] {-4, -3, -3, -2, -1, -1, -2, -1, -1}, y.data);
    }

    @Test
    void averagePoolingCountsThePaddedZeros() {
        FMatrixRMaj ones = new FMatrixRMaj(3, 3);
        ones.fill(1);
        FMatrixRMaj y = Pooling.pool2d(ones, PoolWindow.sliding(3, 3).withPadding(1, 1), PoolMode.AVG, null);
        assertClose(4f / 9, y.get(0, 0), 1e-6, "corner");
        assertClose(6f / 9, y.get(0, 1), 1e-6, "edge");
        assertClose(1, y.get(1, 1), 1e-6, "middle");
    }

    @Test
    void onTiesTheFirstCellInRowMajorOrderWins() {
        FMatrixRMaj x = new FMatrixRMaj(2, 4, true, 1, 7, 7, 7, 7, 7, 3, 3);
        int[] won = Pooling.winners(x, PoolWindow.of(2, 2), null);
        assertArrayEquals(new int[] {1, 2}, won);
        FMatrixRMaj dx = Pooling.backward(x, PoolWindow.of(2, 2), PoolMode.MAX, new FMatrixRMaj(1, 2, true, 5, 6), null);
        assertArrayEquals(new float[] {0, 5, 6, 0, 0, 0, 0, 0}, dx.data);
    }

    @Test
    void overlappingWindowsAddTheirGradientsAtACommonWinner() {
        FMatrixRMaj dy = new FMatrixRMaj(2, 2);
        dy.fill(1);
        FMatrixRMaj dx = Pooling.backward(BOOK_3X3, PoolWindow.sliding(2, 2), PoolMode.MAX, dy, null);
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 1, 0, 1, 1}, dx.data);
        dx = Pooling.backward(new FMatrixRMaj(3, 3), PoolWindow.sliding(2, 2), PoolMode.AVG, dy, null);
        assertArrayEquals(new float[] {0.25f, 0.5f, 0.25f, 0.5f, 1, 0.5f, 0.25f, 0.5f, 0.25f}, dx.data);
    }

    @Test
    void agreesWithAPlainReferenceOnRandomShapes() {
        Random r = new Random(20261204);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + r.nextInt(5);
            int cols = 1 + r.nextInt(5);
            PoolWindow w = new PoolWindow(rows, cols, 1 + r.nextInt(4), 1 + r.nextInt(4), r.nextInt(rows / 2 + 1),
                    r.nextInt(cols / 2 + 1));
            FMatrixRMaj x = Reference.random(r, Math.max(1, rows - 2 * w.padRows()) + r.nextInt(9),
                    Math.max(1, cols - 2 * w.padCols()) + r.nextInt(9));
            if (r.nextInt(4) == 0) {
                roundToFewValues(x);
            }
            PoolMode mode = r.nextBoolean() ? PoolMode.MAX : PoolMode.AVG;
            String what = mode + " " + w + " on " + Shapes.of(x);
            PlainPooling plain = new PlainPooling(x, w, mode);
            assertClose(plain.output(), Pooling.pool2d(x, w, mode, null), 1e-5, what);
            FMatrixRMaj dy = Reference.random(r, plain.output().numRows, plain.output().numCols);
            assertClose(plain.inputGradient(dy), Pooling.backward(x, w, mode, dy, null), 1e-5, what + " dX");
            if (mode == PoolMode.MAX) {
                assertArrayEquals(plain.winners(), Pooling.winners(x, w, null), what + " winners");
            }
        }
    }

    /** Many ties, so that the tie rule is exercised by the random comparison too. */
    private static void roundToFewValues(FMatrixRMaj x) {
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = Math.round(x.data[i]);
        }
    }

    @Test
    void outputMatricesAreReusedAndReshaped() {
        FMatrixRMaj out = new FMatrixRMaj(7, 7);
        assertSame(out, Pooling.pool2d(BOOK_3X3, PoolWindow.sliding(2, 2), PoolMode.MAX, out));
        assertEquals(2, out.numRows);
        FMatrixRMaj dx = new FMatrixRMaj(1, 1);
        dx.fill(99);
        FMatrixRMaj dy = new FMatrixRMaj(2, 2);
        assertSame(dx, Pooling.backward(BOOK_3X3, PoolWindow.sliding(2, 2), PoolMode.AVG, dy, dx));
        assertArrayEquals(new float[9], dx.data, "cleared before accumulating");
        int[] won = new int[] {-1, -1, -1, -1, -1};
        assertSame(won, Pooling.winners(BOOK_3X3, PoolWindow.sliding(2, 2), won));
        assertArrayEquals(new int[] {4, 5, 7, 8, -1}, won);
    }

    @Test
    void badArgumentsAreRefusedWithAReason() {
        PoolWindow w = PoolWindow.of(2, 2);
        FMatrixRMaj nan = new FMatrixRMaj(2, 2, true, 1, Float.NaN, 0, 0);
        assertMessage("NaN", () -> Pooling.pool2d(nan, w, PoolMode.MAX, null));
        assertMessage("empty", () -> Pooling.pool2d(new FMatrixRMaj(0, 3), w, PoolMode.MAX, null));
        assertMessage("does not fit the 1x3 input", () -> Pooling.pool2d(new FMatrixRMaj(1, 3), w, PoolMode.MAX, null));
        assertMessage("another matrix", () -> Pooling.pool2d(BOOK_3X3, w, PoolMode.MAX, BOOK_3X3));
        assertMessage("window is missing", () -> Pooling.pool2d(BOOK_3X3, null, PoolMode.MAX, null));
        assertMessage("mode is missing", () -> Pooling.pool2d(BOOK_3X3, w, null, null));
        assertMessage("mode is missing", () -> Pooling.backward(BOOK_3X3, w, null, new FMatrixRMaj(1, 1), null));
        assertMessage("must be 1x1", () -> Pooling.backward(BOOK_3X3, w, PoolMode.MAX, new FMatrixRMaj(2, 2), null));
        assertMessage("holds 1 cells", () -> Pooling.winners(BOOK_3X3, PoolWindow.sliding(2, 2), new int[1]));
        assertMessage("no channels", () -> Pooling.pool2d(new FMatrixRMaj[0], w, PoolMode.AVG));
        assertMessage("channel 1 is 2x2 but must be 3x3",
                () -> Pooling.pool2d(new FMatrixRMaj[] {BOOK_3X3, new FMatrixRMaj(2, 2)}, w, PoolMode.AVG));
        assertMessage("has 0 channels", () -> Pooling.backward(new FMatrixRMaj[] {BOOK_3X3}, w, PoolMode.AVG,
                new FMatrixRMaj[0]));
    }

    private static void assertMessage(String part, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    /** Pooling as the definition reads: pad with minus infinity or zero, then slide over the padded input. */
    private static final class PlainPooling {
        private final FMatrixRMaj x;
        private final PoolWindow w;
        private final PoolMode mode;
        private final double[][] padded;
        private final int outRows;
        private final int outCols;

        PlainPooling(FMatrixRMaj x, PoolWindow w, PoolMode mode) {
            this.x = x;
            this.w = w;
            this.mode = mode;
            padded = new double[x.numRows + 2 * w.padRows()][x.numCols + 2 * w.padCols()];
            for (double[] row : padded) {
                Arrays.fill(row, mode == PoolMode.MAX ? Double.NEGATIVE_INFINITY : 0);
            }
            for (int i = 0; i < x.numRows; i++) {
                for (int j = 0; j < x.numCols; j++) {
                    padded[i + w.padRows()][j + w.padCols()] = x.get(i, j);
                }
            }
            outRows = (padded.length - w.rows()) / w.strideRows() + 1;
            outCols = (padded[0].length - w.cols()) / w.strideCols() + 1;
        }

        FMatrixRMaj output() {
            FMatrixRMaj y = new FMatrixRMaj(outRows, outCols);
            for (int i = 0; i < outRows; i++) {
                for (int j = 0; j < outCols; j++) {
                    double acc = mode == PoolMode.MAX ? Double.NEGATIVE_INFINITY : 0;
                    for (int a = 0; a < w.rows(); a++) {
                        for (int b = 0; b < w.cols(); b++) {
                            double v = padded[i * w.strideRows() + a][j * w.strideCols() + b];
                            acc = mode == PoolMode.MAX ? Math.max(acc, v) : acc + v;
                        }
                    }
                    y.set(i, j, (float) (mode == PoolMode.MAX ? acc : acc / (w.rows() * w.cols())));
                }
            }
            return y;
        }

        /** Input index of each window's first largest cell, searched over the padded window. */
        int[] winners() {
            int[] won = new int[outRows * outCols];
            for (int i = 0; i < outRows; i++) {
                for (int j = 0; j < outCols; j++) {
                    int bestA = -1;
                    int bestB = -1;
                    for (int a = 0; a < w.rows(); a++) {
                        for (int b = 0; b < w.cols(); b++) {
                            double v = padded[i * w.strideRows() + a][j * w.strideCols() + b];
                            if (bestA < 0 || v > padded[i * w.strideRows() + bestA][j * w.strideCols() + bestB]) {
                                bestA = a;
                                bestB = b;
                            }
                        }
                    }
                    int row = i * w.strideRows() + bestA - w.padRows();
                    int col = j * w.strideCols() + bestB - w.padCols();
                    won[i * outCols + j] = row * x.numCols + col;
                }
            }
            return won;
        }

        FMatrixRMaj inputGradient(FMatrixRMaj dy) {
            double[][] g = new double[padded.length][padded[0].length];
            int[] won = mode == PoolMode.MAX ? winners() : null;
            for (int i = 0; i < outRows; i++) {
                for (int j = 0; j < outCols; j++) {
                    double d = dy.get(i, j);
                    if (won != null) {
                        int at = won[i * outCols + j];
                        g[at / x.numCols + w.padRows()][at % x.numCols + w.padCols()] += d;
                        continue;
                    }
                    for (int a = 0; a < w.rows(); a++) {
                        for (int b = 0; b < w.cols(); b++) {
                            g[i * w.strideRows() + a][j * w.strideCols() + b] += d / (w.rows() * w.cols());
                        }
                    }
                }
            }
            FMatrixRMaj dx = new FMatrixRMaj(x.numRows, x.numCols);
            for (int i = 0; i < x.numRows; i++) {
                for (int j = 0; j < x.numCols; j++) {
                    dx.set(i, j, (float) g[i + w.padRows()][j + w.padCols()]);
                }
            }
            return dx;
        }
    }
}
