package org.convlab.core;

/**
 * The summed squared loss {@code L = sum((Y_hat - Y)^2)} of a layer with channels and its gradient.
 *
 * @param loss       L over every output channel, accumulated in double
 * @param kernelGrad dL/dK, the bank's shape: {@code 2 corr2d(X[c], E[o])} for kernel (o, c)
 * @param biasGrad   dL/db, one per output channel: {@code 2 sum(E[o])}
 * @param error      E = Y_hat - Y, the output's shape
 */
public record BankGradient(double loss, KernelBank kernelGrad, double[] biasGrad, ChannelStack error) {
}
