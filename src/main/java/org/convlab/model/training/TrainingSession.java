package org.convlab.model.training;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableList;
import org.convlab.core.EpochRecord;
import org.convlab.core.LossLandscape;
import org.convlab.core.Trainer;
import org.convlab.io.TorchFormat;
import org.convlab.io.TrainingLog;
import org.convlab.model.Workspace;
import org.ejml.data.FMatrixRMaj;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * The training pane's state: gradient descent learning a kernel from the workspace's X and
 * Y = corr2d(X, K_true) + b_true, as the chapter does in 6.2.4, one epoch at a time.
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
    /** Inputs up to this many cells are set up again at once on every edit; larger ones when edits pause. */
    static final int IMMEDIATE_SETUP_CELLS = 64 * 64;

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
    private TrainingClock clock;
    private Trainer trainer;
    private EpochRecord last;
    /** Edits to a large input (a paint stroke) are set up once they pause, not once per cell. */
    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private EpochJudge judge;
    private final TrainingThread worker = new TrainingThread();
    private final Subscription watching;
    /** The settings as the training thread reads them. */
    private volatile TrainingSettings current;
    /** Epochs run so far, as the FX thread knows them (the trainer may be ahead in a batch). */
    private int epochs;
    private long lastFrame;
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
        settings.set(initial);
        current = initial;
        watching = workspace.stateProperty().subscribe((before, after) -> workspaceChanged());
        settle.setOnFinished(e -> reset());
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
        if (trainer == null) {
            return;
        }
        // while running, the training thread reads the new settings and stops at a new limit itself
        if (phase.get() == TrainingPhase.FINISHED && !epochLimitReached()) {
            phase.set(TrainingPhase.PAUSED);
        } else if (phase.get() == TrainingPhase.PAUSED && epochLimitReached()) {
            end(TrainingPhase.FINISHED, null);
        }
    }

    /** Stops for good: no more training, and the workspace is no longer followed. */
    public void dispose() {
        watching.unsubscribe();
        settle.stop();
        stopClock();
        worker.discard();
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
        lastFrame = 0;
        worker.play(trainer, judge, task.get(), () -> current);
        if (clock == null) {
            clock = new TrainingClock(this::advance);
        }
        clock.start();
    }

    /** Stops after the current frame's epochs; play or step continues. */
    public void pause() {
        stopClock();
        worker.stop();
        // the epochs the training thread ran before it stopped are shown
        take();
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
        if (settle.getStatus() == Animation.Status.RUNNING) {
            settle.stop();
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
            runEpoch();
            publish(null);
        }
    }

    /** Back to the start: a new setup from the workspace as it is now and the settings. */
    public void reset() {
        stopClock();
        worker.discard();
        record.clear();
        stale.set(false);
        last = null;
        lastFrame = 0;
        judge = new EpochJudge();
        epochs = 0;
        try {
            TrainingTask t = TrainingTask.prepare(workspace.state(), settings.get());
            trainer = new Trainer(t.input(), t.target(), t.initialKernel(), t.bias(), settings.get().learningRate());
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

    /** One frame of playing: the epochs run since the last frame to the screen, the next ones allowed. */
    void advance(long now) {
        take();
        if (phase.get() != TrainingPhase.RUNNING) {
            stopClock();
            return;
        }
        double rate = speed.get();
        double due = lastFrame == 0 ? 1 : rate * (now - lastFrame) / 1e9;
        lastFrame = now;
        worker.allow(due, Math.max(1, rate / 4));
    }

    /** Shows the epochs the training thread ran: their records, the last verdict, one snapshot. */
    private void take() {
        List<EpochBatch> batches = worker.drain();
        if (batches.isEmpty()) {
            return;
        }
        FMatrixRMaj error = null;
        for (EpochBatch b : batches) {
            if (b.lastRun() != null) {
                epochs = b.lastRun().epoch();
            }
            record(b.records(), b.lines(), b.rows());
            if (b.error() != null) {
                error = b.error();
            }
            if (b.verdict() != Verdict.GO_ON) {
                conclude(b.verdict(), b.lastRun());
            }
        }
        publish(error);
    }

    /** One epoch on the FX thread, for a step. */
    private void runEpoch() {
        trainer.setLearningRate(settings.get().learningRate());
        EpochRecord r = trainer.step();
        epochs = r.epoch();
        Verdict v = judge.judge(r, trainer, settings.get());
        if (EpochJudge.kept(r)) {
            record(List.of(r), List.of(TrainingLog.line(r)), List.of(TrainingLog.csvRow(r, task.get().bias())));
        }
        conclude(v, r);
    }

    /** Stops the run when an epoch's verdict says so. */
    private void conclude(Verdict v, EpochRecord r) {
        TrainingSettings s = settings.get();
        switch (v) {
            case DIVERGED -> diverge(r.epoch());
            case CONVERGED -> end(TrainingPhase.CONVERGED, Notice.of(Notice.Severity.INFO, "notice.converged",
                    Integer.toString(r.epoch()), Figures.rate(s.tolerance())));
            case PLATEAU -> end(TrainingPhase.CONVERGED, Notice.of(Notice.Severity.INFO, "notice.plateau",
                    Integer.toString(r.epoch()), Figures.loss(r.loss())));
            case MAX_EPOCHS -> end(TrainingPhase.FINISHED, Notice.of(Notice.Severity.WARNING, "notice.maxEpochs",
                    Integer.toString(EpochJudge.MAX_EPOCHS)));
            case FINISHED -> end(TrainingPhase.FINISHED, null);
            default -> {
                // GO_ON
            }
        }
    }

    private void record(List<EpochRecord> records, List<String> lines, List<String> rows) {
        if (!records.isEmpty()) {
            record.add(records, lines, rows, task.get(), landscape);
            last = records.get(records.size() - 1);
        }
    }

    private boolean epochLimitReached() {
        return trainer != null && EpochJudge.limitReached(settings.get(), epochs);
    }

    private void diverge(int epoch) {
        stopClock();
        phase.set(TrainingPhase.DIVERGED);
        LossLandscape l = landscape.landscapeProperty().get();
        String lr = Figures.rate(settings.get().learningRate());
        notice.set(l == null || Double.isInfinite(l.largestStableRate())
                ? Notice.of(Notice.Severity.ERROR, "notice.diverged", lr, Integer.toString(epoch))
                : Notice.of(Notice.Severity.ERROR, "notice.divergedLimit", lr, Integer.toString(epoch),
                Figures.rate(l.largestStableRate())));
    }

    private void end(TrainingPhase how, Notice message) {
        stopClock();
        // the log is complete before anyone hears of the new phase
        FMatrixRMaj k = last == null ? task.get().initialKernel() : last.kernel();
        record.addLines(List.of(TorchFormat.tensor(k).split("\n")));
        if (task.get().bias()) {
            record.addLines(List.of(TorchFormat.vector(last == null ? 0f : last.bias())));
        }
        phase.set(how);
        notice.set(message);
    }

    private void stopClock() {
        if (clock != null) {
            clock.stop();
        }
    }

    private void invalid(Notice why) {
        trainer = null;
        task.set(null);
        landscape.clear();
        notice.set(why);
        phase.set(TrainingPhase.INVALID);
    }

    private void workspaceChanged() {
        TrainingPhase p = phase.get();
        if (p == TrainingPhase.READY || p == TrainingPhase.INVALID) {
            if (workspace.state().input().getNumElements() <= IMMEDIATE_SETUP_CELLS) {
                settle.stop();
                reset();
            } else {
                settle.playFromStart();
            }
        } else {
            stale.set(true);
        }
    }

    /** Hands the views one consistent picture of the current parameters. */
    private void publish(FMatrixRMaj madeError) {
        if (settingUp) {
            return;
        }
        TrainingTask t = task.get();
        if (t == null || trainer == null) {
            snapshot.set(null);
            return;
        }
        FMatrixRMaj kernel = last == null ? t.initialKernel() : last.kernel();
        float bias = last == null ? 0f : last.bias();
        FMatrixRMaj error = madeError != null ? madeError : EpochBatch.errorMap(t, kernel, bias);
        snapshot.set(new Snapshot(epochs, last == null ? Double.NaN : last.loss(), kernel, bias,
                last == null ? null : last.kernelGrad(), last == null ? 0 : last.biasGrad(), error,
                landscape.slice(LandscapeTracker.parameters(t, kernel, bias))));
    }
}
