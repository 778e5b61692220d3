package org.convlab.ui.training;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convlab.model.training.TrainingPhase;
import org.convlab.model.training.TrainingSession;
import org.convlab.ui.Texts;

/** The training log, line for line as the chapter prints it, kept scrolled to the newest line. */
final class LogPanel {
    private final VBox root = new VBox();
    private final ListView<String> list = new ListView<>();
    private final Throttle throttle = new Throttle(100);

    LogPanel(TrainingSession session, Texts texts) {
        list.setId("log");
        list.getStyleClass().add("training-log");
        list.setItems(session.log());
        list.setFocusTraversable(true);
        session.snapshotProperty().addListener((obs, before, after) -> {
            if (throttle.pass(session.phase() == TrainingPhase.RUNNING)) {
                scrollToEnd();
            }
        });
        session.phaseProperty().addListener((obs, before, after) -> scrollToEnd());
        Label title = RunSettingsPane.sectionTitle(texts.get("log.title"));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(title, list);
        root.getStyleClass().add("side-section");
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    VBox root() {
        return root;
    }

    private void scrollToEnd() {
        if (!list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
    }
}
