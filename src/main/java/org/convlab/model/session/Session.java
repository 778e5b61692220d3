package org.convlab.model.session;

import java.util.List;
import org.convlab.model.WorkspaceState;

/**
 * Everything a {@code .convlab} file holds: the workspace (X, K, b), the training settings and
 * which panes are open.
 *
 * @param workspace X, K and b
 * @param training  the training pane's settings
 * @param openPanes names of the panes shown ("workspace", "training", "matrix", "lessons")
 */
public record Session(WorkspaceState workspace, TrainingSetup training, List<String> openPanes) {
    /** Copies the pane list so the session stays a value. */
    public Session {
        openPanes = List.copyOf(openPanes);
    }
}
