package org.convlab.model.training;

/**
 * One point of the loss curve.
 *
 * @param epoch the epoch, from 1
 * @param loss  the loss before that epoch's update, finite
 */
public record LossPoint(int epoch, double loss) {
}
