package org.convlab.ui;

import java.util.Arrays;
import java.util.SplittableRandom;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.convlab.model.Workspace;
import org.convlab.model.training.InitKind;
import org.convlab.model.training.TrainingSession;
import org.convlab.model.training.TrainingSettings;
import org.ejml.data.FMatrixRMaj;

/**
 * The training part of {@code convlab --measure}: a 256x256 input learning a 5x5 kernel at full
 * speed on the training tab, 1 s of warm-up, then 3 s measured. Prints the epochs per second, the
 * time between rendered frames and the FX thread's busy time per pulse (from the pulse's start to
 * the end of its layout, so the training's own frame work is inside it).
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

    TrainingMeasure(Scene scene, MainWindow window, RenderClock clock, Runnable then) {
        this.scene = scene;
        this.window = window;
        this.clock = clock;
        this.then = then;
    }

    void start() {
        Workspace workspace = window.workspace();
        SplittableRandom random = new SplittableRandom(11);
        workspace.change("edit.inputPreset", s -> s.withInput(random(256, 256, random)).withKernel(random(5, 5, random)));
        window.showTrainingTab();
        TrainingSession session = window.training();
        session.setSettings(TrainingSettings.chapter().withInit(InitKind.RANDOM).withLearningRate(1e-7)
                .withTolerance(0).withRunToConvergence(true));
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
                System.out.println("train 256x256, kernel 5x5, fastest, 3 s after 1 s warm-up: "
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

    private static FMatrixRMaj random(int rows, int cols, SplittableRandom random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextDouble(-1, 1);
        }
        return m;
    }
}
