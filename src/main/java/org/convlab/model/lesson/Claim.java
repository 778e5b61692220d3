package org.convlab.model.lesson;

import org.ejml.data.FMatrixRMaj;

/**
 * A fact a step's text states about its setup ("Y is [[19, 25], [37, 43]]"). Claims are data in the
 * lesson file, checked against the arithmetic when the file is read, so a text can never quote a
 * number the workspace does not show. Each claim holds under its {@link #with()} variation.
 */
public sealed interface Claim {
    /**
     * The variation of the step the claim is made under.
     *
     * @return {@link Variation#NONE} for the step as set up
     */
    Variation with();

    /**
     * Y is exactly this matrix.
     *
     * @param value    the expected Y
     * @param decimals how many decimals the comparison keeps
     * @param with     the variation
     */
    record Output(FMatrixRMaj value, int decimals, Variation with) implements Claim {
    }

    /**
     * Y[row, col] has this value.
     *
     * @param row      the row
     * @param col      the column
     * @param value    the value
     * @param decimals how many decimals it is quoted with
     * @param with     the variation
     */
    record Cell(int row, int col, double value, int decimals, Variation with) implements Claim {
    }

    /**
     * The text spells out Y[row, col] as its sum of products, "0×0 + 1×1 + 3×2 + 4×3 = 19".
     *
     * @param row  the row
     * @param col  the column
     * @param with the variation
     */
    record CellSum(int row, int col, Variation with) implements Claim {
    }

    /**
     * Every cell of Y has this value.
     *
     * @param value the value
     * @param with  the variation
     */
    record All(double value, Variation with) implements Claim {
    }

    /**
     * Exactly {@code count} cells of Y have this value.
     *
     * @param value the value
     * @param count how many cells
     * @param with  the variation
     */
    record Count(double value, int count, Variation with) implements Claim {
    }

    /**
     * Y has this shape.
     *
     * @param rows rows
     * @param cols columns
     * @param with the variation
     */
    record Shape(int rows, int cols, Variation with) implements Claim {
    }

    /**
     * The training loss of an epoch, before that epoch's update, as the chapter prints it.
     *
     * @param epoch    1-based epoch
     * @param value    the loss
     * @param decimals how many decimals it is quoted with
     * @param with     the variation
     */
    record Loss(int epoch, double value, int decimals, Variation with) implements Claim {
    }

    /**
     * The kernel after the step's epochs of training.
     *
     * @param value    the learned kernel
     * @param decimals how many decimals it is quoted with
     * @param with     the variation
     */
    record TrainedKernel(FMatrixRMaj value, int decimals, Variation with) implements Claim {
    }

    /**
     * Training diverges within the step's epochs.
     *
     * @param with the variation
     */
    record Diverges(Variation with) implements Claim {
    }

    /**
     * The largest stable learning rate, 2 over the loss's largest curvature, written as a
     * fraction or decimal ("1/30").
     *
     * @param written  as the text writes it
     * @param value    its value
     * @param decimals how many decimals the comparison keeps
     * @param with     the variation
     */
    record StableRateLimit(String written, double value, int decimals, Variation with) implements Claim {
    }

    /**
     * Cross-correlation as a matrix multiplication: the matrix W with vec(Y) = W vec(X) has this
     * shape and this many cells that are not zero.
     *
     * @param rows     rows of W, the cells of Y
     * @param cols     columns of W, the cells of X
     * @param nonzeros its cells that are not zero
     * @param with     the variation
     */
    record MatrixForm(int rows, int cols, int nonzeros, Variation with) implements Claim {
    }

    /**
     * Z, the pooled output (D2L 6.5), is exactly this matrix.
     *
     * @param value    the expected Z
     * @param decimals how many decimals the comparison keeps
     * @param with     the variation
     */
    record Pooled(FMatrixRMaj value, int decimals, Variation with) implements Claim {
    }

    /**
     * Z of one output channel is exactly this matrix: pooling keeps the channels apart (D2L 6.5.4).
     *
     * @param channel  the output channel, from 0
     * @param value    the expected Z[channel]
     * @param decimals how many decimals the comparison keeps
     * @param with     the variation
     */
    record ChannelPooled(int channel, FMatrixRMaj value, int decimals, Variation with) implements Claim {
    }

    /**
     * Z has this shape.
     *
     * @param rows rows
     * @param cols columns
     * @param with the variation
     */
    record PooledShape(int rows, int cols, Variation with) implements Claim {
    }

    /**
     * Shifting X one pixel right (its last column coming back on the left, as torch.roll does)
     * changes this many cells of Y and of Z: D2L 6.5's case for pooling.
     *
     * @param y    cells of Y the shift changes
     * @param z    cells of Z the shift changes
     * @param with the variation
     */
    record ShiftChanges(int y, int z, Variation with) implements Claim {
    }

    /**
     * Y of one output channel (D2L 6.4) is exactly this matrix.
     *
     * @param channel  the output channel o, from 0
     * @param value    the expected Y[o]
     * @param decimals how many decimals the comparison keeps
     * @param with     the variation
     */
    record ChannelOutput(int channel, FMatrixRMaj value, int decimals, Variation with) implements Claim {
    }

    /**
     * Y, all its output channels, has the shape C_out x OH x OW.
     *
     * @param channels C_out
     * @param rows     OH
     * @param cols     OW
     * @param with     the variation
     */
    record StackShape(int channels, int rows, int cols, Variation with) implements Claim {
    }

    /**
     * K, the bank, has the shape C_out x C_in x kh x kw ({@code K.shape} in the book).
     *
     * @param outputs C_out
     * @param inputs  C_in
     * @param rows    kh
     * @param cols    kw
     * @param with    the variation
     */
    record BankShape(int outputs, int inputs, int rows, int cols, Variation with) implements Claim {
    }

    /**
     * The 1x1 convolution as the app computes it, one matrix product (C_out x C_in) times
     * (C_in x HW), set against the sum of per-channel correlations in the order the app's general
     * path adds them (output channel o starts with corr2d(X[0], K[o, 0]) + b[o], then adds each
     * channel): this many cells differ in their float bits, and every cell agrees when rounded
     * to the decimals.
     *
     * @param differing cells whose bits differ
     * @param decimals  the decimals every cell agrees to
     * @param with      the variation
     */
    record ProductPaths(int differing, int decimals, Variation with) implements Claim {
    }

    /**
     * What a layer costs, from its shapes: the forward pass's multiply-adds
     * C_in x C_out x kh x kw x OH x OW, its parameters C_out x C_in x kh x kw + C_out, and the
     * values of its output C_out x OH x OW. A null part is not claimed.
     *
     * @param multiplyAdds the multiply-adds, or null
     * @param parameters   the weights and biases, or null
     * @param outputs      the output values, or null
     * @param with         the variation
     */
    record LayerCost(Long multiplyAdds, Long parameters, Long outputs, Variation with) implements Claim {
    }

    /**
     * Two kernels applied in a row are one: corr2d(corr2d(X, first), second) is the step's Y, and
     * the step's kernel is (k1 + k2 - 1) in each direction (D2L 6.4's first exercise).
     *
     * @param first  the first kernel
     * @param second the second kernel
     * @param with   the variation
     */
    record Composition(FMatrixRMaj first, FMatrixRMaj second, Variation with) implements Claim {
    }

    /**
     * Any convolution as one matrix product (im2col): the matrix whose column j holds the C_in x kh x kw
     * input values output cell j reads has this shape, and the bank written as a C_out x (C_in kh kw)
     * matrix times it is Y.
     *
     * @param rows C_in x kh x kw
     * @param cols OH x OW
     * @param with the variation
     */
    record PatchMatrix(int rows, int cols, Variation with) implements Claim {
    }
}
