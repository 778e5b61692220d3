package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.BankTrainer;
import org.convlab.core.KernelBank;
import org.ejml.data.FMatrixRMaj;

/**
 * A run played from its start to where the training pane stops it, without a window: the same
 * descent, the same judge (divergence, tolerance, plateau, epoch count) and the same batches as
 * playing, so a lesson can be checked against the numbers a student will see.
 *
 * @param shown    the epochs the log and the curve show, in order
 * @param diverged whether the run ends with the divergence message
 * @param bank     the bank the run ends with (one kernel: a bank of one)
 * @param biases   the biases it ends with, one per output channel
 */
public record WholeRun(List<BankTrainer.Epoch> shown, boolean diverged, KernelBank bank, float[] biases) {
    /** Copies the list, the bank and the biases, so the result cannot change behind anyone's back. */
    public WholeRun {
        shown = List.copyOf(shown);
        bank = bank.copy();
        biases = biases.clone();
    }

    /**
     * Plays a run to its end.
     *
     * @param task     what is learned
     * @param settings the run's settings
     * @return the run as the training pane shows it
     */
    public static WholeRun play(TrainingTask task, TrainingSettings settings) {
        Descent descent = task.descent(settings.learningRate());
        EpochJudge judge = new EpochJudge();
        List<BankTrainer.Epoch> shown = new ArrayList<>();
        Verdict verdict = Verdict.GO_ON;
        BankTrainer.Epoch last = null;
        while (verdict == Verdict.GO_ON) {
            EpochBatch batch = EpochBatch.run(descent, judge, task, settings, TrainingThread.BATCH_EPOCHS,
                    Long.MAX_VALUE, () -> false);
            shown.addAll(batch.records());
            verdict = batch.verdict();
            if (!batch.records().isEmpty()) {
                last = batch.records().get(batch.records().size() - 1);
            }
        }
        boolean diverged = verdict == Verdict.DIVERGED;
        return last == null ? new WholeRun(shown, diverged, task.initialBank(), new float[task.initialBank().outputs()])
                : new WholeRun(shown, diverged, last.kernel(), last.bias());
    }

    /**
     * The learned weights as one matrix: one kernel as it is; a bank as one row per output channel
     * holding its kernels in C order, which for 1x1 kernels is the book's K of C_out x C_in (the
     * gray weights are {@code [[0.299, 0.587, 0.114]]}).
     *
     * @return a new matrix
     */
    public FMatrixRMaj kernel() {
        if (bank.inputs() == 1 && bank.outputs() == 1) {
            return bank.kernel(0, 0).copy();
        }
        return new FMatrixRMaj(bank.outputs(), bank.inputs() * bank.rows() * bank.cols(), true, bank.toArray());
    }

    /**
     * The learned bias of one output channel.
     *
     * @return the first output channel's bias
     */
    public float bias() {
        return biases[0];
    }

    /**
     * The loss the log shows for an epoch.
     *
     * @param epoch 1-based
     * @return the loss, or NaN when the run does not show that epoch
     */
    public double loss(int epoch) {
        for (BankTrainer.Epoch r : shown) {
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
