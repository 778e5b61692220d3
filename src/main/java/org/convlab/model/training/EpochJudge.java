package org.convlab.model.training;

import org.convlab.core.BankTrainer;
import org.convlab.core.TrainingStatus;

/**
 * Decides after each epoch whether a run goes on, from the loss history (divergence, plateau) and
 * the settings of the moment. One judge belongs to one run; it is used by one thread at a time
 * (the training thread while a batch of epochs runs, the FX thread for a single step).
 */
final class EpochJudge {
    /** Running to convergence stops here whatever happens. */
    static final int MAX_EPOCHS = 1_000_000;
    private final DivergenceWatch watch = new DivergenceWatch();
    private final Plateau plateau = new Plateau();

    /**
     * Whether the epoch limit of the settings is reached.
     *
     * @param s      the settings
     * @param epochs epochs run so far
     * @return true when no further epoch may run
     */
    static boolean limitReached(TrainingSettings s, int epochs) {
        return !s.runToConvergence() && epochs >= s.epochs();
    }

    /**
     * Judges the epoch just run.
     *
     * @param r       its record
     * @param descent the descent that ran it
     * @param s       the settings now
     * @return the verdict
     */
    Verdict judge(BankTrainer.Epoch r, Descent descent, TrainingSettings s) {
        if (descent.status() == TrainingStatus.DIVERGED) {
            return Verdict.DIVERGED;
        }
        boolean flat = plateau.reached(r.loss());
        if (watch.diverging(r.loss())) {
            return Verdict.DIVERGED;
        } else if (s.tolerance() > 0 && r.loss() < s.tolerance()) {
            return Verdict.CONVERGED;
        } else if (s.runToConvergence() && flat) {
            return Verdict.PLATEAU;
        } else if (s.runToConvergence() && r.epoch() >= MAX_EPOCHS) {
            return Verdict.MAX_EPOCHS;
        } else if (limitReached(s, r.epoch())) {
            return Verdict.FINISHED;
        }
        return Verdict.GO_ON;
    }

    /**
     * Whether an epoch's record belongs in the log and the curves: all do, but the one whose loss
     * overflowed.
     *
     * @param r the record
     * @return false for a non-finite loss
     */
    static boolean kept(BankTrainer.Epoch r) {
        return Double.isFinite(r.loss());
    }
}
