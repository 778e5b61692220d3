package org.convlab.model.lesson;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.convlab.model.Workspace;

/**
 * Where a class is in a lesson. Going to a step sets the workspace up as one undoable change
 * ("edit.lesson"), so a student's experiment can be undone back to the lesson's setup and the
 * lesson's setup back to the student's own work. Panes other than the workspace (training, the
 * matrix view) follow {@link #stepProperty()}.
 */
public final class LessonProgress {
    /** The undo description key of applying a step. */
    public static final String EDIT_KEY = "edit.lesson";

    private final Workspace workspace;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<LessonStep> step = new ReadOnlyObjectWrapper<>(this, "step");

    /**
     * Progress through lessons on a workspace.
     *
     * @param workspace the workspace each step sets up
     */
    public LessonProgress(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Opens a lesson before its first step: the workspace is left as it is until a step is chosen.
     *
     * @param next the lesson
     */
    public void open(Lesson next) {
        lesson.set(next);
        index.set(-1);
        step.set(null);
    }

    /**
     * Goes to a step and sets the workspace up for it; going to the current step again restores
     * its setup after the class has experimented.
     *
     * @param i the 0-based step
     * @throws IndexOutOfBoundsException if there is no such step
     */
    public void go(int i) {
        LessonStep target = lesson.get().steps().get(i);
        workspace.change(EDIT_KEY, state -> target.setup());
        index.set(i);
        if (step.get() == target) {
            step.set(null);
        }
        step.set(target);
    }

    /**
     * Makes a step the current one without setting the workspace up again, since the class may
     * have changed it since: for the same lesson shown anew, as in another language.
     *
     * @param i the 0-based step
     * @throws IndexOutOfBoundsException if there is no such step
     */
    public void resume(int i) {
        LessonStep target = lesson.get().steps().get(i);
        index.set(i);
        step.set(target);
    }

    /**
     * Goes to the next step.
     *
     * @return false on the last step (nothing changes)
     */
    public boolean next() {
        if (lesson.get() == null || index.get() + 1 >= lesson.get().steps().size()) {
            return false;
        }
        go(index.get() + 1);
        return true;
    }

    /**
     * Goes to the previous step.
     *
     * @return false on the first step (nothing changes)
     */
    public boolean previous() {
        if (lesson.get() == null || index.get() <= 0) {
            return false;
        }
        go(index.get() - 1);
        return true;
    }

    /**
     * The open lesson.
     *
     * @return the property; null before one is opened
     */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /**
     * The current step's index.
     *
     * @return the property; -1 before the first step
     */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /**
     * The current step: the seam the training pane and the window read to follow the lesson. It
     * fires again when the same step is chosen again.
     *
     * @return the property; null before the first step
     */
    public ReadOnlyObjectProperty<LessonStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /**
     * The workspace the steps set up.
     *
     * @return the workspace
     */
    public Workspace workspace() {
        return workspace;
    }
}
