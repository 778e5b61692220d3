package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * What one epoch of gradient descent did, enough for the UI to animate it.
 *
 * @param epoch      1 for the first epoch
 * @param loss       the loss BEFORE this epoch's update
 * @param kernel     the kernel AFTER the update (a copy)
 * @param bias       the bias AFTER the update
 * @param kernelGrad dL/dK at the point before the update (a copy)
 * @param biasGrad   dL/db at the point before the update
 */
public record EpochRecord(int epoch, double loss, FMatrixRMaj kernel, float bias, FMatrixRMaj kernelGrad,
                          double biasGrad) {
}
