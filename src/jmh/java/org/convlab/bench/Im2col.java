package org.convlab.bench;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * The im2col layout that turns a convolutional layer into one matrix product: row
 * {@code (c, a, b)} of the {@code (C h w) x (OH OW)} matrix holds, for every output cell (i, j),
 * the input value {@code X[c, i + a - P, j + b - P]} the kernel tap (a, b) meets there (0 in the
 * padding). The bank read in C order is then the {@code O x (C h w)} left factor.
 */
final class Im2col {
    private Im2col() {
    }

    /** A column matrix of the right size for the case, to be filled by {@link #fill}. */
    static FMatrixRMaj columns(LayerShape s) {
        return new FMatrixRMaj(s.inputs() * s.kernelRows() * s.kernelCols(), s.outRows() * s.outCols());
    }

    /**
     * Writes the columns of X into {@code columns}, overwriting all of it.
     *
     * @param x       the input in C order, not modified
     * @param s       the case
     * @param columns modified: the (C h w) x (OH OW) matrix
     */
    static void fill(float[] x, LayerShape s, FMatrixRMaj columns) {
        int outRows = s.outRows();
        int outCols = s.outCols();
        int p = s.pad();
        float[] data = columns.data;
        int row = 0;
        for (int c = 0; c < s.inputs(); c++) {
            for (int a = 0; a < s.kernelRows(); a++) {
                for (int b = 0; b < s.kernelCols(); b++, row++) {
                    // output columns j whose input column j + b - p lies inside X
                    int first = Math.max(0, p - b);
                    int last = Math.min(outCols, s.cols() + p - b);
                    for (int i = 0; i < outRows; i++) {
                        int start = (row * outRows + i) * outCols;
                        int r = i + a - p;
                        if (r < 0 || r >= s.rows() || first >= last) {
                            Arrays.fill(data, start, start + outCols, 0f);
                            continue;
                        }
                        Arrays.fill(data, start, start + first, 0f);
                        System.arraycopy(x, (c * s.rows() + r) * s.cols() + first + b - p, data, start + first,
                                last - first);
                        Arrays.fill(data, start + last, start + outCols, 0f);
                    }
                }
            }
        }
    }
}
