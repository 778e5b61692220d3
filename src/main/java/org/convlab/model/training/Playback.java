package org.convlab.model.training;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Playing a run: its epochs run on the {@link TrainingThread}, and once a frame a clock takes the
 * epochs run since the last frame to the session and allows the ones due at the chosen speed (all
 * it can at full speed). Used on the FX thread.
 */
final class Playback {
    private final TrainingThread worker = new TrainingThread();
    private final DoubleSupplier speed;
    private final Consumer<List<EpochBatch>> shown;
    private TrainingClock clock;
    private long lastFrame;

    /**
     * @param speed epochs per second, infinite for as many as a frame allows
     * @param shown receives the batches run since the last frame, in order, on the FX thread
     */
    Playback(DoubleSupplier speed, Consumer<List<EpochBatch>> shown) {
        this.speed = speed;
        this.shown = shown;
    }

    /**
     * Starts playing; the descent and judge belong to the training thread until {@link #stop()}.
     *
     * @param descent  the run's descent
     * @param judge    the run's judge
     * @param task     the run's task
     * @param settings the settings of the moment, read before every batch
     */
    void play(Descent descent, EpochJudge judge, TrainingTask task, Supplier<TrainingSettings> settings) {
        lastFrame = 0;
        worker.play(descent, judge, task, settings);
        if (clock == null) {
            clock = new TrainingClock(this::frame);
        }
        clock.start();
    }

    /** Stops after the epoch under way, and hands over the epochs run before it stopped. */
    void stop() {
        stopClock();
        worker.stop();
        take();
    }

    /** Stops and forgets the epochs not handed over yet, as when the run is set up again. */
    void discard() {
        stopClock();
        worker.discard();
        lastFrame = 0;
    }

    /** No more frames; the training thread runs what it was allowed. */
    void stopClock() {
        if (clock != null) {
            clock.stop();
        }
    }

    /**
     * One frame: the epochs run since the last frame to the session, the next ones allowed while
     * it still plays.
     *
     * @param now the frame's time in nanoseconds
     */
    void frame(long now) {
        take();
        if (clock == null || !clock.isRunning()) {
            return;
        }
        double rate = speed.getAsDouble();
        double due = lastFrame == 0 ? 1 : rate * (now - lastFrame) / 1e9;
        lastFrame = now;
        worker.allow(due, Math.max(1, rate / 4));
    }

    private void take() {
        List<EpochBatch> batches = worker.drain();
        if (!batches.isEmpty()) {
            shown.accept(batches);
        }
    }
}
