package org.convlab.model.training;

import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.convlab.model.Workspace;

/**
 * Follows the workspace for a training session. Before a run has started, an edit sets it up again
 * at once, or for a large input once the edits pause (a paint stroke is one setup, not one per
 * cell); once a run has started, an edit only marks it stale and Reset takes the new workspace.
 */
final class WorkspaceWatch {
    /** Inputs up to this many cells are set up again at once on every edit; larger ones when edits pause. */
    static final int IMMEDIATE_SETUP_CELLS = 64 * 64;
    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private final Subscription watching;

    /**
     * Starts following.
     *
     * @param workspace the workspace
     * @param untouched whether the run has not started, so an edit may set it up again
     * @param setUp     sets the run up again from the workspace
     * @param staled    marks a started run stale
     */
    WorkspaceWatch(Workspace workspace, BooleanSupplier untouched, Runnable setUp, Runnable staled) {
        settle.setOnFinished(e -> setUp.run());
        watching = workspace.stateProperty().subscribe((before, after) -> {
            if (!untouched.getAsBoolean()) {
                staled.run();
            } else if (workspace.state().input().getNumElements() <= IMMEDIATE_SETUP_CELLS) {
                settle.stop();
                setUp.run();
            } else {
                settle.playFromStart();
            }
        });
    }

    /**
     * Whether a setup is still waiting for the edits to pause; it is dropped, for the caller to
     * set up now.
     *
     * @return true if one was waiting
     */
    boolean takePending() {
        if (settle.getStatus() == Animation.Status.RUNNING) {
            settle.stop();
            return true;
        }
        return false;
    }

    /** Stops following for good. */
    void dispose() {
        watching.unsubscribe();
        settle.stop();
    }
}
