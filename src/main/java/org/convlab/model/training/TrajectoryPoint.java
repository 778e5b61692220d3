package org.convlab.model.training;

/**
 * Where the parameters were after an epoch, for drawing the path on the loss landscape.
 *
 * @param epoch the epoch (0 for the start)
 * @param theta the parameters, kernel cells row by row then the bias if learned; never modified
 */
public record TrajectoryPoint(int epoch, double[] theta) {
    /** Copies the parameters in. */
    public TrajectoryPoint {
        theta = theta.clone();
    }

    /**
     * One parameter.
     *
     * @param i its index
     * @return θ_i
     */
    public double at(int i) {
        return theta[i];
    }
}
