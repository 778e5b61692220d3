package org.convlab.model.session;

import java.util.List;
import org.convlab.model.WorkspaceState;
import org.convlab.model.training.TrainingSettings;

/**
 * Everything a {@code .convlab} file holds: the workspace (X, K, b), the training settings and
 * which panes are open.
 *
 * @param workspace X, K and b
 * @param training  the training pane's settings (shape, start, learning rate, epochs, bias, seed, stop rule)
 * @param openPanes names of the panes shown: the selected tab ("workspace" or "training") and
 *                  "lessons" when the lessons pane is open
 */
public record Session(WorkspaceState workspace, TrainingSettings training, List<String> openPanes) {
    /** Copies the pane list so the session stays a value. */
    public Session {
        openPanes = List.copyOf(openPanes);
    }
}
