package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * The squared loss of a convolution followed by pooling, {@code L = sum((pool(corr2d(X, K) + b) -
 * Z)^2)} (D2L 6.5 after 6.2.4), and its gradient by the chain rule: the error at the pooled output
 * goes back through the pooling ({@link Pooling#backward}: max pooling routes each window's error to
 * the cell that won, average pooling spreads it over the window), which gives dL/dY, and dL/dK is
 * then the convolution's own kernel gradient of that map.
 *
 * <p>With max pooling only the winning cells of Y get a gradient, so a kernel weight whose taps
 * read nothing but zeros under the winners gets none: {@link #routedCells} counts the cells the
 * gradient reached.
 */
public final class PooledLoss {
    private PooledLoss() {
    }

    /**
     * Loss and gradient at the layer's current output.
     *
     * @param x        the input X, not modified
     * @param yHat     the convolution's output corr2d(X, K) + b with the geometry, not modified
     * @param target   the target Z, the pooling's output shape, not modified
     * @param h        kernel rows
     * @param w        kernel columns
     * @param geometry the convolution's padding, stride and dilation
     * @param window   the pooling window, its stride and padding
     * @param mode     max or average
     * @return the loss, dL/dK, dL/db and, as the error, dL/dY / 2 (Y's shape: where the gradient
     *         reached Y)
     * @throws IllegalArgumentException if the target's shape is not the pooled output's
     */
    public static LossGradient of(FMatrixRMaj x, FMatrixRMaj yHat, FMatrixRMaj target, int h, int w,
                                  ConvGeometry geometry, PoolWindow window, PoolMode mode) {
        FMatrixRMaj z = Pooling.pool2d(yHat, window, mode, null);
        Shapes.requireSameShape(z, target, "target");
        double loss = 0;
        for (int i = 0; i < z.getNumElements(); i++) {
            z.data[i] -= target.data[i];
            loss += (double) z.data[i] * z.data[i];
        }
        FMatrixRMaj dy = Pooling.backward(yHat, window, mode, z, null);
        double sum = 0;
        for (int i = 0; i < dy.getNumElements(); i++) {
            sum += dy.data[i];
        }
        FMatrixRMaj grad = geometry.isValid() ? Conv2D.kernelGradient(x, dy, h, w, null)
                : GeometryCorrelation.kernelGradient(x, dy, h, w, geometry, null);
        return new LossGradient(loss, grad, 2 * sum, dy);
    }

    /**
     * How many cells of Y the gradient reached.
     *
     * @param error the error of a {@link #of} result, dL/dY / 2
     * @return the cells that are not 0
     */
    public static int routedCells(FMatrixRMaj error) {
        int n = 0;
        for (int i = 0; i < error.getNumElements(); i++) {
            n += error.data[i] != 0 ? 1 : 0;
        }
        return n;
    }
}
