package org.convlab.model;

/**
 * One undoable step: the state before and after it and what it was. Undo restores {@code before},
 * redo restores {@code after}.
 *
 * @param description a message key naming the step ("edit.paintStroke"), resolved by the UI in
 *                    the user's language
 * @param before      the state the step started from
 * @param after       the state it produced
 */
public record Edit(String description, WorkspaceState before, WorkspaceState after) {
}
