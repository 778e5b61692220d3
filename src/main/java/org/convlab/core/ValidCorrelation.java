package org.convlab.core;

import java.util.function.Supplier;
import org.ejml.data.FMatrixRMaj;

/**
 * The arithmetic of the chapter's valid cross-correlation behind {@link CrossCorrelation}, on
 * shapes and values already checked: a plain loop for small work, and for larger work
 * {@link CorrelationStrips} (or, with the Vector API, {@link VectorRows}) split across cores by
 * {@link RowSplit}. {@link GeometryCorrelation} is the same for padding, stride and dilation.
 */
final class ValidCorrelation {
    private ValidCorrelation() {
    }

    /**
     * The plain loop over one region of output cells, the others left as they are; the taps in
     * the order of every other path.
     */
    static void region(FMatrixRMaj x, FMatrixRMaj k, float bias, FMatrixRMaj y, CellRegion region) {
        int h = k.numRows;
        int w = k.numCols;
        float[] xd = x.data;
        float[] kd = k.data;
        int xCols = x.numCols;
        for (int i = region.top(); i < region.bottom(); i++) {
            for (int j = region.left(); j < region.right(); j++) {
                float s = bias;
                for (int a = 0; a < h; a++) {
                    int xs = (i + a) * xCols + j;
                    for (int b = 0; b < w; b++) {
                        s += kd[a * w + b] * xd[xs + b];
                    }
                }
                y.data[i * y.numCols + j] = s;
            }
        }
    }

    /**
     * Writes {@code corr2d(x, k) + bias} into y, already shaped.
     *
     * @return false when some input value is non-finite (it always shows in the output); true
     *         may still come with cells that overflowed to infinity from finite inputs
     */
    static boolean compute(FMatrixRMaj x, FMatrixRMaj k, float bias, FMatrixRMaj y) {
        int h = k.numRows;
        int w = k.numCols;
        int outRows = y.numRows;
        int outCols = y.numCols;
        long work = (long) outRows * outCols * h * w;
        if (outCols < CrossCorrelation.VECTOR_COLUMNS || work < CrossCorrelation.VECTOR_WORK) {
            return computePlain(x.data, x.numCols, k.data, h, w, bias, y.data, outRows, outCols);
        }
        return strips(x, k, bias, y, work);
    }

    private static boolean strips(FMatrixRMaj x, FMatrixRMaj k, float bias, FMatrixRMaj y, long work) {
        float[] xd = x.data;
        float[] kd = k.data;
        float[] yd = y.data;
        int xCols = x.numCols;
        int h = k.numRows;
        int w = k.numCols;
        int outCols = y.numCols;
        Supplier<RowSplit.RowJob<Boolean>> jobs = VectorPath.AVAILABLE
                ? () -> (from, to) -> VectorRows.rows(xd, xCols, kd, h, w, bias, yd, outCols, from, to)
                : () -> new CorrelationStrips(xd, xCols, kd, h, w, bias, yd, outCols);
        return RowSplit.allFinite(y.numRows, RowSplit.parts(work, y.numRows), jobs);
    }

    /**
     * The plain loop for small work: output row by output row, one kernel row at a time, adding
     * the taps in the same order as the vector path. Kernels up to three wide keep their taps in
     * locals; the finiteness flag is an integer OR, which, unlike a float sum, adds no latency
     * chain across the cells.
     */
    static boolean computePlain(float[] x, int xCols, float[] k, int h, int w, float bias, float[] y,
                                int outRows, int outCols) {
        int notFinite = 0;
        for (int i = 0; i < outRows; i++) {
            int ys = i * outCols;
            for (int a = 0; a < h; a++) {
                int xs = (i + a) * xCols;
                boolean first = a == 0;
                switch (w) {
                    case 1:
                        plainRow1(x, xs, k[a], first, bias, y, ys, outCols);
                        break;
                    case 2:
                        plainRow2(x, xs, k[2 * a], k[2 * a + 1], first, bias, y, ys, outCols);
                        break;
                    case 3:
                        plainRow3(x, xs, k[3 * a], k[3 * a + 1], k[3 * a + 2], first, bias, y, ys, outCols);
                        break;
                    default:
                        plainRow(x, xs, k, a * w, w, first, bias, y, ys, outCols);
                }
            }
            for (int j = 0; j < outCols; j++) {
                notFinite |= Float.isFinite(y[ys + j]) ? 0 : 1;
            }
        }
        return notFinite == 0;
    }

    private static void plainRow1(float[] x, int xs, float k0, boolean first, float bias, float[] y, int ys,
                                  int n) {
        for (int j = 0; j < n; j++) {
            float s = first ? bias : y[ys + j];
            y[ys + j] = s + k0 * x[xs + j];
        }
    }

    private static void plainRow2(float[] x, int xs, float k0, float k1, boolean first, float bias, float[] y,
                                  int ys, int n) {
        for (int j = 0; j < n; j++) {
            float s = first ? bias : y[ys + j];
            y[ys + j] = s + k0 * x[xs + j] + k1 * x[xs + j + 1];
        }
    }

    private static void plainRow3(float[] x, int xs, float k0, float k1, float k2, boolean first, float bias,
                                  float[] y, int ys, int n) {
        for (int j = 0; j < n; j++) {
            float s = first ? bias : y[ys + j];
            y[ys + j] = s + k0 * x[xs + j] + k1 * x[xs + j + 1] + k2 * x[xs + j + 2];
        }
    }

    private static void plainRow(float[] x, int xs, float[] k, int ks, int w, boolean first, float bias,
                                 float[] y, int ys, int n) {
        for (int j = 0; j < n; j++) {
            float s = first ? bias : y[ys + j];
            for (int b = 0; b < w; b++) {
                s += k[ks + b] * x[xs + j + b];
            }
            y[ys + j] = s;
        }
    }
}
