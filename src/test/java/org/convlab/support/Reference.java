package org.convlab.support;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * The chapter's corr2d written as plainly as possible, in double, to check the fast code against;
 * the padded, strided and dilated form spells out PyTorch's definition with explicit zero padding.
 */
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

    /**
     * PyTorch's conv2d of one channel: Y[i][j] = bias + sum K[a][b] * Xp[i sh + a dh][j sw + b dw],
     * Xp being x with ph zero rows above and below and pw zero columns either side.
     */
    public static double[][] corr2d(FMatrixRMaj x, FMatrixRMaj k, double bias, int ph, int pw, int sh, int sw,
                                    int dh, int dw) {
        double[][] xp = new double[x.numRows + 2 * ph][x.numCols + 2 * pw];
        for (int r = 0; r < x.numRows; r++) {
            for (int c = 0; c < x.numCols; c++) {
                xp[r + ph][c + pw] = x.get(r, c);
            }
        }
        int oh = (xp.length - dh * (k.numRows - 1) - 1) / sh + 1;
        int ow = (xp[0].length - dw * (k.numCols - 1) - 1) / sw + 1;
        double[][] y = new double[oh][ow];
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                double s = bias;
                for (int a = 0; a < k.numRows; a++) {
                    for (int b = 0; b < k.numCols; b++) {
                        s += xp[i * sh + a * dh][j * sw + b * dw] * k.get(a, b);
                    }
                }
                y[i][j] = s;
            }
        }
        return y;
    }

    /** dL/dK of L = sum(E^2) for the error map e of that conv2d: 2 sum E[i][j] Xp[i sh + a dh][j sw + b dw]. */
    public static double[][] kernelGradient(FMatrixRMaj x, double[][] e, int h, int w, int ph, int pw, int sh,
                                            int sw, int dh, int dw) {
        double[][] grad = new double[h][w];
        for (int a = 0; a < h; a++) {
            for (int b = 0; b < w; b++) {
                double s = 0;
                for (int i = 0; i < e.length; i++) {
                    for (int j = 0; j < e[0].length; j++) {
                        int r = i * sh + a * dh - ph;
                        int c = j * sw + b * dw - pw;
                        if (r >= 0 && r < x.numRows && c >= 0 && c < x.numCols) {
                            s += e[i][j] * x.get(r, c);
                        }
                    }
                }
                grad[a][b] = 2 * s;
            }
        }
        return grad;
    }

    public static FMatrixRMaj random(Random r, int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return m;
    }
}
