package org.convlab.support;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/** The chapter's corr2d written as plainly as possible, in double, to check the fast code against. */
public final class Reference {
    private Reference() {
    }

    public static double[][] corr2d(FMatrixRMaj x, FMatrixRMaj k, double bias) {
        int h = k.numRows;
        int w = k.numCols;
        double[][] y = new double[x.numRows - h + 1][x.numCols - w + 1];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                double s = bias;
                for (int a = 0; a < h; a++) {
                    for (int b = 0; b < w; b++) {
                        s += (double) x.get(i + a, j + b) * k.get(a, b);
                    }
                }
                y[i][j] = s;
            }
        }
        return y;
    }

    public static double loss(FMatrixRMaj x, FMatrixRMaj k, double bias, FMatrixRMaj target) {
        double[][] y = corr2d(x, k, bias);
        double l = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                double d = y[i][j] - target.get(i, j);
                l += d * d;
            }
        }
        return l;
    }

    public static FMatrixRMaj random(Random r, int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return m;
    }
}
