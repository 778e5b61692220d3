package org.convlab.ui.training;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convlab.model.training.Figures;
import org.convlab.model.training.TrainingSession;
import org.convlab.model.training.TrainingSettings;
import org.convlab.ui.Texts;

/** The settings that act on a running session: learning rate, epochs, convergence, tolerance. */
final class RunSettingsPane {
    private final VBox root = new VBox();

    RunSettingsPane(TrainingSession session, Texts texts) {
        NumberField lr = new NumberField(v -> v > 0, Figures::rate, texts.get("run.lr.invalid"));
        lr.setId("lr");
        lr.setOnCommit(v -> session.setSettings(session.settings().withLearningRate(v)));
        NumberField epochs = new NumberField(v -> v >= 1 && v <= 1_000_000 && v == Math.rint(v),
                v -> Long.toString(Math.round(v)), texts.get("run.epochs.invalid"));
        epochs.setId("epochs");
        epochs.setOnCommit(v -> session.setSettings(session.settings().withEpochs((int) Math.round(v))));
        CheckBox convergence = new CheckBox(texts.get("run.convergence"));
        convergence.setId("runToConvergence");
        convergence.setWrapText(true);
        convergence.setTooltip(new javafx.scene.control.Tooltip(texts.get("run.convergence.tip")));
        convergence.selectedProperty().addListener((obs, before, after) ->
                session.setSettings(session.settings().withRunToConvergence(after)));
        NumberField tolerance = new NumberField(v -> v >= 0, Figures::rate, texts.get("run.tolerance.invalid"));
        tolerance.setId("tolerance");
        tolerance.setOnCommit(v -> session.setSettings(session.settings().withTolerance(v)));
        epochs.disableProperty().bind(convergence.selectedProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        Label lrLabel = label(texts.get("run.lr"), lr);
        lrLabel.setTooltip(new javafx.scene.control.Tooltip(texts.get("run.lr.note")));
        grid.addRow(0, lrLabel, lr);
        grid.addRow(1, label(texts.get("run.epochs"), epochs), epochs);
        grid.addRow(2, label(texts.get("run.tolerance"), tolerance), tolerance);
        Label title = sectionTitle(texts.get("run.title"));
        root.getChildren().addAll(title, grid, convergence);
        root.getStyleClass().add("side-section");

        Runnable show = () -> {
            TrainingSettings s = session.settings();
            lr.show(s.learningRate());
            epochs.show(s.epochs());
            tolerance.show(s.tolerance());
            convergence.setSelected(s.runToConvergence());
        };
        session.settingsProperty().addListener((obs, before, after) -> show.run());
        show.run();
    }

    VBox root() {
        return root;
    }

    static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    static Label label(String text, javafx.scene.Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        l.setWrapText(true);
        return l;
    }
}
