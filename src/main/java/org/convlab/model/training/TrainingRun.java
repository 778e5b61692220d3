package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.BankGradient;
import org.convlab.core.BankTrainer;
import org.convlab.core.KernelBank;
import org.convlab.io.TorchFormat;
import org.convlab.io.TrainingLog;

/**
 * One run from its setup to its end: the task, the descent and judge that belong to it, and the
 * epochs the FX thread has seen. A reset makes a new run. Used on the FX thread; while the run
 * plays, its descent and judge belong to the training thread.
 */
final class TrainingRun {
    private final TrainingTask task;
    private final Descent descent;
    private final EpochJudge judge = new EpochJudge();
    /** The newest epoch kept for the log and the curves, null before the first. */
    private BankTrainer.Epoch last;
    /** The newest epoch run, kept or not. */
    private BankTrainer.Epoch lastRun;
    /** Epochs run so far, as the FX thread knows them (the descent may be ahead in a batch). */
    private int epochs;

    /**
     * Sets a run up.
     *
     * @param task         what is learned
     * @param learningRate the first epoch's step size
     */
    TrainingRun(TrainingTask task, double learningRate) {
        this.task = task;
        this.descent = task.descent(learningRate);
    }

    TrainingTask task() {
        return task;
    }

    Descent descent() {
        return descent;
    }

    EpochJudge judge() {
        return judge;
    }

    /** @return the newest epoch run, kept or not; null before the first */
    BankTrainer.Epoch lastRun() {
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
        descent.setLearningRate(s.learningRate());
        BankTrainer.Epoch r = descent.step();
        Verdict v = judge.judge(r, descent, s);
        List<BankTrainer.Epoch> kept = EpochJudge.kept(r) ? List.of(r) : List.of();
        take(r, kept, kept.stream().map(TrainingLog::line).toList(), kept.stream()
                .filter(k -> k.epoch() <= EpochTable.capacity(task))
                .map(k -> TrainingLog.bankCsvRow(k, task.bias())).toList(), record, landscape);
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

    /**
     * The log lines that close a run: the learned kernel, and the bias when it is learned, as the
     * chapter prints them; for a bank, as {@code convlab train} prints a bank and its biases.
     */
    List<String> endLines() {
        KernelBank k = kernel();
        float[] b = bias();
        String weights = task.singleChannel() ? TorchFormat.tensor(k.kernel(0, 0))
                : TorchFormat.tensor(new int[] {k.outputs(), k.inputs(), k.rows(), k.cols()}, k.toArray());
        List<String> lines = new ArrayList<>(List.of(weights.split("\n")));
        if (task.bias()) {
            lines.addAll(List.of((task.singleChannel() ? TorchFormat.vector(b[0])
                    : TorchFormat.tensor(new int[] {b.length}, b)).split("\n")));
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
    Snapshot snapshot(BankGradient now, LandscapeTracker landscape) {
        KernelBank kernel = kernel();
        float[] bias = bias();
        BankGradient here = now != null ? now : EpochBatch.at(task, kernel, bias);
        return new Snapshot(epochs, last == null ? Double.NaN : last.loss(), kernel, bias, here.kernelGrad(),
                here.biasGrad(), here.error(),
                task.singleChannel() ? landscape.slice(LandscapeTracker.parameters(task, kernel, bias)) : null);
    }

    private KernelBank kernel() {
        return last == null ? task.initialBank() : last.kernel();
    }

    private float[] bias() {
        return last == null ? new float[task.initialBank().outputs()] : last.bias();
    }

    private void take(BankTrainer.Epoch ran, List<BankTrainer.Epoch> kept, List<String> lines, List<String> rows,
                      RunRecord record, LandscapeTracker landscape) {
        lastRun = ran;
        epochs = ran.epoch();
        if (!kept.isEmpty()) {
            record.add(kept, lines, rows, task, landscape);
            last = kept.get(kept.size() - 1);
        }
    }
}
