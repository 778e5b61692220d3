package org.convlab.model.training;

/** Where a training session stands. */
public enum TrainingPhase {
    /** Set up, no epoch run yet. */
    READY,
    /** Epochs are being run, a few each frame. */
    RUNNING,
    /** Stopped by the user; play or step continues. */
    PAUSED,
    /** The epoch count was reached; raising it allows more. */
    FINISHED,
    /** The loss fell below the tolerance, or stopped falling. */
    CONVERGED,
    /** The loss grew: the learning rate is too high. Only a reset continues. */
    DIVERGED,
    /** The task cannot be set up (a kernel that does not fit, ...); the notice says why. */
    INVALID;

    /**
     * Whether another epoch can be run from here.
     *
     * @return true for READY, RUNNING and PAUSED
     */
    public boolean canStep() {
        return this == READY || this == RUNNING || this == PAUSED;
    }
}
