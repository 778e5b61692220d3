package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * The summed squared loss {@code L = sum((Y_hat - Y)^2)} at one point and its gradient.
 *
 * @param loss       L, accumulated in double
 * @param kernelGrad dL/dK = 2 corr2d(X, E) with E = Y_hat - Y, the kernel's shape
 * @param biasGrad   dL/db = 2 sum(E)
 * @param error      E = Y_hat - Y, the output's shape
 */
public record LossGradient(double loss, FMatrixRMaj kernelGrad, double biasGrad, FMatrixRMaj error) {
}
