package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.Conv2D;
import org.convlab.core.PooledLoss;
import org.convlab.model.PoolingStage;
import org.ejml.dense.row.CommonOps_FDRM;
import org.convlab.core.EpochRecord;
import org.convlab.core.LossGradient;
import org.convlab.core.Trainer;
import org.convlab.io.TrainingLog;
import org.ejml.data.FMatrixRMaj;

/**
 * Epochs run together on the training thread, with what the FX thread needs to show them already
 * made: the log lines, the verdict after the last one, and the error map and gradient at the
 * newest parameters.
 *
 * @param records the epochs to show, in order
 * @param lines   their log lines
 * @param rows    their rows of the epoch table
 * @param ran     the epochs run, kept or not
 * @param verdict what the last epoch run means for the run
 * @param lastRun the last epoch run, kept or not; null if none ran
 * @param now     loss, gradient and error map at the newest kept parameters; null if none was kept
 */
record EpochBatch(List<EpochRecord> records, List<String> lines, List<String> rows, int ran, Verdict verdict,
                  EpochRecord lastRun, LossGradient now) {
    /**
     * Runs epochs until one of them ends the run, the count is done or the time is up.
     *
     * @param trainer     the run's trainer, used by this thread only until the batch is done
     * @param judge       the run's judge, likewise
     * @param task        the task, for the error map
     * @param s           the settings of the moment
     * @param most        the most epochs to run
     * @param budgetNanos the time after which no further epoch starts
     * @param stopped     asked before every epoch after the first: true ends the batch
     * @return the batch
     */
    static EpochBatch run(Trainer trainer, EpochJudge judge, TrainingTask task, TrainingSettings s, int most,
                          long budgetNanos, java.util.function.BooleanSupplier stopped) {
        long start = System.nanoTime();
        trainer.setLearningRate(s.learningRate());
        List<EpochRecord> records = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        Verdict verdict = Verdict.GO_ON;
        EpochRecord last = null;
        int ran = 0;
        while (ran < most && (ran == 0 || !stopped.getAsBoolean())) {
            if (EpochJudge.limitReached(s, trainer.epoch())) {
                verdict = Verdict.FINISHED;
                break;
            }
            last = trainer.step();
            ran++;
            verdict = judge.judge(last, trainer, s);
            if (EpochJudge.kept(last)) {
                records.add(last);
                lines.add(TrainingLog.line(last));
                rows.add(TrainingLog.csvRow(last, task.bias()));
            }
            if (verdict != Verdict.GO_ON || System.nanoTime() - start >= budgetNanos) {
                break;
            }
        }
        LossGradient now = records.isEmpty() ? null : at(task, records.get(records.size() - 1).kernel(),
                records.get(records.size() - 1).bias());
        return new EpochBatch(records, lines, rows, ran, verdict, last, now);
    }

    /**
     * Where the parameters stand: the loss, its gradient (the step the next epoch takes, before the
     * learning rate) and what they get wrong, corr2d(X, K) + b - Y.
     *
     * @param task   the task
     * @param kernel K, finite
     * @param bias   b, finite
     * @return the loss, dL/dK, dL/db and the error map at (K, b)
     */
    static LossGradient at(TrainingTask task, FMatrixRMaj kernel, float bias) {
        Conv2D layer = new Conv2D(kernel, bias, task.geometry());
        if (!task.pooled()) {
            return layer.backward(task.input(), task.target());
        }
        // through the pooling the error shown is the pooled one, pool(Ŷ) - Z, the target's shape
        PoolingStage p = task.pooling();
        FMatrixRMaj yHat = layer.forward(task.input(), null);
        LossGradient g = PooledLoss.of(task.input(), yHat, task.target(), kernel.numRows, kernel.numCols,
                task.geometry(), p.window(), p.mode());
        FMatrixRMaj error = p.pool(yHat);
        CommonOps_FDRM.subtractEquals(error, task.target());
        return new LossGradient(g.loss(), g.kernelGrad(), g.biasGrad(), error);
    }
}
