package org.convlab.core;

import java.util.Objects;
import org.ejml.data.FMatrixRMaj;

/**
 * A convolutional layer with several input and output channels, PyTorch's {@code nn.Conv2d}: a
 * kernel bank, one bias per output channel and a geometry, with the forward pass of
 * {@link ChannelCorrelation} and the backward pass of the summed squared loss. {@link Conv2D} is
 * its one-channel case.
 *
 * <p>Mutable: the trainer updates the bank and the biases in place.
 */
public final class ConvLayer {
    private final KernelBank weight;
    private final float[] bias;
    private final ConvGeometry geometry;

    /**
     * Creates a layer from copies of the given weights.
     *
     * @param weight   the bank, copied
     * @param bias     one value per output channel, copied
     * @param geometry padding, stride and dilation
     * @throws IllegalArgumentException for a non-finite value or a bias of the wrong length
     */
    public ConvLayer(KernelBank weight, float[] bias, ConvGeometry geometry) {
        if (bias.length != weight.outputs()) {
            throw new IllegalArgumentException("the bias has " + bias.length + " values but the kernel bank "
                    + weight.shape() + " has " + weight.outputs() + " output channels");
        }
        ChannelCorrelation.requireFiniteBank(weight, bias);
        this.weight = weight.copy();
        this.bias = bias.clone();
        this.geometry = Objects.requireNonNull(geometry, "geometry");
    }

    /**
     * The bank, live: changes to it change the layer.
     *
     * @return the weights
     */
    public KernelBank weight() {
        return weight;
    }

    /**
     * The biases, live.
     *
     * @return one per output channel
     */
    public float[] bias() {
        return bias;
    }

    /**
     * The layer's padding, stride and dilation.
     *
     * @return the geometry
     */
    public ConvGeometry geometry() {
        return geometry;
    }

    /**
     * The forward pass.
     *
     * @param x the input, C_in x H x W, not modified
     * @return a new C_out x OH x OW output
     */
    public ChannelStack forward(ChannelStack x) {
        return ChannelCorrelation.corr2d(x, weight, bias, geometry);
    }

    /**
     * The loss {@code sum((forward(x) - target)^2)} and its gradient.
     *
     * @param x      the input, not modified
     * @param target the wanted output, C_out x OH x OW, not modified
     * @return loss, dL/dK per kernel, dL/db per output channel and the error maps
     * @throws IllegalArgumentException if the shapes do not agree (naming both) or a value is not finite
     */
    public BankGradient backward(ChannelStack x, ChannelStack target) {
        ChannelStack yHat = forward(x);
        if (target.count() != yHat.count() || target.rows() != yHat.rows() || target.cols() != yHat.cols()) {
            throw new IllegalArgumentException("the target is " + target.shape() + " but the layer's output is "
                    + yHat.shape());
        }
        for (int o = 0; o < target.count(); o++) {
            Shapes.requireFinite(target.channel(o), "target channel " + o);
        }
        double loss = 0;
        double[] biasGrad = new double[yHat.count()];
        FMatrixRMaj[][] grads = new FMatrixRMaj[weight.outputs()][weight.inputs()];
        for (int o = 0; o < yHat.count(); o++) {
            float[] e = yHat.channel(o).data;
            float[] t = target.channel(o).data;
            double sum = 0;
            for (int i = 0; i < e.length; i++) {
                e[i] -= t[i];
                loss += (double) e[i] * e[i];
                sum += e[i];
            }
            biasGrad[o] = 2 * sum;
            for (int c = 0; c < weight.inputs(); c++) {
                grads[o][c] = Conv2D.kernelGradientWithGeometry(x.channel(c), yHat.channel(o), weight.rows(),
                        weight.cols(), geometry);
            }
        }
        return new BankGradient(loss, KernelBank.of(grads), biasGrad, yHat);
    }
}
