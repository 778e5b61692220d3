package org.convlab.core;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The cross-correlation of D2L 6.4 with several input and output channels, PyTorch's
 * {@code conv2d}: output channel o is {@code Y[o] = sum over c of corr2d(X[c], K[o, c]) + b[o]},
 * with the same padding, stride and dilation for every pair, each pair on the single-channel
 * fast passes of {@link CrossCorrelation}.
 *
 * <p>A 1x1 kernel bank with no padding and stride 1 is computed as the book's matrix product
 * instead: K as a {@code C_out x C_in} matrix times X as a {@code C_in x HW} matrix, with EJML.
 */
public final class ChannelCorrelation {
    private ChannelCorrelation() {
    }

    /**
     * Computes {@code Y[o] = sum_c corr2d(X[c], K[o, c]) + b[o]} for every output channel o.
     *
     * @param x        the input, C_in x H x W, not modified
     * @param k        the kernel bank, C_out x C_in x kh x kw, not modified
     * @param bias     one value per output channel, not modified
     * @param geometry padding, stride and dilation
     * @return a new output stack, C_out x OH x OW
     * @throws IllegalArgumentException for channel counts that do not agree (naming both shapes),
     *                                  a non-finite value or an empty output
     */
    public static ChannelStack corr2d(ChannelStack x, KernelBank k, float[] bias, ConvGeometry geometry) {
        requireMatching(x, k, bias);
        if (isPointwise(k, geometry)) {
            return pointwise(x, k, bias);
        }
        return general(x, k, bias, geometry);
    }

    /**
     * Whether the bank and geometry make the 1x1 convolution, a matrix product.
     *
     * @param k        the bank
     * @param geometry the geometry
     * @return true for 1x1 kernels with no padding and stride 1 (dilation does not matter)
     */
    public static boolean isPointwise(KernelBank k, ConvGeometry geometry) {
        return k.rows() == 1 && k.cols() == 1 && geometry.padRows() == 0 && geometry.padCols() == 0
                && geometry.strideRows() == 1 && geometry.strideCols() == 1;
    }

    /** Every pair through the single-channel correlation, added channel by channel. */
    static ChannelStack general(ChannelStack x, KernelBank k, float[] bias, ConvGeometry geometry) {
        FMatrixRMaj[] out = new FMatrixRMaj[k.outputs()];
        FMatrixRMaj part = null;
        for (int o = 0; o < out.length; o++) {
            out[o] = CrossCorrelation.corr2d(x.channel(0), k.kernel(o, 0), bias[o], geometry, null);
            for (int c = 1; c < x.count(); c++) {
                part = CrossCorrelation.corr2d(x.channel(c), k.kernel(o, c), 0f, geometry, part);
                CommonOps_FDRM.addEquals(out[o], part);
            }
        }
        return ChannelStack.of(out);
    }

    /** The 1x1 convolution as one product: (C_out x C_in) times (C_in x HW), plus the bias per row. */
    static ChannelStack pointwise(ChannelStack x, KernelBank k, float[] bias) {
        for (int c = 0; c < x.count(); c++) {
            Shapes.requireFinite(x.channel(c), "input channel " + c);
        }
        requireFiniteBank(k, bias);
        int size = x.rows() * x.cols();
        FMatrixRMaj weights = FMatrixRMaj.wrap(k.outputs(), k.inputs(), k.toArray());
        FMatrixRMaj pixels = FMatrixRMaj.wrap(x.count(), size, x.toArray());
        FMatrixRMaj product = new FMatrixRMaj(k.outputs(), size);
        CommonOps_FDRM.mult(weights, pixels, product);
        FMatrixRMaj[] out = new FMatrixRMaj[k.outputs()];
        for (int o = 0; o < out.length; o++) {
            out[o] = new FMatrixRMaj(x.rows(), x.cols());
            for (int i = 0; i < size; i++) {
                out[o].data[i] = product.data[o * size + i] + bias[o];
            }
        }
        return ChannelStack.of(out);
    }

    /**
     * Requires a bank whose input channels are the input's and one bias value per output channel.
     *
     * @throws IllegalArgumentException naming both shapes
     */
    static void requireMatching(ChannelStack x, KernelBank k, float[] bias) {
        if (k.inputs() != x.count()) {
            throw new IllegalArgumentException("the kernel bank " + k.shape() + " takes " + k.inputs()
                    + " input channels but the input " + x.shape() + " has " + x.count());
        }
        if (bias.length != k.outputs()) {
            throw new IllegalArgumentException("the bias has " + bias.length + " values but the kernel bank "
                    + k.shape() + " has " + k.outputs() + " output channels");
        }
    }

    /** Requires every kernel and bias value to be finite. */
    static void requireFiniteBank(KernelBank k, float[] bias) {
        for (int o = 0; o < k.outputs(); o++) {
            for (int c = 0; c < k.inputs(); c++) {
                Shapes.requireFinite(k.kernel(o, c), "kernel (" + o + ", " + c + ")");
            }
            if (!Float.isFinite(bias[o])) {
                throw new IllegalArgumentException("the bias of output channel " + o + " is " + bias[o]
                        + "; it must be a finite number");
            }
        }
    }
}
