package org.convlab.model.training;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableList;
import org.convlab.core.BankGradient;
import org.convlab.core.BankTrainer;
import org.convlab.core.LossLandscape;
import org.convlab.model.Workspace;

/**
 * The training pane's state: gradient descent learning a kernel from the workspace's X and
 * Y = corr2d(X, K_true) + b_true, as the chapter does in 6.2.4, one epoch at a time; with channels
 * (D2L 6.4) a whole kernel bank, from the workspace's output or from X's gray version
 * ({@link TargetKind}).
 *
 * <p>While playing, the epochs run on a training thread ({@link TrainingThread}), never on the FX
 * thread: each frame allows the epochs due at the chosen speed (all it can at full speed), takes
 * the epochs run since the last frame, adds them to the log and the curves and publishes one
 * {@link Snapshot}. A single step runs on the FX thread once the training thread has stopped. The
 * log, the loss curve and the path stay bounded however long it runs.
 */
public final class TrainingSession {
    /** The speed that runs as many epochs as the training thread can, shown once a frame. */
    public static final double FASTEST = Double.POSITIVE_INFINITY;

    private final Workspace workspace;
    private final ReadOnlyObjectWrapper<TrainingSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 5);
    private final ReadOnlyObjectWrapper<TrainingPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            TrainingPhase.READY);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyObjectWrapper<TrainingTask> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final RunRecord record = new RunRecord();
    private final LandscapeTracker landscape = new LandscapeTracker(record.trajectory());
    private final Playback playback;
    /** The run set up from the workspace and the settings, null when it cannot be set up. */
    private TrainingRun run;
    private final WorkspaceWatch watch;
    /** The settings as the training thread reads them. */
    private volatile TrainingSettings current;
    /** While a new task is installed piece by piece, views must not see the half-made state. */
    private boolean settingUp;

    /**
     * A session on the chapter's settings.
     *
     * @param workspace where X, K_true and b_true come from
     */
    public TrainingSession(Workspace workspace) {
        this(workspace, TrainingSettings.chapter());
    }

    /**
     * A session with the given settings, set up and ready to play.
     *
     * @param workspace where X, K_true and b_true come from
     * @param initial   the settings
     */
    public TrainingSession(Workspace workspace, TrainingSettings initial) {
        this.workspace = workspace;
        playback = new Playback(speed::get, this::show);
        settings.set(initial);
        current = initial;
        watch = new WorkspaceWatch(workspace,
                () -> phase.get() == TrainingPhase.READY || phase.get() == TrainingPhase.INVALID,
                this::reset, () -> stale.set(true));
        landscape.landscapeProperty().addListener((obs, before, after) -> publish(null));
        landscape.axesProperty().addListener((obs, before, after) -> publish(null));
        reset();
    }

    /** @return the settings, changed through {@link #setSettings} */
    public ReadOnlyObjectProperty<TrainingSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** @return the current settings */
    public TrainingSettings settings() {
        return settings.get();
    }

    /** @return epochs per second while playing; {@link #FASTEST} for as many as a frame allows */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** @return where training stands */
    public ReadOnlyObjectProperty<TrainingPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** @return the current phase */
    public TrainingPhase phase() {
        return phase.get();
    }

    /** @return the message to show (divergence, convergence, a setup problem), or null */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** @return true when the workspace changed after this run was set up (reset uses the new one) */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** @return the task being learned, null when it cannot be set up */
    public ReadOnlyObjectProperty<TrainingTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** @return what to show now, published at most once a frame; null without a task */
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** @return the chapter's printed lines, {@code epoch 1, loss 4.573}, then the learned kernel */
    public ObservableList<String> log() {
        return record.log();
    }

    /** @return the loss curve, thinned to at most 1000 points */
    public ObservableList<LossPoint> losses() {
        return record.losses();
    }

    /** @return the parameters' path from the start, thinned to at most 4000 points */
    public ObservableList<TrajectoryPoint> trajectory() {
        return record.trajectory();
    }

    /** @return the loss landscape and its slice */
    public LandscapeTracker landscape() {
        return landscape;
    }

    /**
     * Changes the settings. A new learning rate, epoch count or tolerance applies from the next
     * epoch; a new shape, bias, start or seed sets the run up again.
     *
     * @param next the new settings
     */
    public void setSettings(TrainingSettings next) {
        TrainingSettings before = settings.get();
        if (next.equals(before)) {
            return;
        }
        settings.set(next);
        current = next;
        if (before.needsNewSetup(next)) {
            reset();
            return;
        }
        if (run == null) {
            return;
        }
        // while running, the training thread reads the new settings and stops at a new limit itself
        if (phase.get() == TrainingPhase.FINISHED && !epochLimitReached()) {
            phase.set(TrainingPhase.PAUSED);
        } else if (phase.get() == TrainingPhase.PAUSED && epochLimitReached()) {
            end(new Conclusion(TrainingPhase.FINISHED, null));
        }
    }

    /** Stops for good: no more training, and the workspace is no longer followed. */
    public void dispose() {
        watch.dispose();
        playback.discard();
        if (phase.get() == TrainingPhase.RUNNING) {
            phase.set(TrainingPhase.PAUSED);
        }
    }

    /** Starts or continues training at the chosen speed. */
    public void play() {
        settleNow();
        if (!phase.get().canStep() || epochLimitReached()) {
            return;
        }
        phase.set(TrainingPhase.RUNNING);
        playback.play(run.descent(), run.judge(), run.task(), () -> current);
    }

    /** Stops after the current frame's epochs; play or step continues. */
    public void pause() {
        // the epochs the training thread ran before it stopped are shown
        playback.stop();
        if (phase.get() == TrainingPhase.RUNNING) {
            phase.set(TrainingPhase.PAUSED);
        }
    }

    /**
     * The run so far as CSV with the columns of {@code convlab train --log}: epoch, the loss before
     * that epoch's update, the kernel (and bias) after it, at full precision.
     *
     * @return the text, a header line and one row per epoch (at most the first 100,000)
     */
    public String epochTableCsv() {
        return record.csv();
    }

    /** A setup still waiting for edits to pause is done now, before training uses it. */
    private void settleNow() {
        if (watch.takePending()) {
            reset();
        }
    }

    /** Runs exactly one epoch (pausing first if playing). */
    public void step() {
        settleNow();
        pause();
        if (phase.get().canStep() && !epochLimitReached()) {
            if (phase.get() == TrainingPhase.READY) {
                phase.set(TrainingPhase.PAUSED);
            }
            conclude(run.step(settings.get(), record, landscape), run.lastRun());
            publish(null);
        }
    }

    /** Back to the start: a new setup from the workspace as it is now and the settings. */
    public void reset() {
        playback.discard();
        record.clear();
        stale.set(false);
        try {
            TrainingTask t = TrainingTask.prepare(workspace.state(), settings.get());
            run = new TrainingRun(t, settings.get().learningRate());
            record.start(t);
            settingUp = true;
            landscape.rebuild(t);
            task.set(t);
            notice.set(t.startNote());
            phase.set(TrainingPhase.READY);
        } catch (TrainingProblem p) {
            invalid(p.notice());
        } catch (IllegalArgumentException e) {
            invalid(Notice.of(Notice.Severity.ERROR, "problem.other", e.getMessage()));
        } finally {
            settingUp = false;
        }
        publish(null);
    }

    /** Shows the epochs the training thread ran: their records, the last verdict, one snapshot. */
    private void show(List<EpochBatch> batches) {
        BankGradient now = null;
        for (EpochBatch b : batches) {
            run.take(b, record, landscape);
            if (b.now() != null) {
                now = b.now();
            }
            conclude(b.verdict(), b.lastRun());
        }
        publish(now);
    }

    /** Stops the run when an epoch's verdict says so. */
    private void conclude(Verdict v, BankTrainer.Epoch r) {
        if (v != Verdict.GO_ON) {
            double stable = v == Verdict.DIVERGED ? stableRate() : Double.POSITIVE_INFINITY;
            end(Conclusion.of(v, r, settings.get(), stable));
        }
    }

    /**
     * Where divergence starts: from the landscape of one kernel (two or more parameters of a
     * bowl), or found for a bank; infinite when not known.
     */
    private double stableRate() {
        TrainingTask t = task.get();
        if (t != null && !t.singleChannel()) {
            return BankStability.largestStableRate(t);
        }
        LossLandscape l = landscape.landscapeProperty().get();
        return l == null ? Double.POSITIVE_INFINITY : l.largestStableRate();
    }

    private boolean epochLimitReached() {
        return run != null && run.limitReached(settings.get());
    }

    private void end(Conclusion c) {
        playback.stopClock();
        // the log is complete before anyone hears of the new phase; a diverged run prints no kernel
        if (c.phase() != TrainingPhase.DIVERGED) {
            record.addLines(run.endLines());
        }
        phase.set(c.phase());
        notice.set(c.notice());
    }

    private void invalid(Notice why) {
        run = null;
        task.set(null);
        landscape.clear();
        notice.set(why);
        phase.set(TrainingPhase.INVALID);
    }

    /** Hands the views one consistent picture of the current parameters and the gradient there. */
    private void publish(BankGradient now) {
        if (!settingUp) {
            snapshot.set(run == null ? null : run.snapshot(now, landscape));
        }
    }
}
