package org.convlab.model.lesson;

/** Which part of the window a lesson step wants in front. */
public enum LessonPane {
    /** X, K and Y side by side. */
    WORKSPACE,
    /** The training pane: loss curve, kernel path, landscape. */
    TRAINING,
    /** Cross-correlation written as a matrix multiplication. */
    MATRIX
}
