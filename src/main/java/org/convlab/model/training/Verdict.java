package org.convlab.model.training;

/** What an epoch's outcome means for the run. */
enum Verdict {
    /** Nothing to stop for. */
    GO_ON,
    /** The loss blew up or kept rising: stop with the divergence message. */
    DIVERGED,
    /** The loss fell below the tolerance. */
    CONVERGED,
    /** Running to convergence, the loss stopped falling. */
    PLATEAU,
    /** Running to convergence hit the hard limit of epochs. */
    MAX_EPOCHS,
    /** The chosen number of epochs is done. */
    FINISHED
}
