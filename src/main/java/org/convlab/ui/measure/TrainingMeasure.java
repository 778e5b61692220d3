package org.convlab.ui.measure;

import java.util.Arrays;
import java.util.SplittableRandom;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.convlab.model.Workspace;
import org.convlab.model.training.TrainingSession;
import org.convlab.model.training.TrainingSettings;
import org.convlab.ui.MainWindow;

/**
 * The training part of {@code convlab --measure}: a task learned at full speed on the training tab,
 * 1 s of warm-up, then 3 s measured: first the chapter's 6x8 edge image and 1x2 kernel, then a
 * 256x256 input with a 5x5 kernel. Prints the epochs per second, the time between rendered frames
 * and the FX thread's busy time per pulse (from the pulse's start to the end of its layout, so the
 * training's own frame work is inside it). A tiny learning rate keeps both runs going.
 */
final class TrainingMeasure {
    private static final int MAX_PULSES = 10_000;
    private final Scene scene;
    private final MainWindow window;
    private final RenderClock clock;
    private final Runnable then;
    private final long[] busy = new long[MAX_PULSES];
    private int pulses;
    private long pulseStart;
    private boolean measuring;

    private final int rows;
    private final int cols;
    private final int kernelRows;
    private final int kernelCols;

    TrainingMeasure(Scene scene, MainWindow window, RenderClock clock, int[] task, Runnable then) {
        this.rows = task[0];
        this.cols = task[1];
        this.kernelRows = task[2];
        this.kernelCols = task[3];
        this.scene = scene;
        this.window = window;
        this.clock = clock;
        this.then = then;
    }

    void start() {
        Workspace workspace = window.workspace();
        SplittableRandom random = new SplittableRandom(11);
        workspace.change("edit.inputPreset", s -> s.withInput(MeasureMode.random(rows, cols, random))
                .withKernel(MeasureMode.random(kernelRows, kernelCols, random)));
        window.showTrainingTab();
        TrainingSession session = window.training();
        session.setSettings(TrainingSettings.endless(rows < 64 ? 1e-5 : 1e-7));
        session.reset();
        session.speedProperty().set(TrainingSession.FASTEST);
        AnimationTimer pulseTimer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulseStart = now;
            }
        };
        Runnable afterLayout = () -> {
            if (measuring && pulses < MAX_PULSES) {
                busy[pulses++] = System.nanoTime() - pulseStart;
            }
        };
        pulseTimer.start();
        scene.addPostLayoutPulseListener(afterLayout);
        session.play();
        PauseTransition warmUp = new PauseTransition(Duration.seconds(1));
        warmUp.setOnFinished(w -> {
            int firstEpoch = session.snapshotProperty().get().epoch();
            long from = System.nanoTime();
            measuring = true;
            PauseTransition run = new PauseTransition(Duration.seconds(3));
            run.setOnFinished(r -> {
                measuring = false;
                long to = System.nanoTime();
                session.pause();
                pulseTimer.stop();
                scene.removePostLayoutPulseListener(afterLayout);
                int epochs = session.snapshotProperty().get().epoch() - firstEpoch;
                long[] gaps = clock.gapsBetween(from, to);
                long[] pulse = Arrays.copyOf(busy, pulses);
                System.out.println("train " + rows + "x" + cols + ", kernel " + kernelRows + "x" + kernelCols
                        + ", fastest, 3 s after 1 s warm-up: "
                        + Math.round(epochs / ((to - from) / 1e9)) + " epochs/s; time between rendered frames "
                        + (gaps.length == 0 ? "not timed" : "p50 " + MeasureMode.ms(MeasureMode.percentile(gaps, 50))
                        + " ms, p99 " + MeasureMode.ms(MeasureMode.percentile(gaps, 99)) + " ms")
                        + "; FX thread busy per pulse p50 " + MeasureMode.ms(MeasureMode.percentile(pulse, 50))
                        + " ms, p99 " + MeasureMode.ms(MeasureMode.percentile(pulse, 99)) + " ms");
                System.out.flush();
                then.run();
            });
            run.play();
        });
        warmUp.play();
    }
}
