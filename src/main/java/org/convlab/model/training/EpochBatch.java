package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.convlab.core.BankGradient;
import org.convlab.core.BankTrainer;
import org.convlab.core.ChannelStack;
import org.convlab.core.Conv2D;
import org.convlab.core.ConvLayer;
import org.convlab.core.KernelBank;
import org.convlab.core.LossGradient;
import org.convlab.core.PooledLoss;
import org.convlab.io.TrainingLog;
import org.convlab.model.PoolingStage;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * Epochs run together on the training thread, with what the FX thread needs to show them already
 * made: the log lines, the verdict after the last one, and the error maps and gradient at the
 * newest parameters.
 *
 * @param records the epochs to show, in order
 * @param lines   their log lines
 * @param rows    their rows of the epoch table
 * @param ran     the epochs run, kept or not
 * @param verdict what the last epoch run means for the run
 * @param lastRun the last epoch run, kept or not; null if none ran
 * @param now     loss, gradient and error maps at the newest kept parameters; null if none was kept
 */
record EpochBatch(List<BankTrainer.Epoch> records, List<String> lines, List<String> rows, int ran, Verdict verdict,
                  BankTrainer.Epoch lastRun, BankGradient now) {
    /**
     * Runs epochs until one of them ends the run, the count is done or the time is up.
     *
     * @param descent     the run's descent, used by this thread only until the batch is done
     * @param judge       the run's judge, likewise
     * @param task        the task, for the error maps
     * @param s           the settings of the moment
     * @param most        the most epochs to run
     * @param budgetNanos the time after which no further epoch starts
     * @param stopped     asked before every epoch after the first: true ends the batch
     * @return the batch
     */
    static EpochBatch run(Descent descent, EpochJudge judge, TrainingTask task, TrainingSettings s, int most,
                          long budgetNanos, BooleanSupplier stopped) {
        long start = System.nanoTime();
        int tableRows = EpochTable.capacity(task);
        descent.setLearningRate(s.learningRate());
        List<BankTrainer.Epoch> records = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        Verdict verdict = Verdict.GO_ON;
        BankTrainer.Epoch last = null;
        int ran = 0;
        while (ran < most && (ran == 0 || !stopped.getAsBoolean())) {
            if (EpochJudge.limitReached(s, descent.epoch())) {
                verdict = Verdict.FINISHED;
                break;
            }
            last = descent.step();
            ran++;
            verdict = judge.judge(last, descent, s);
            if (EpochJudge.kept(last)) {
                records.add(last);
                lines.add(TrainingLog.line(last));
                if (last.epoch() <= tableRows) {
                    // a row the table would not keep is not written: a large bank's rows are long
                    rows.add(TrainingLog.bankCsvRow(last, task.bias()));
                }
            }
            if (verdict != Verdict.GO_ON || System.nanoTime() - start >= budgetNanos) {
                break;
            }
        }
        BankTrainer.Epoch newest = records.isEmpty() ? null : records.get(records.size() - 1);
        BankGradient now = newest == null ? null : at(task, newest.kernel(), newest.bias());
        return new EpochBatch(records, lines, rows, ran, verdict, last, now);
    }

    /**
     * Where the parameters stand: the loss, its gradient (the step the next epoch takes, before the
     * learning rate) and what they get wrong, the prediction minus Y.
     *
     * @param task   the task
     * @param kernel K, finite, the task's bank shape
     * @param bias   b, finite, one per output channel
     * @return the loss, dL/dK, dL/db and the error maps at (K, b)
     */
    static BankGradient at(TrainingTask task, KernelBank kernel, float[] bias) {
        if (!task.singleChannel()) {
            return new ConvLayer(kernel, bias, task.geometry()).backward(task.inputs(), task.targets());
        }
        LossGradient g = at(task, kernel.kernel(0, 0), bias[0]);
        return new BankGradient(g.loss(), KernelBank.of(new FMatrixRMaj[][] {{g.kernelGrad()}}),
                new double[] {g.biasGrad()}, ChannelStack.of(g.error()));
    }

    /** The chapter's one kernel: through the pooling the error shown is the pooled one, pool(Ŷ) - Z. */
    private static LossGradient at(TrainingTask task, FMatrixRMaj kernel, float bias) {
        Conv2D layer = new Conv2D(kernel, bias, task.geometry());
        if (!task.pooled()) {
            return layer.backward(task.input(), task.target());
        }
        PoolingStage p = task.pooling();
        FMatrixRMaj yHat = layer.forward(task.input(), null);
        LossGradient g = PooledLoss.of(task.input(), yHat, task.target(), kernel.numRows, kernel.numCols,
                task.geometry(), p.window(), p.mode());
        FMatrixRMaj error = p.pool(yHat);
        CommonOps_FDRM.subtractEquals(error, task.target());
        return new LossGradient(g.loss(), g.kernelGrad(), g.biasGrad(), error);
    }
}
