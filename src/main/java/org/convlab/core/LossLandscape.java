package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * The loss of the chapter's training, {@code L = sum((corr2d(X, K) + b - Y)^2)}, as the exact
 * quadratic function of the parameters that it is.
 *
 * <p>The parameters are numbered θ = (K[0,0], K[0,1], ..., K[h-1,w-1], and b when the bias is
 * learned). Each parameter on its own produces an output map {@code P_i}: the window of X the
 * kernel cell sees, or all ones for the bias. Then {@code Y_hat = sum_i θ_i P_i} and
 * {@code L(θ) = θᵀ G θ - 2 rᵀ θ + c} with the Gram matrix {@code G_ij = <P_i, P_j>},
 * {@code r_i = <P_i, Y>} and {@code c = <Y, Y>}. Building these costs one pass over the output per
 * pair of parameters; after that every loss value, slice or minimum costs a few operations, so a
 * landscape can be redrawn every frame whatever the input size.
 */
public final class LossLandscape {
    private final int kernelRows;
    private final int kernelCols;
    private final boolean withBias;
    private final int n;
    private final double[] gram;
    private final double[] r;
    private final double c;

    private LossLandscape(int kernelRows, int kernelCols, boolean withBias, double[] gram, double[] r, double c) {
        this.kernelRows = kernelRows;
        this.kernelCols = kernelCols;
        this.withBias = withBias;
        this.n = r.length;
        this.gram = gram;
        this.r = r;
        this.c = c;
    }

    /**
     * Builds the quadratic form of the loss for learning an h x w kernel (and a bias) from x and y.
     *
     * @param x          the input X, H x W, not modified
     * @param y          the target Y, (H-h+1) x (W-w+1), not modified
     * @param kernelRows h, at least 1
     * @param kernelCols w, at least 1
     * @param withBias   whether the bias is a parameter (the last one)
     * @return the landscape
     * @throws IllegalArgumentException for non-finite values or shapes that do not agree
     */
    public static LossLandscape of(FMatrixRMaj x, FMatrixRMaj y, int kernelRows, int kernelCols, boolean withBias) {
        Shapes.requireFinite(x, "input");
        Shapes.requireFinite(y, "target");
        requireKernelSize(kernelRows, kernelCols);
        Shapes.requireKernelFits(x, new FMatrixRMaj(kernelRows, kernelCols));
        Shapes.requireSameShape(new FMatrixRMaj(CrossCorrelation.outputSize(x.numRows, kernelRows),
                CrossCorrelation.outputSize(x.numCols, kernelCols)), y, "target");
        return build(kernelRows, kernelCols, withBias, y, new PaddedTaps(x, y, kernelCols, ConvGeometry.VALID));
    }

    /**
     * Builds the quadratic form of the loss of a layer with padding, stride and dilation: kernel
     * cell (a, b) then sees the map {@code P[i, j] = Xp[i sh + a dh, j sw + b dw]} of the padded
     * input, read in place (see {@link PaddedTaps}), so no map is ever stored.
     *
     * @param x          the input X, H x W, not modified
     * @param y          the target Y, OH x OW, not modified
     * @param kernelRows h, at least 1
     * @param kernelCols w, at least 1
     * @param withBias   whether the bias is a parameter (the last one)
     * @param geometry   padding, stride and dilation
     * @return the landscape
     * @throws IllegalArgumentException for non-finite values, an empty output or shapes that do not agree
     */
    public static LossLandscape of(FMatrixRMaj x, FMatrixRMaj y, int kernelRows, int kernelCols, boolean withBias,
                                   ConvGeometry geometry) {
        if (geometry.isValid()) {
            return of(x, y, kernelRows, kernelCols, withBias);
        }
        Shapes.requireFinite(x, "input");
        Shapes.requireFinite(y, "target");
        requireKernelSize(kernelRows, kernelCols);
        geometry.requireOutput(x.numRows, x.numCols, kernelRows, kernelCols);
        Shapes.requireSameShape(new FMatrixRMaj(geometry.outputRows(x.numRows, kernelRows),
                geometry.outputCols(x.numCols, kernelCols)), y, "target");
        return build(kernelRows, kernelCols, withBias, y, new PaddedTaps(x, y, kernelCols, geometry));
    }

    /** The output map P_i of each kernel cell, as inner products. */
    interface ParameterMaps {
        double dot(int i, int j);

        double dotTarget(int i);

        double sum(int i);
    }

    private static LossLandscape build(int kernelRows, int kernelCols, boolean withBias, FMatrixRMaj y,
                                       ParameterMaps maps) {
        int cells = kernelRows * kernelCols;
        int count = cells + (withBias ? 1 : 0);
        double[] gram = new double[count * count];
        double[] r = new double[count];
        for (int i = 0; i < cells; i++) {
            for (int j = i; j < cells; j++) {
                double g = maps.dot(i, j);
                gram[i * count + j] = g;
                gram[j * count + i] = g;
            }
            r[i] = maps.dotTarget(i);
        }
        if (withBias) {
            int b = cells;
            for (int i = 0; i < cells; i++) {
                double s = maps.sum(i);
                gram[i * count + b] = s;
                gram[b * count + i] = s;
            }
            gram[b * count + b] = (double) y.numRows * y.numCols;
            r[b] = sum(y);
        }
        double c = 0;
        for (int i = 0; i < y.getNumElements(); i++) {
            c += (double) y.data[i] * y.data[i];
        }
        return new LossLandscape(kernelRows, kernelCols, withBias, gram, r, c);
    }

    /**
     * The work {@link #of} does, in multiply-adds, so a caller can decide whether to build the
     * landscape in the background.
     *
     * @param outputCells (H-h+1)(W-w+1)
     * @param parameters  the number of parameters
     * @return an estimate of the operation count
     */
    public static long cost(long outputCells, int parameters) {
        return outputCells * parameters * (parameters + 1L) / 2;
    }

    /**
     * The parameter vector of a kernel and bias, in this landscape's numbering.
     *
     * @param kernel the kernel, h x w, not modified
     * @param bias   b (left out when the bias is not learned)
     * @return θ, a new array of {@link #parameterCount()} values
     */
    public double[] parameters(FMatrixRMaj kernel, float bias) {
        if (kernel.numRows != kernelRows || kernel.numCols != kernelCols) {
            throw new IllegalArgumentException("the kernel is " + Shapes.of(kernel) + " but the landscape is for "
                    + kernelRows + "x" + kernelCols);
        }
        double[] theta = new double[n];
        for (int i = 0; i < kernelRows * kernelCols; i++) {
            theta[i] = kernel.data[i];
        }
        if (withBias) {
            theta[n - 1] = bias;
        }
        return theta;
    }

    /**
     * How many parameters there are.
     *
     * @return h*w, plus 1 with a bias
     */
    public int parameterCount() {
        return n;
    }

    /**
     * Whether the last parameter is the bias.
     *
     * @return true when the bias is learned
     */
    public boolean hasBias() {
        return withBias;
    }

    /**
     * The kernel's rows.
     *
     * @return h
     */
    public int kernelRows() {
        return kernelRows;
    }

    /**
     * The kernel's columns.
     *
     * @return w
     */
    public int kernelCols() {
        return kernelCols;
    }

    /**
     * The loss at a point.
     *
     * @param theta the parameters, {@link #parameterCount()} values, not modified
     * @return L(θ), never below 0
     */
    public double lossAt(double[] theta) {
        requireLength(theta);
        double quadratic = 0;
        double linear = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += gram[i * n + j] * theta[j];
            }
            quadratic += theta[i] * row;
            linear += r[i] * theta[i];
        }
        return Math.max(0, quadratic - 2 * linear + c);
    }

    /**
     * The loss as a function of two parameters, the others held at the given values. Over the
     * chapter's 1x2 kernel without bias the slice is the whole landscape.
     *
     * @param theta  the current parameters, not modified (the values of {@code first} and
     *               {@code second} in it do not matter)
     * @param first  the parameter along the slice's first axis
     * @param second the parameter along its second axis, different from the first
     * @return the slice
     */
    public LossSlice slice(double[] theta, int first, int second) {
        requireLength(theta);
        if (first < 0 || second < 0 || first >= n || second >= n || first == second) {
            throw new IllegalArgumentException("a slice needs two different parameters among " + n + ", not "
                    + first + " and " + second);
        }
        double lu = -r[first];
        double lv = -r[second];
        double c0 = c;
        for (int i = 0; i < n; i++) {
            if (i == first || i == second) {
                continue;
            }
            lu += gram[first * n + i] * theta[i];
            lv += gram[second * n + i] * theta[i];
            double row = 0;
            for (int j = 0; j < n; j++) {
                if (j != first && j != second) {
                    row += gram[i * n + j] * theta[j];
                }
            }
            c0 += theta[i] * row - 2 * r[i] * theta[i];
        }
        return new LossSlice(first, second, gram[first * n + first], gram[first * n + second],
                gram[second * n + second], lu, lv, c0);
    }

    /**
     * The largest learning rate for which gradient descent on this loss still converges. The
     * update is {@code θ -= lr * 2 (Gθ - r)}, so along G's eigenvector with eigenvalue λ the error
     * is multiplied by {@code 1 - 2 lr λ} each epoch: it shrinks only while lr &lt; 1/λ for the largest
     * λ. On the chapter's task λ = 30, and learning rates above 1/30 diverge.
     *
     * @return 1/λ_max, or positive infinity when the loss does not depend on the parameters
     */
    public double largestStableRate() {
        double lambda = PowerIteration.largestEigenvalue(gram, n);
        return lambda > 0 ? 1 / lambda : Double.POSITIVE_INFINITY;
    }

    private static void requireKernelSize(int kernelRows, int kernelCols) {
        if (kernelRows < 1 || kernelCols < 1) {
            throw new IllegalArgumentException("a kernel needs at least 1 row and 1 column, not " + kernelRows + "x"
                    + kernelCols);
        }
    }

    private void requireLength(double[] theta) {
        if (theta.length != n) {
            throw new IllegalArgumentException("expected " + n + " parameters, got " + theta.length);
        }
    }

    private static double sum(FMatrixRMaj a) {
        double sum = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            sum += a.data[i];
        }
        return sum;
    }
}
