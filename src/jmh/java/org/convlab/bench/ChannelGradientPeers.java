package org.convlab.bench;

import org.convlab.core.BankGradient;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvLayer;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The implementations of a multi-channel layer's backward pass compared in
 * {@link ChannelsBackwardBenchmark}: from X and a target T, the forward pass Y, the loss
 * {@code sum((Y - T)^2)}, {@code dK[o, c] = 2 corr2d(pad(X[c]), Y[o] - T[o])} and
 * {@code db[o] = 2 sum(Y[o] - T[o])}, as {@link ConvLayer#backward} computes them.
 */
final class ChannelGradientPeers {
    private ChannelGradientPeers() {
    }

    /** One implementation set up for one case. */
    interface Backward {
        /** Runs the backward pass once and returns something holding the result (for the blackhole). */
        Object run();

        /** Runs it and returns the loss and gradients, to compare with ConvLab's. */
        Gradients gradients();
    }

    /**
     * What the backward pass gives.
     *
     * @param loss       sum of squared errors
     * @param kernelGrad dL/dK in C order (output, input, row, column)
     * @param biasGrad   dL/db per output channel
     */
    record Gradients(double loss, float[] kernelGrad, float[] biasGrad) {
    }

    static Backward of(String impl, LayerShape s) {
        switch (impl) {
            case Peers.CONVLAB:
                return convLab(s);
            case Peers.NAIVE:
                return naive(s);
            case ChannelPeers.IM2COL:
                return im2col(s);
            default:
                throw new IllegalArgumentException("no implementation " + impl + " of the backward pass");
        }
    }

    /** {@code ConvLayer.backward}, forward pass included. */
    private static Backward convLab(LayerShape s) {
        ConvLayer layer = new ConvLayer(s.kernelBank(), s.bias(), s.geometry());
        ChannelStack x = s.inputStack();
        ChannelStack target = ChannelStack.fromArray(s.outputs(), s.outRows(), s.outCols(), s.target());
        return new Backward() {
            @Override
            public Object run() {
                return layer.backward(x, target);
            }

            @Override
            public Gradients gradients() {
                BankGradient g = layer.backward(x, target);
                float[] db = new float[g.biasGrad().length];
                for (int o = 0; o < db.length; o++) {
                    db[o] = (float) g.biasGrad()[o];
                }
                return new Gradients(g.loss(), g.kernelGrad().toArray(), db);
            }
        };
    }

    /** The naive forward loop, then the error, db and dK as loops over every tap and output cell. */
    private static Backward naive(LayerShape s) {
        float[] x = s.input();
        float[] k = s.bank();
        float[] bias = s.bias();
        float[] target = s.target();
        float[] y = new float[target.length];
        float[] dk = new float[k.length];
        float[] db = new float[bias.length];
        return new Backward() {
            @Override
            public Object run() {
                ChannelPeers.naiveForward(s, x, k, bias, y);
                double loss = errorLossAndBiasGradient(y, target, db);
                naiveKernelGradient(s, x, y, dk);
                return loss;
            }

            @Override
            public Gradients gradients() {
                return new Gradients((double) run(), dk.clone(), db.clone());
            }
        };
    }

    /** {@code dK[o, c, a, b] = 2 sum over i, j of E[o, i, j] X[c, i + a - P, j + b - P]}, in float. */
    private static void naiveKernelGradient(LayerShape s, float[] x, float[] e, float[] dk) {
        int inputs = s.inputs();
        int rows = s.rows();
        int cols = s.cols();
        int kRows = s.kernelRows();
        int kCols = s.kernelCols();
        int p = s.pad();
        int outRows = s.outRows();
        int outCols = s.outCols();
        for (int o = 0; o < s.outputs(); o++) {
            for (int c = 0; c < inputs; c++) {
                for (int a = 0; a < kRows; a++) {
                    for (int b = 0; b < kCols; b++) {
                        float sum = 0;
                        for (int i = 0; i < outRows; i++) {
                            int r = i + a - p;
                            if (r < 0 || r >= rows) {
                                continue;
                            }
                            for (int j = 0; j < outCols; j++) {
                                int col = j + b - p;
                                if (col >= 0 && col < cols) {
                                    sum += e[(o * outRows + i) * outCols + j] * x[(c * rows + r) * cols + col];
                                }
                            }
                        }
                        dk[((o * inputs + c) * kRows + a) * kCols + b] = 2 * sum;
                    }
                }
            }
        }
    }

    /** im2col, one product forward, then {@code dK = 2 E columns^T} as one {@code multTransB}. */
    private static Backward im2col(LayerShape s) {
        float[] x = s.input();
        float[] bias = s.bias();
        float[] target = s.target();
        FMatrixRMaj weights = FMatrixRMaj.wrap(s.outputs(), s.inputs() * s.kernelRows() * s.kernelCols(), s.bank());
        FMatrixRMaj columns = Im2col.columns(s);
        FMatrixRMaj y = new FMatrixRMaj(s.outputs(), columns.numCols);
        FMatrixRMaj dk = new FMatrixRMaj(weights.numRows, weights.numCols);
        float[] db = new float[bias.length];
        return new Backward() {
            @Override
            public Object run() {
                Im2col.fill(x, s, columns);
                CommonOps_FDRM.mult(weights, columns, y);
                ChannelPeers.addBias(y, bias);
                double loss = errorLossAndBiasGradient(y.data, target, db);
                CommonOps_FDRM.multTransB(2f, y, columns, dk);
                return loss;
            }

            @Override
            public Gradients gradients() {
                return new Gradients((double) run(), dk.data.clone(), db.clone());
            }
        };
    }

    /**
     * Turns y into the error {@code y - target} and returns the loss, with db per output channel.
     *
     * @param y      modified: the output in C order, then the error
     * @param target not modified
     * @param db     modified: {@code 2 sum} of each output channel's error
     */
    private static double errorLossAndBiasGradient(float[] y, float[] target, float[] db) {
        int size = y.length / db.length;
        double loss = 0;
        for (int o = 0; o < db.length; o++) {
            double sum = 0;
            for (int t = o * size; t < (o + 1) * size; t++) {
                y[t] -= target[t];
                loss += (double) y[t] * y[t];
                sum += y[t];
            }
            db[o] = (float) (2 * sum);
        }
        return loss;
    }
}
