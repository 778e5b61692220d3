package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * The inner products of {@link LossLandscape}: kernel cell t = (a, b) reads {@code Xp[i sh + a dh, j sw + b dw]} for output cell (i, j), a
 * padded zero outside X. Each product walks the output once and reads X in place, so it needs no
 * memory of Y's size per kernel cell (a 15x15 kernel over a 4096x4096 input would need 15 GB of
 * maps). The chapter's layer is the geometry without padding, stride or dilation. Every sum runs
 * over the output in row-major order, accumulated in double.
 */
final class PaddedTaps implements LossLandscape.ParameterMaps {
    private final FMatrixRMaj x;
    private final FMatrixRMaj y;
    private final int kernelCols;
    private final ConvGeometry g;

    PaddedTaps(FMatrixRMaj x, FMatrixRMaj y, int kernelCols, ConvGeometry g) {
        this.x = x;
        this.y = y;
        this.kernelCols = kernelCols;
        this.g = g;
    }

    @Override
    public double dot(int t, int u) {
        double sum = 0;
        for (int i = 0; i < y.numRows; i++) {
            for (int j = 0; j < y.numCols; j++) {
                sum += (double) read(t, i, j) * read(u, i, j);
            }
        }
        return sum;
    }

    @Override
    public double dotTarget(int t) {
        double sum = 0;
        for (int i = 0; i < y.numRows; i++) {
            for (int j = 0; j < y.numCols; j++) {
                sum += (double) read(t, i, j) * y.data[i * y.numCols + j];
            }
        }
        return sum;
    }

    @Override
    public double sum(int t) {
        double sum = 0;
        for (int i = 0; i < y.numRows; i++) {
            for (int j = 0; j < y.numCols; j++) {
                sum += read(t, i, j);
            }
        }
        return sum;
    }

    /** What kernel cell t reads for output cell (i, j): X's value, or the padding's 0. */
    private float read(int t, int i, int j) {
        int r = g.inputRow(i, t / kernelCols);
        int c = g.inputCol(j, t % kernelCols);
        return r >= 0 && c >= 0 && r < x.numRows && c < x.numCols ? x.data[r * x.numCols + c] : 0f;
    }
}
