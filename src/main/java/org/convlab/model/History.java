package org.convlab.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The undo and redo stacks of a workspace, bounded so that a long lesson cannot exhaust memory.
 * The revision counts every change (including undo and redo), so a title bar or a Save action can
 * tell whether the document changed since it was saved.
 */
public final class History {
    /** How many steps can be undone. */
    public static final int CAPACITY = 200;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    /** Records a step that was just done; clears the redo stack. */
    void push(Edit edit) {
        undo.push(edit);
        if (undo.size() > CAPACITY) {
            undo.removeLast();
        }
        redo.clear();
        changed();
    }

    /** Takes the step to undo, moving it to the redo stack. */
    Optional<Edit> popUndo() {
        Edit e = undo.poll();
        if (e != null) {
            redo.push(e);
            changed();
        }
        return Optional.ofNullable(e);
    }

    /** Takes the step to redo, moving it back to the undo stack. */
    Optional<Edit> popRedo() {
        Edit e = redo.poll();
        if (e != null) {
            undo.push(e);
            changed();
        }
        return Optional.ofNullable(e);
    }

    /** Forgets every step, as when a session is opened. */
    void clear() {
        undo.clear();
        redo.clear();
        changed();
    }

    /**
     * The step Undo would take back.
     *
     * @return its description key, if any
     */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    /**
     * The step Redo would do again.
     *
     * @return its description key, if any
     */
    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    /**
     * Counts changes: it grows with every push, undo, redo and clear.
     *
     * @return the revision property
     */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * Whether there is a step to undo.
     *
     * @return the property
     */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /**
     * Whether there is a step to redo.
     *
     * @return the property
     */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        revision.set(revision.get() + 1);
    }
}
