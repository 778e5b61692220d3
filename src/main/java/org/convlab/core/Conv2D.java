package org.convlab.core;

import java.util.Objects;
import org.ejml.data.FMatrixRMaj;

/**
 * The chapter's convolutional layer: a weight (the kernel) and a scalar bias, with the forward pass
 * {@code corr2d(X, weight) + bias} and the backward pass of the summed squared loss, for any
 * padding, stride and dilation (the chapter's valid geometry unless told otherwise).
 *
 * <p>Instances are mutable: the trainer updates weight and bias in place.
 */
public final class Conv2D {
    private final FMatrixRMaj weight;
    private final ConvGeometry geometry;
    private float bias;

    /**
     * Creates a layer with the valid geometry from a copy of the given weight.
     *
     * @param weight the kernel, h x w, copied (not modified)
     * @param bias   the scalar bias
     * @throws IllegalArgumentException for an empty or non-finite weight or bias
     */
    public Conv2D(FMatrixRMaj weight, float bias) {
        this(weight, bias, ConvGeometry.VALID);
    }

    /**
     * Creates a layer from a copy of the given weight.
     *
     * @param weight   the kernel, h x w, copied (not modified)
     * @param bias     the scalar bias
     * @param geometry padding, stride and dilation of the forward pass
     * @throws IllegalArgumentException for an empty or non-finite weight or bias
     */
    public Conv2D(FMatrixRMaj weight, float bias, ConvGeometry geometry) {
        Shapes.requireFinite(weight, "kernel");
        if (!Float.isFinite(bias)) {
            throw new IllegalArgumentException("the bias is " + bias + "; it must be a finite number");
        }
        this.weight = weight.copy();
        this.bias = bias;
        this.geometry = Objects.requireNonNull(geometry, "geometry");
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
     * The layer's weight, live: changes to it change the layer.
     *
     * @return the kernel matrix
     */
    public FMatrixRMaj weight() {
        return weight;
    }

    /**
     * The scalar bias.
     *
     * @return b
     */
    public float bias() {
        return bias;
    }

    /**
     * Sets the scalar bias.
     *
     * @param bias the new bias
     */
    public void setBias(float bias) {
        this.bias = bias;
    }

    /**
     * The forward pass, {@code corr2d(x, weight) + bias} with the layer's geometry.
     *
     * @param x   the input, not modified
     * @param out where to write, or {@code null} to allocate
     * @return the output
     */
    public FMatrixRMaj forward(FMatrixRMaj x, FMatrixRMaj out) {
        return CrossCorrelation.corr2d(x, weight, bias, geometry, out);
    }

    /**
     * The loss {@code sum((forward(x) - target)^2)} and its gradient with respect to weight and
     * bias.
     *
     * @param x      the input, not modified
     * @param target the wanted output, the output's shape, not modified
     * @return loss, dL/dK, dL/db and the error map
     * @throws IllegalArgumentException if the shapes do not agree or a value is not finite
     */
    public LossGradient backward(FMatrixRMaj x, FMatrixRMaj target) {
        FMatrixRMaj yHat = forward(x, null);
        Shapes.requireFinite(target, "target");
        Shapes.requireSameShape(yHat, target, "target");
        return lossGradient(x, yHat, target, weight.numRows, weight.numCols, geometry);
    }

    /**
     * Loss and gradient from a prediction already computed; turns yHat into the error map in place.
     */
    static LossGradient lossGradient(FMatrixRMaj x, FMatrixRMaj yHat, FMatrixRMaj target, int h, int w,
                                     ConvGeometry geometry) {
        float[] e = yHat.data;
        float[] t = target.data;
        int n = yHat.numRows * yHat.numCols;
        for (int i = 0; i < n; i++) {
            e[i] = e[i] - t[i];
        }
        // Both sums in double, over four interleaved chains so the adds do not wait on each other.
        double loss0 = 0;
        double loss1 = 0;
        double loss2 = 0;
        double loss3 = 0;
        double sum0 = 0;
        double sum1 = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            double d0 = e[i];
            double d1 = e[i + 1];
            double d2 = e[i + 2];
            double d3 = e[i + 3];
            loss0 += d0 * d0;
            loss1 += d1 * d1;
            loss2 += d2 * d2;
            loss3 += d3 * d3;
            sum0 += d0 + d1;
            sum1 += d2 + d3;
        }
        for (; i < n; i++) {
            double d = e[i];
            loss0 += d * d;
            sum0 += d;
        }
        double loss = (loss0 + loss1) + (loss2 + loss3);
        double errorSum = sum0 + sum1;
        FMatrixRMaj grad = kernelGradientWithGeometry(x, yHat, h, w, geometry);
        return new LossGradient(loss, grad, 2 * errorSum, yHat);
    }

    /** dL/dK for any geometry, the valid one on the chapter's path. */
    static FMatrixRMaj kernelGradientWithGeometry(FMatrixRMaj x, FMatrixRMaj e, int h, int w,
                                                  ConvGeometry geometry) {
        return geometry.isValid() ? kernelGradient(x, e, h, w, null)
                : GeometryCorrelation.kernelGradient(x, e, h, w, geometry, null);
    }

    /**
     * dL/dK = 2 corr2d(x, e), each entry a long sum accumulated in double. Small work sums in
     * double directly, in row-major order; larger work goes through {@link GradientStrips} (float
     * lanes over at most {@link GradientLanes#BLOCK_ROWS} rows, double beyond) and is split
     * across cores like the forward pass, the parts added in row order.
     *
     * @param x the input, not modified
     * @param e the error map, not modified
     * @param h   kernel rows
     * @param w   kernel columns
     * @param out receives the gradient, reshaped to h x w; null allocates one
     * @return the h x w gradient, {@code out} if it was given
     */
    static FMatrixRMaj kernelGradient(FMatrixRMaj x, FMatrixRMaj e, int h, int w, FMatrixRMaj out) {
        int outRows = e.numRows;
        int outCols = e.numCols;
        long work = (long) outRows * outCols * h * w;
        FMatrixRMaj grad = out == null ? new FMatrixRMaj(h, w) : out;
        grad.reshape(h, w);
        if (outCols < CrossCorrelation.VECTOR_COLUMNS || work < CrossCorrelation.VECTOR_WORK) {
            plainGradient(x, e, h, w, grad.data);
            return grad;
        }
        float[] xd = x.data;
        float[] ed = e.data;
        int xCols = x.numCols;
        double[] sums = RowSplit.sum(outRows, RowSplit.parts(work, outRows), h * w,
                () -> new GradientStrips(xd, xCols, ed, outCols, h, w));
        for (int t = 0; t < sums.length; t++) {
            grad.data[t] = (float) (2 * sums[t]);
        }
        return grad;
    }

    /**
     * The small-work gradient, {@code 2 sum X[i + a, j + b] E[i, j]} in double. Two taps of a
     * kernel row and two error rows at a time make four independent addition chains; a single
     * chain would wait on the adder's latency at every term.
     */
    private static void plainGradient(FMatrixRMaj x, FMatrixRMaj e, int h, int w, float[] grad) {
        float[] xd = x.data;
        float[] ed = e.data;
        int xCols = x.numCols;
        int outRows = e.numRows;
        int outCols = e.numCols;
        for (int a = 0; a < h; a++) {
            for (int b = 0; b < w; b += 2) {
                // A lone last tap (odd w) runs its sum twice rather than needing a loop of its own.
                int second = b + 1 < w ? 1 : 0;
                double s0 = 0;
                double s1 = 0;
                double t0 = 0;
                double t1 = 0;
                int i = 0;
                for (; i + 1 < outRows; i += 2) {
                    int x0 = (i + a) * xCols + b;
                    int x1 = x0 + xCols;
                    int e0 = i * outCols;
                    int e1 = e0 + outCols;
                    for (int j = 0; j < outCols; j++) {
                        double u = ed[e0 + j];
                        double v = ed[e1 + j];
                        s0 += xd[x0 + j] * u;
                        t0 += xd[x1 + j] * v;
                        s1 += xd[x0 + j + second] * u;
                        t1 += xd[x1 + j + second] * v;
                    }
                }
                for (; i < outRows; i++) {
                    int x0 = (i + a) * xCols + b;
                    int e0 = i * outCols;
                    for (int j = 0; j < outCols; j++) {
                        double u = ed[e0 + j];
                        s0 += xd[x0 + j] * u;
                        s1 += xd[x0 + j + second] * u;
                    }
                }
                grad[a * w + b] = (float) (2 * (s0 + t0));
                if (second == 1) {
                    grad[a * w + b + 1] = (float) (2 * (s1 + t1));
                }
            }
        }
    }
}
