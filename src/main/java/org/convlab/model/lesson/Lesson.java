package org.convlab.model.lesson;

import java.util.List;

/**
 * A lesson read from a lesson file: a title and the steps a class walks through in order.
 *
 * @param title  what the lesson is called, in the file's language
 * @param steps  at least one step
 * @param source where it was read from (a file name, or the built-in resource), for messages
 */
public record Lesson(String title, List<LessonStep> steps, String source) {
    /** Keeps an unmodifiable copy of the steps. */
    public Lesson {
        steps = List.copyOf(steps);
    }
}
