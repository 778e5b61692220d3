package org.convlab.ui.training;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.convlab.model.training.Figures;
import org.convlab.model.training.Snapshot;
import org.convlab.model.training.TrainingPhase;
import org.convlab.model.training.TrainingSession;
import org.convlab.ui.Texts;

/** Play/pause, step, reset, the speed and the status line. */
final class RunBar {
    /** The speed slider's stops in epochs per second; the last runs as fast as frames allow. */
    static final double[] SPEEDS = {1, 2, 5, 10, 20, 30, 60, TrainingSession.FASTEST};
    private final TrainingSession session;
    private final Texts texts;
    /** Wraps in a narrow or zoomed window, so Play, Step and the status stay in view and whole. */
    private final FlowPane root = new FlowPane();
    private final Button play = new Button();
    private final Label status = new Label();

    RunBar(TrainingSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        play.setId("play");
        play.getStyleClass().add("play-button");
        play.setTooltip(new Tooltip(texts.get("button.play.tip")));
        play.setOnAction(e -> {
            if (session.phase() == TrainingPhase.RUNNING) {
                session.pause();
            } else {
                session.play();
            }
        });
        Button step = new Button(texts.get("button.step"));
        step.setId("step");
        step.setTooltip(new Tooltip(texts.get("button.step.tip")));
        step.setOnAction(e -> session.step());
        Button reset = new Button(texts.get("button.reset"));
        reset.setId("reset");
        reset.setTooltip(new Tooltip(texts.get("button.reset.tip")));
        reset.setOnAction(e -> session.reset());
        step.disableProperty().bind(Bindings.createBooleanBinding(() -> !canRun(), session.phaseProperty(),
                session.settingsProperty(), session.snapshotProperty()));
        play.disableProperty().bind(step.disableProperty());
        play.textProperty().bind(Bindings.createStringBinding(() -> texts.get(
                session.phase() == TrainingPhase.RUNNING ? "button.pause" : "button.play"), session.phaseProperty()));

        Slider speed = new Slider(0, SPEEDS.length - 1, indexOf(session.speedProperty().get()));
        speed.setId("speed");
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setBlockIncrement(1);
        speed.getStyleClass().add("speed-slider");
        speed.valueProperty().addListener((obs, before, after) ->
                session.speedProperty().set(SPEEDS[(int) Math.round(after.doubleValue())]));
        Label speedValue = new Label();
        speedValue.getStyleClass().add("speed-value");
        speedValue.textProperty().bind(Bindings.createStringBinding(() -> speedText(session.speedProperty().get()),
                session.speedProperty()));
        Label speedLabel = new Label(texts.get("speed.label"));
        speedLabel.setLabelFor(speed);

        status.setId("status");
        status.getStyleClass().add("training-status");
        session.phaseProperty().addListener((obs, before, after) -> updateStatus());
        session.snapshotProperty().addListener((obs, before, after) -> updateStatus());
        updateStatus();
        status.setWrapText(true);
        status.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> root.getWidth()
                - root.getPadding().getLeft() - root.getPadding().getRight(), root.widthProperty(),
                root.paddingProperty()));
        root.getChildren().addAll(play, step, reset, speedLabel, speed, speedValue, status);
        root.getStyleClass().add("run-bar");
    }

    FlowPane root() {
        return root;
    }

    private boolean canRun() {
        TrainingPhase p = session.phase();
        Snapshot s = session.snapshotProperty().get();
        boolean epochsLeft = session.settings().runToConvergence() || s == null
                || s.epoch() < session.settings().epochs();
        return p.canStep() && epochsLeft;
    }

    private void updateStatus() {
        Snapshot s = session.snapshotProperty().get();
        String phase = texts.get("phase." + session.phase().name());
        if (s == null) {
            status.setText(phase);
        } else if (s.hasLoss()) {
            status.setText(texts.format("status.text", phase, Integer.toString(s.epoch()), Figures.loss(s.loss())));
        } else {
            status.setText(texts.format("status.noLoss", phase, Integer.toString(s.epoch())));
        }
    }

    private String speedText(double v) {
        return Double.isInfinite(v) ? texts.get("speed.max") : texts.format("speed.value", Figures.rate(v));
    }

    private static int indexOf(double speed) {
        int best = 0;
        for (int i = 0; i < SPEEDS.length; i++) {
            if (Math.abs(SPEEDS[i] - speed) < Math.abs(SPEEDS[best] - speed)) {
                best = i;
            }
        }
        return best;
    }
}
