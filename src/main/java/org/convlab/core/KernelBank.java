package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * The weights of a layer with several input and output channels, {@code C_out x C_in x kh x kw}:
 * kernel (o, c) correlates input channel c into output channel o. One input and one output channel
 * make a bank of one kernel, the chapter's case.
 *
 * <p>Mutable: the kernels are held, and training updates them in place.
 */
public final class KernelBank {
    private final FMatrixRMaj[][] kernels;

    private KernelBank(FMatrixRMaj[][] kernels) {
        this.kernels = kernels;
    }

    /**
     * A bank of the given kernels.
     *
     * @param kernels {@code kernels[o][c]}, at least one row of at least one, rows of equal length,
     *                every kernel of the same non-empty shape; held, not copied
     * @return the bank
     * @throws IllegalArgumentException for a ragged or empty bank or differing kernel shapes
     */
    public static KernelBank of(FMatrixRMaj[][] kernels) {
        if (kernels.length == 0 || kernels[0].length == 0) {
            throw new IllegalArgumentException("a kernel bank needs at least one output and one input channel");
        }
        FMatrixRMaj first = kernels[0][0];
        if (first.numRows == 0 || first.numCols == 0) {
            throw new IllegalArgumentException("the kernel is empty (" + Shapes.of(first) + ")");
        }
        for (int o = 0; o < kernels.length; o++) {
            if (kernels[o].length != kernels[0].length) {
                throw new IllegalArgumentException("output channel " + o + " has " + kernels[o].length
                        + " kernels but output channel 0 has " + kernels[0].length);
            }
            for (int c = 0; c < kernels[o].length; c++) {
                if (!Shapes.sameShape(first, kernels[o][c])) {
                    throw new IllegalArgumentException("kernel (" + o + ", " + c + ") is " + Shapes.of(kernels[o][c])
                            + " but kernel (0, 0) is " + Shapes.of(first));
                }
            }
        }
        FMatrixRMaj[][] held = new FMatrixRMaj[kernels.length][];
        for (int o = 0; o < kernels.length; o++) {
            held[o] = kernels[o].clone();
        }
        return new KernelBank(held);
    }

    /**
     * A bank from values in C order (output, input, row, column), as a {@code .npy} file holds them.
     *
     * @param outputs C_out
     * @param inputs  C_in
     * @param rows    kh
     * @param cols    kw
     * @param data    the values, copied
     * @return a new bank
     */
    public static KernelBank fromArray(int outputs, int inputs, int rows, int cols, float[] data) {
        if ((long) outputs * inputs * rows * cols != data.length) {
            throw new IllegalArgumentException(data.length + " values cannot fill " + outputs + "x" + inputs + "x"
                    + rows + "x" + cols);
        }
        FMatrixRMaj[][] kernels = new FMatrixRMaj[outputs][inputs];
        int size = rows * cols;
        for (int o = 0; o < outputs; o++) {
            for (int c = 0; c < inputs; c++) {
                kernels[o][c] = new FMatrixRMaj(rows, cols);
                System.arraycopy(data, (o * inputs + c) * size, kernels[o][c].data, 0, size);
            }
        }
        return of(kernels);
    }

    /**
     * A bank of zero kernels.
     *
     * @return a new bank of the given shape
     */
    public static KernelBank zeros(int outputs, int inputs, int rows, int cols) {
        return fromArray(outputs, inputs, rows, cols, new float[outputs * inputs * rows * cols]);
    }

    /**
     * The output channel count.
     *
     * @return C_out
     */
    public int outputs() {
        return kernels.length;
    }

    /**
     * The input channel count.
     *
     * @return C_in
     */
    public int inputs() {
        return kernels[0].length;
    }

    /**
     * Every kernel's rows.
     *
     * @return kh
     */
    public int rows() {
        return kernels[0][0].numRows;
    }

    /**
     * Every kernel's columns.
     *
     * @return kw
     */
    public int cols() {
        return kernels[0][0].numCols;
    }

    /**
     * Kernel (o, c), live.
     *
     * @param o output channel
     * @param c input channel
     * @return the kh x kw matrix
     */
    public FMatrixRMaj kernel(int o, int c) {
        return kernels[o][c];
    }

    /**
     * The values in C order (output, input, row, column).
     *
     * @return a new array
     */
    public float[] toArray() {
        int size = rows() * cols();
        float[] data = new float[outputs() * inputs() * size];
        for (int o = 0; o < outputs(); o++) {
            for (int c = 0; c < inputs(); c++) {
                System.arraycopy(kernels[o][c].data, 0, data, (o * inputs() + c) * size, size);
            }
        }
        return data;
    }

    /**
     * A deep copy.
     *
     * @return a new bank with copies of the kernels
     */
    public KernelBank copy() {
        return fromArray(outputs(), inputs(), rows(), cols(), toArray());
    }

    /**
     * The shape as PyTorch writes a weight's: {@code 3x2x2x2}.
     *
     * @return "C_outxC_inxkhxkw"
     */
    public String shape() {
        return outputs() + "x" + inputs() + "x" + rows() + "x" + cols();
    }
}
