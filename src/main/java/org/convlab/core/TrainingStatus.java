package org.convlab.core;

/** Where a {@link Trainer} stands. */
public enum TrainingStatus {
    /** Steps can be taken. */
    RUNNING,
    /**
     * The loss became non-finite or grew beyond a million times its first value: the learning rate
     * is too high and each step overshoots. The parameters are those before the step that failed.
     */
    DIVERGED
}
