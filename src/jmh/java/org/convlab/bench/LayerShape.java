package org.convlab.bench;

import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.KernelBank;

/**
 * A case of the multi-channel benchmarks, written {@code CxHxW/Oxhxw} or {@code CxHxW/Oxhxw/padP}:
 * an input of C channels of H x W, a bank of O x C kernels of h x w, stride 1 and zero padding P
 * on every side (PyTorch's {@code nn.Conv2d(C, O, (h, w), padding=P)}), filled with reproducible
 * Gaussian values.
 *
 * @param inputs     C
 * @param rows       H
 * @param cols       W
 * @param outputs    O
 * @param kernelRows h
 * @param kernelCols w
 * @param pad        P
 */
record LayerShape(int inputs, int rows, int cols, int outputs, int kernelRows, int kernelCols, int pad) {
    static LayerShape parse(String text) {
        String[] parts = text.split("/");
        String[] x = parts[0].split("x");
        String[] k = parts[1].split("x");
        int pad = parts.length > 2 ? Integer.parseInt(parts[2].substring("pad".length())) : 0;
        return new LayerShape(Integer.parseInt(x[0]), Integer.parseInt(x[1]), Integer.parseInt(x[2]),
                Integer.parseInt(k[0]), Integer.parseInt(k[1]), Integer.parseInt(k[2]), pad);
    }

    ConvGeometry geometry() {
        return new ConvGeometry(pad, pad, 1, 1, 1, 1);
    }

    int outRows() {
        return rows + 2 * pad - kernelRows + 1;
    }

    int outCols() {
        return cols + 2 * pad - kernelCols + 1;
    }

    /** The input's shape, {@code 3x224x224}. */
    String size() {
        return inputs + "x" + rows + "x" + cols;
    }

    /** The bank's shape and the padding, {@code 64x3x3x3 pad1}. */
    String kernel() {
        return outputs + "x" + inputs + "x" + kernelRows + "x" + kernelCols + (pad == 0 ? "" : " pad" + pad);
    }

    float[] input() {
        return Shape.gaussian(inputs * rows * cols, 1);
    }

    float[] bank() {
        return Shape.gaussian(outputs * inputs * kernelRows * kernelCols, 2);
    }

    float[] bias() {
        return Shape.gaussian(outputs, 4);
    }

    /** A wanted output for the backward pass. */
    float[] target() {
        return Shape.gaussian(outputs * outRows() * outCols(), 3);
    }

    ChannelStack inputStack() {
        return ChannelStack.fromArray(inputs, rows, cols, input());
    }

    KernelBank kernelBank() {
        return KernelBank.fromArray(outputs, inputs, kernelRows, kernelCols, bank());
    }
}
