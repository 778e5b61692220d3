package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.EpochRecord;
import org.convlab.core.Trainer;
import org.ejml.data.FMatrixRMaj;

/**
 * A run played from its start to where the training pane stops it, without a window: the same
 * trainer, the same judge (divergence, tolerance, plateau, epoch count) and the same batches as
 * playing, so a lesson can be checked against the numbers a student will see.
 *
 * @param shown    the epochs the log and the curve show, in order
 * @param diverged whether the run ends with the divergence message
 * @param kernel   the kernel the run ends with
 * @param bias     the bias it ends with
 */
public record WholeRun(List<EpochRecord> shown, boolean diverged, FMatrixRMaj kernel, float bias) {
    /** Copies the list and the kernel, so the result cannot change behind anyone's back. */
    public WholeRun {
        shown = List.copyOf(shown);
        kernel = kernel.copy();
    }

    /**
     * Plays a run to its end.
     *
     * @param task     what is learned
     * @param settings the run's settings
     * @return the run as the training pane shows it
     */
    public static WholeRun play(TrainingTask task, TrainingSettings settings) {
        Trainer trainer = task.trainer(settings.learningRate());
        EpochJudge judge = new EpochJudge();
        List<EpochRecord> shown = new ArrayList<>();
        Verdict verdict = Verdict.GO_ON;
        EpochRecord last = null;
        while (verdict == Verdict.GO_ON) {
            EpochBatch batch = EpochBatch.run(trainer, judge, task, settings, TrainingThread.BATCH_EPOCHS,
                    Long.MAX_VALUE, () -> false);
            shown.addAll(batch.records());
            verdict = batch.verdict();
            if (!batch.records().isEmpty()) {
                last = batch.records().get(batch.records().size() - 1);
            }
        }
        return last == null ? new WholeRun(shown, verdict == Verdict.DIVERGED, task.initialKernel(), 0f)
                : new WholeRun(shown, verdict == Verdict.DIVERGED, last.kernel(), last.bias());
    }

    /**
     * The loss the log shows for an epoch.
     *
     * @param epoch 1-based
     * @return the loss, or NaN when the run does not show that epoch
     */
    public double loss(int epoch) {
        for (EpochRecord r : shown) {
            if (r.epoch() == epoch) {
                return r.loss();
            }
        }
        return Double.NaN;
    }

    /**
     * The last epoch the run shows.
     *
     * @return 0 when none
     */
    public int lastEpoch() {
        return shown.isEmpty() ? 0 : shown.get(shown.size() - 1).epoch();
    }
}
