package org.convlab.ui.lessons;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.convlab.model.lesson.LessonStep;
import org.convlab.ui.Texts;

/** The text of the current step: its title, where it is shown, and Look / Try / Question. */
final class StepText extends VBox {
    private final Texts texts;
    private final Label title = label("lesson-step-title", "lesson-step-title");
    private final Label pane = label("lesson-pane-hint", "lesson-pane");
    private final Label lookHeading = heading("lessons.look");
    private final Label look = label("lesson-text", "lesson-look");
    private final Label tryHeading = heading("lessons.try");
    private final Label tryThis = label("lesson-text", "lesson-try");
    private final Label questionHeading = heading("lessons.question");
    private final Label question = label("lesson-text", "lesson-question");

    StepText(Texts texts) {
        this.texts = texts;
        lookHeading.setText(texts.get("lessons.look"));
        tryHeading.setText(texts.get("lessons.try"));
        questionHeading.setText(texts.get("lessons.question"));
        question.getStyleClass().add("lesson-question");
        getStyleClass().add("lesson-step");
        getChildren().addAll(title, pane, lookHeading, look, tryHeading, tryThis, questionHeading, question);
    }

    /** Before the first step: an invitation to begin. */
    void showStart() {
        title.setText(texts.get("lessons.start"));
        for (Label l : new Label[] {pane, lookHeading, look, tryHeading, tryThis, questionHeading, question}) {
            l.setVisible(false);
            l.setManaged(false);
        }
    }

    void show(LessonStep step) {
        title.setText(texts.format("lessons.stepLabel", step.id(), step.title()));
        pane.setText(texts.format("lessons.pane", texts.get("lessons.pane." + step.pane().name())));
        look.setText(step.look());
        tryThis.setText(step.tryThis());
        question.setText(step.question());
        showIf(pane, true);
        showIf(lookHeading, true);
        showIf(look, true);
        showIf(tryHeading, !step.tryThis().isBlank());
        showIf(tryThis, !step.tryThis().isBlank());
        showIf(questionHeading, !step.question().isBlank());
        showIf(question, !step.question().isBlank());
    }

    private static void showIf(Label l, boolean shown) {
        l.setVisible(shown);
        l.setManaged(shown);
    }

    private static Label label(String styleClass, String id) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setId(id);
        l.setWrapText(true);
        // a long text takes the lines it needs at the width it has, and the pane scrolls rather than cut it.
        // The height is asked for a width one em narrower: the skin breaks a long Chinese text into one
        // line more than its own preferred height allows for (seen at 200% in a narrow lessons pane)
        l.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> l.getWidth() > 0 ? l.prefHeight(Math.max(1, l.getWidth() - l.getFont().getSize())) : 0,
                l.widthProperty(), l.textProperty(), l.fontProperty()));
        return l;
    }

    private static Label heading(String key) {
        Label l = new Label();
        l.getStyleClass().add("lesson-heading");
        l.setId(key.replace('.', '-'));
        return l;
    }
}
