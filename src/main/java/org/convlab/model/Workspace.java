package org.convlab.model;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.convlab.core.Chapter;
import org.ejml.data.FMatrixRMaj;

/**
 * The document the user edits: X, K and b (one channel or several), changed only through named, undoable steps. A paint
 * stroke (press, drag, release) is one step however many cells it touches.
 */
public final class Workspace {
    private final ReadOnlyObjectWrapper<WorkspaceState> state;
    private final History history = new History();
    private WorkspaceState strokeStart;
    private FMatrixRMaj strokeCanvas;
    private int strokeChannel;

    /** A workspace on the chapter's example: the 6x8 edge image, K = [1, -1], bias 0. */
    public Workspace() {
        this(new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0f));
    }

    /**
     * A workspace on the given state.
     *
     * @param initial the first state
     */
    public Workspace(WorkspaceState initial) {
        state = new ReadOnlyObjectWrapper<>(this, "state", initial);
    }

    /**
     * The current state; it changes as a whole with every step.
     *
     * @return the property
     */
    public ReadOnlyObjectProperty<WorkspaceState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /**
     * The current state.
     *
     * @return X, K and b
     */
    public WorkspaceState state() {
        return state.get();
    }

    /**
     * The undo history.
     *
     * @return the history
     */
    public History history() {
        return history;
    }

    /**
     * Makes one undoable step. A step that changes nothing is not recorded.
     *
     * @param description the step's message key
     * @param change      from the current state to the next
     * @throws IllegalArgumentException if the change produces an invalid state (nothing changes)
     */
    public void change(String description, UnaryOperator<WorkspaceState> change) {
        finishStroke();
        WorkspaceState before = state.get();
        WorkspaceState after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        state.set(after);
        history.push(new Edit(description, before, after));
    }

    /** Starts a paint stroke on input channel 0; cells painted until {@link #endStroke()} make one step. */
    public void beginStroke() {
        beginStroke(0);
    }

    /**
     * Starts a paint stroke on one input channel; cells painted until {@link #endStroke()} make one step.
     *
     * @param channel the input channel painted
     */
    public void beginStroke(int channel) {
        finishStroke();
        strokeStart = state.get();
        strokeChannel = channel;
        strokeCanvas = strokeStart.input(channel).copy();
    }

    /**
     * Paints one cell of input channel 0 during a stroke (or as a one-cell step outside a stroke).
     *
     * @param row    the cell's row
     * @param column the cell's column
     * @param value  the finite value to paint
     */
    public void paint(int row, int column, float value) {
        paint(strokeCanvas == null ? 0 : strokeChannel, row, column, value);
    }

    /**
     * Paints one cell of an input channel during a stroke on it (or as a one-cell step outside a stroke).
     *
     * @param channel the input channel
     * @param row     the cell's row
     * @param column  the cell's column
     * @param value   the finite value to paint
     */
    public void paint(int channel, int row, int column, float value) {
        if (strokeCanvas == null || strokeChannel != channel) {
            if (channel < 0 || channel >= state.get().inputChannels()) {
                return;
            }
            beginStroke(channel);
            paint(channel, row, column, value);
            endStroke();
            return;
        }
        if (!Float.isFinite(value) || row < 0 || column < 0 || row >= strokeCanvas.numRows
                || column >= strokeCanvas.numCols || strokeCanvas.get(row, column) == value) {
            return;
        }
        strokeCanvas.set(row, column, value);
        state.set(state.get().withInput(strokeChannel, strokeCanvas));
    }

    /** Ends a paint stroke, recording it as one step if it changed anything. */
    public void endStroke() {
        finishStroke();
    }

    /**
     * Takes back the last step.
     *
     * @return whether there was one
     */
    public boolean undo() {
        finishStroke();
        return history.popUndo().map(e -> {
            state.set(e.before());
            return true;
        }).orElse(false);
    }

    /**
     * Does again the last step undone.
     *
     * @return whether there was one
     */
    public boolean redo() {
        finishStroke();
        return history.popRedo().map(e -> {
            state.set(e.after());
            return true;
        }).orElse(false);
    }

    /**
     * Replaces the whole document, as when a session is opened; the history starts afresh.
     *
     * @param next the new state
     */
    public void replace(WorkspaceState next) {
        finishStroke();
        state.set(next);
        history.clear();
    }

    private void finishStroke() {
        if (strokeCanvas == null) {
            return;
        }
        WorkspaceState before = strokeStart;
        WorkspaceState after = state.get();
        strokeCanvas = null;
        strokeStart = null;
        if (!before.equals(after)) {
            history.push(new Edit("edit.paintStroke", before, after));
        }
    }
}
