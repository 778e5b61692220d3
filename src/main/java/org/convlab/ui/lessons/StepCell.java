package org.convlab.ui.lessons;

import javafx.scene.control.ListCell;
import org.convlab.model.lesson.LessonStep;
import org.convlab.ui.Texts;

/** A step in the lesson's list: "6.2.1  The cross-correlation"; exercises styled apart. */
final class StepCell extends ListCell<LessonStep> {
    private final Texts texts;

    StepCell(Texts texts) {
        this.texts = texts;
        getStyleClass().add("lesson-step-cell");
        // long titles wrap to the list's width instead of ending in "..."
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(LessonStep step, boolean empty) {
        super.updateItem(step, empty);
        getStyleClass().remove("exercise");
        if (empty || step == null) {
            setText(null);
            return;
        }
        setText(texts.format("lessons.stepLabel", step.id(), step.title()));
        if (step.exercise()) {
            getStyleClass().add("exercise");
        }
    }
}
