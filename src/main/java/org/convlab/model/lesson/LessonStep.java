package org.convlab.model.lesson;

import java.util.List;
import java.util.Optional;
import org.convlab.model.WorkspaceState;

/**
 * One step of a lesson: what the workspace (and the training pane) is set to, and the short text
 * the class reads. This is the seam the panes read: the workspace gets {@link #setup()} as one
 * undoable change, the training pane reads {@link #training()}, the window brings
 * {@link #pane()} to the front.
 *
 * @param id       the chapter's numbering ("6.2.1", "Ex. 1a"), shown in the list
 * @param title    a short title
 * @param look     what to look at
 * @param tryThis  what to try
 * @param question a question for the class
 * @param exercise true for the chapter's exercises, false for its sections
 * @param setup    X, K and b for the workspace
 * @param training how the training pane starts, if this step trains
 * @param pane     the pane to show
 * @param claims   the facts the text states, checked against the setup when the file is read
 */
public record LessonStep(String id, String title, String look, String tryThis, String question, boolean exercise,
                         WorkspaceState setup, Optional<TrainingSetup> training, LessonPane pane,
                         List<Claim> claims) {
    /** Keeps an unmodifiable copy of the claims. */
    public LessonStep {
        claims = List.copyOf(claims);
    }
}
