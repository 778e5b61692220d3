package org.convlab.ui.workspace;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import org.convlab.ui.Texts;

/**
 * The window sliding over X in reading order while Y fills in cell by cell: play and pause, one
 * step, a speed and a scrubber. The position is the output cell being computed, in raster order;
 * -1 means the animation is off and Y is shown whole.
 */
final class SlideAnimation {
    private final IntegerProperty position = new SimpleIntegerProperty(-1);
    private final Timeline timeline = new Timeline();
    private final ToggleButton play;
    private final Slider speed = new Slider(0.5, 20, 3);
    private final Slider scrubber = new Slider(0, 1, 0);
    private final FlowPane controls;
    private final Texts texts;
    private int cells;
    private boolean scrubbing;

    SlideAnimation(Texts texts) {
        this.texts = texts;
        timeline.setCycleCount(Timeline.INDEFINITE);
        play = Controls.withTip(new ToggleButton(), texts, "slide.play");
        play.setId("slide-play");
        play.selectedProperty().addListener((o, was, is) -> playing(is));
        Button step = Controls.button(texts, "slide.step", this::step);
        step.setId("slide-step");
        Button reset = Controls.button(texts, "slide.reset", this::reset);
        reset.setId("slide-reset");
        speed.setTooltip(Controls.tip(texts.get("slide.speed.tooltip")));
        speed.setId("slide-speed");
        speed.valueProperty().addListener((o, a, b) -> retime());
        scrubber.setTooltip(Controls.tip(texts.get("slide.position.tooltip")));
        scrubber.setId("slide-position");
        scrubber.setBlockIncrement(1);
        scrubber.setMajorTickUnit(1);
        scrubber.setMinorTickCount(0);
        scrubber.setSnapToTicks(true);
        scrubber.valueProperty().addListener((o, a, b) -> {
            if (!scrubbing) {
                position.set((int) Math.round(b.doubleValue()));
            }
        });
        position.addListener((o, a, b) -> {
            scrubbing = true;
            scrubber.setValue(Math.max(0, b.intValue()));
            scrubbing = false;
        });
        controls = new FlowPane(play, step, reset, Controls.label(texts.get("slide.speed"), "tool-label"), speed,
                Controls.label(texts.get("slide.position"), "tool-label"), scrubber);
        controls.getStyleClass().addAll("toolbar", "slide-controls");
        retime();
        setCellCount(0);
    }

    IntegerProperty positionProperty() {
        return position;
    }

    FlowPane controls() {
        return controls;
    }

    /** Adapts to a new Y: a position beyond its last cell moves to the last cell. */
    void setCellCount(int count) {
        cells = count;
        controls.setDisable(count == 0);
        scrubber.setMax(Math.max(1, count - 1));
        if (count == 0) {
            play.setSelected(false);
            position.set(-1);
        } else if (position.get() >= count) {
            position.set(count - 1);
        }
    }

    void step() {
        if (cells == 0) {
            return;
        }
        int next = position.get() + 1;
        if (next >= cells) {
            // At the last cell the animation stops there; Play starts it again from the first.
            play.setSelected(false);
            return;
        }
        position.set(next);
    }

    private void playing(boolean on) {
        play.setText(texts.get(on ? "slide.pause" : "slide.play"));
        if (on) {
            if (position.get() < 0 || position.get() >= cells - 1) {
                position.set(0);
            }
            timeline.play();
        } else {
            timeline.stop();
        }
    }

    private void reset() {
        play.setSelected(false);
        position.set(-1);
    }

    private void retime() {
        boolean running = play.isSelected();
        timeline.stop();
        timeline.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1 / speed.getValue()), e -> step()));
        if (running) {
            timeline.play();
        }
    }
}
