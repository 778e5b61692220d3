package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.EpochRecord;
import org.convlab.core.LossGradient;
import org.convlab.core.Trainer;
import org.convlab.io.TorchFormat;
import org.convlab.io.TrainingLog;
import org.ejml.data.FMatrixRMaj;

/**
 * One run from its setup to its end: the task, the trainer and judge that belong to it, and the
 * epochs the FX thread has seen. A reset makes a new run. Used on the FX thread; while the run
 * plays, its trainer and judge belong to the training thread.
 */
final class TrainingRun {
    private final TrainingTask task;
    private final Trainer trainer;
    private final EpochJudge judge = new EpochJudge();
    /** The newest epoch kept for the log and the curves, null before the first. */
    private EpochRecord last;
    /** The newest epoch run, kept or not. */
    private EpochRecord lastRun;
    /** Epochs run so far, as the FX thread knows them (the trainer may be ahead in a batch). */
    private int epochs;

    /**
     * Sets a run up.
     *
     * @param task         what is learned
     * @param learningRate the first epoch's step size
     */
    TrainingRun(TrainingTask task, double learningRate) {
        this.task = task;
        this.trainer = task.trainer(learningRate);
    }

    TrainingTask task() {
        return task;
    }

    Trainer trainer() {
        return trainer;
    }

    EpochJudge judge() {
        return judge;
    }

    /** @return the newest epoch run, kept or not; null before the first */
    EpochRecord lastRun() {
        return lastRun;
    }

    /**
     * Whether the settings allow no further epoch.
     *
     * @param s the settings now
     * @return true at the epoch limit
     */
    boolean limitReached(TrainingSettings s) {
        return EpochJudge.limitReached(s, epochs);
    }

    /**
     * Runs one epoch on this thread and records it.
     *
     * @param s         the settings now
     * @param record    the log and curves
     * @param landscape follows the path
     * @return the epoch's verdict
     */
    Verdict step(TrainingSettings s, RunRecord record, LandscapeTracker landscape) {
        trainer.setLearningRate(s.learningRate());
        EpochRecord r = trainer.step();
        Verdict v = judge.judge(r, trainer, s);
        List<EpochRecord> kept = EpochJudge.kept(r) ? List.of(r) : List.of();
        take(r, kept, kept.stream().map(TrainingLog::line).toList(),
                kept.stream().map(k -> TrainingLog.csvRow(k, task.bias())).toList(), record, landscape);
        return v;
    }

    /**
     * Records the epochs a batch ran on the training thread.
     *
     * @param b         the batch
     * @param record    the log and curves
     * @param landscape follows the path
     */
    void take(EpochBatch b, RunRecord record, LandscapeTracker landscape) {
        if (b.lastRun() != null) {
            take(b.lastRun(), b.records(), b.lines(), b.rows(), record, landscape);
        }
    }

    /** The log lines that close a run: the learned kernel, and the bias when it is learned. */
    List<String> endLines() {
        List<String> lines = new ArrayList<>(List.of(TorchFormat.tensor(kernel()).split("\n")));
        if (task.bias()) {
            lines.add(TorchFormat.vector(bias()));
        }
        return lines;
    }

    /**
     * What to show now.
     *
     * @param now       the loss and gradient at the current parameters when already made; null
     *                  makes them here
     * @param landscape for the slice through the current parameters
     * @return the snapshot
     */
    Snapshot snapshot(LossGradient now, LandscapeTracker landscape) {
        FMatrixRMaj kernel = kernel();
        float bias = bias();
        LossGradient here = now != null ? now : EpochBatch.at(task, kernel, bias);
        return new Snapshot(epochs, last == null ? Double.NaN : last.loss(), kernel, bias, here.kernelGrad(),
                here.biasGrad(), here.error(), landscape.slice(LandscapeTracker.parameters(task, kernel, bias)));
    }

    private FMatrixRMaj kernel() {
        return last == null ? task.initialKernel() : last.kernel();
    }

    private float bias() {
        return last == null ? 0f : last.bias();
    }

    private void take(EpochRecord ran, List<EpochRecord> kept, List<String> lines, List<String> rows,
                      RunRecord record, LandscapeTracker landscape) {
        lastRun = ran;
        epochs = ran.epoch();
        if (!kept.isEmpty()) {
            record.add(kept, lines, rows, task, landscape);
            last = kept.get(kept.size() - 1);
        }
    }
}
