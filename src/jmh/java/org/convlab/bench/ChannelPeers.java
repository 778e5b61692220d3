package org.convlab.bench;

import boofcv.alg.filter.convolve.ConvolveImage;
import boofcv.alg.filter.convolve.ConvolveImageNoBorder;
import boofcv.alg.misc.PixelMath;
import boofcv.concurrency.BoofConcurrency;
import boofcv.core.image.border.FactoryImageBorder;
import boofcv.struct.border.ImageBorder_F32;
import boofcv.struct.convolve.Kernel2D_F32;
import boofcv.struct.image.GrayF32;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.KernelBank;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The implementations of a multi-channel layer's forward pass compared in
 * {@link ChannelsBenchmark}, each set up outside the timed region. Every one computes
 * {@code Y[o] = sum over c of corr2d(X[c], K[o, c]) + b[o]} with zero padding, and its
 * {@link Correlation#validOutput()} is Y in C order (channel, row, column).
 */
final class ChannelPeers {
    /** im2col and one EJML product, the way most deep-learning libraries run a layer. */
    static final String IM2COL = "im2col-ejml";

    private ChannelPeers() {
    }

    static Correlation forward(String impl, LayerShape s) {
        switch (impl) {
            case Peers.CONVLAB:
                return convLab(s);
            case Peers.NAIVE:
                return naive(s);
            case Peers.BOOFCV:
                return boofCv(s, false);
            case Peers.BOOFCV_CONCURRENT:
                return boofCv(s, true);
            case IM2COL:
                return im2col(s);
            default:
                throw new IllegalArgumentException("no implementation " + impl);
        }
    }

    /** The public call, {@code ChannelCorrelation.corr2d}, which allocates its output stack. */
    private static Correlation convLab(LayerShape s) {
        ChannelStack x = s.inputStack();
        KernelBank k = s.kernelBank();
        float[] bias = s.bias();
        ConvGeometry g = s.geometry();
        return new Correlation() {
            @Override
            public Object run() {
                return ChannelCorrelation.corr2d(x, k, bias, g);
            }

            @Override
            public float[] validOutput() {
                return ChannelCorrelation.corr2d(x, k, bias, g).toArray();
            }
        };
    }

    /** The definition as six nested loops, accumulating in float, zeros outside X. */
    private static Correlation naive(LayerShape s) {
        float[] x = s.input();
        float[] k = s.bank();
        float[] bias = s.bias();
        float[] y = new float[s.outputs() * s.outRows() * s.outCols()];
        return new Correlation() {
            @Override
            public Object run() {
                return naiveForward(s, x, k, bias, y);
            }

            @Override
            public float[] validOutput() {
                return naiveForward(s, x, k, bias, y).clone();
            }
        };
    }

    /** Writes the layer's output into y, also the naive gradient peer's forward pass. */
    static float[] naiveForward(LayerShape s, float[] x, float[] k, float[] bias, float[] y) {
        int inputs = s.inputs();
        int rows = s.rows();
        int cols = s.cols();
        int kRows = s.kernelRows();
        int kCols = s.kernelCols();
        int p = s.pad();
        int outRows = s.outRows();
        int outCols = s.outCols();
        for (int o = 0; o < s.outputs(); o++) {
            for (int i = 0; i < outRows; i++) {
                for (int j = 0; j < outCols; j++) {
                    float sum = bias[o];
                    for (int c = 0; c < inputs; c++) {
                        for (int a = 0; a < kRows; a++) {
                            int r = i + a - p;
                            if (r < 0 || r >= rows) {
                                continue;
                            }
                            for (int b = 0; b < kCols; b++) {
                                int col = j + b - p;
                                if (col >= 0 && col < cols) {
                                    sum += k[((o * inputs + c) * kRows + a) * kCols + b] * x[(c * rows + r) * cols + col];
                                }
                            }
                        }
                    }
                    y[(o * outRows + i) * outCols + j] = sum;
                }
            }
        }
        return y;
    }

    /**
     * BoofCV per pair of channels, summed: {@code ConvolveImage} with a border of zeros when the
     * padding is the kernel's radius (PyTorch's padding 1 for 3x3), {@code ConvolveImageNoBorder}
     * without padding (the valid output then sits at the radius), each partial image added with
     * {@code PixelMath.add} and the bias with {@code PixelMath.plus}. BoofCV slides the kernel
     * without flipping it, as corr2d does. Its 2-D kernels are square and odd.
     */
    private static Correlation boofCv(LayerShape s, boolean concurrent) {
        int width = s.kernelRows();
        int radius = width / 2;
        if (s.kernelCols() != width || width % 2 == 0 || (s.pad() != 0 && s.pad() != radius)) {
            throw new IllegalArgumentException("the BoofCV peer takes square, odd kernels with padding 0 or their"
                    + " radius, not " + s.kernel());
        }
        float[] x = s.input();
        float[] k = s.bank();
        float[] bias = s.bias();
        GrayF32[] src = new GrayF32[s.inputs()];
        for (int c = 0; c < src.length; c++) {
            src[c] = new GrayF32(s.cols(), s.rows());
            System.arraycopy(x, c * s.rows() * s.cols(), src[c].data, 0, s.rows() * s.cols());
        }
        int taps = width * width;
        Kernel2D_F32[][] kernels = new Kernel2D_F32[s.outputs()][s.inputs()];
        for (int o = 0; o < s.outputs(); o++) {
            for (int c = 0; c < s.inputs(); c++) {
                float[] taps1 = new float[taps];
                System.arraycopy(k, (o * s.inputs() + c) * taps, taps1, 0, taps);
                kernels[o][c] = new Kernel2D_F32(width, taps1);
            }
        }
        GrayF32[] out = new GrayF32[s.outputs()];
        for (int o = 0; o < out.length; o++) {
            out[o] = new GrayF32(s.cols(), s.rows());
        }
        GrayF32 part = new GrayF32(s.cols(), s.rows());
        ImageBorder_F32 zeros = (ImageBorder_F32) FactoryImageBorder.singleValue(0, GrayF32.class);
        boolean padded = s.pad() > 0;
        int offset = padded ? 0 : radius;
        return new Correlation() {
            @Override
            public Object run() {
                BoofConcurrency.USE_CONCURRENT = concurrent;
                for (int o = 0; o < out.length; o++) {
                    for (int c = 0; c < src.length; c++) {
                        GrayF32 dst = c == 0 ? out[o] : part;
                        if (padded) {
                            ConvolveImage.convolve(kernels[o][c], src[c], dst, zeros);
                        } else {
                            ConvolveImageNoBorder.convolve(kernels[o][c], src[c], dst);
                        }
                        if (c > 0) {
                            PixelMath.add(out[o], part, out[o]);
                        }
                    }
                    PixelMath.plus(out[o], bias[o], out[o]);
                }
                return out;
            }

            @Override
            public float[] validOutput() {
                run();
                int outRows = s.outRows();
                int outCols = s.outCols();
                float[] y = new float[out.length * outRows * outCols];
                for (int o = 0; o < out.length; o++) {
                    for (int i = 0; i < outRows; i++) {
                        for (int j = 0; j < outCols; j++) {
                            y[(o * outRows + i) * outCols + j] = out[o].get(j + offset, i + offset);
                        }
                    }
                }
                return y;
            }
        };
    }

    /** im2col into a reused matrix, one {@code CommonOps_FDRM.mult} into a reused output, then the bias. */
    private static Correlation im2col(LayerShape s) {
        float[] x = s.input();
        float[] bias = s.bias();
        FMatrixRMaj weights = FMatrixRMaj.wrap(s.outputs(), s.inputs() * s.kernelRows() * s.kernelCols(), s.bank());
        FMatrixRMaj columns = Im2col.columns(s);
        FMatrixRMaj y = new FMatrixRMaj(s.outputs(), columns.numCols);
        return new Correlation() {
            @Override
            public Object run() {
                Im2col.fill(x, s, columns);
                CommonOps_FDRM.mult(weights, columns, y);
                addBias(y, bias);
                return y;
            }

            @Override
            public float[] validOutput() {
                run();
                return y.data.clone();
            }
        };
    }

    /** Adds b[o] to row o of y. */
    static void addBias(FMatrixRMaj y, float[] bias) {
        for (int o = 0; o < y.numRows; o++) {
            int start = o * y.numCols;
            for (int t = start; t < start + y.numCols; t++) {
                y.data[t] += bias[o];
            }
        }
    }
}
