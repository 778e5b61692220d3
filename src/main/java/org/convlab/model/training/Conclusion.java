package org.convlab.model.training;

import org.convlab.core.BankTrainer;

/**
 * How a run ends when an epoch's verdict stops it: the phase it ends in and what the student is
 * told.
 *
 * @param phase  where the run stands afterwards
 * @param notice the message, or null for a run that simply did its epochs
 */
record Conclusion(TrainingPhase phase, Notice notice) {
    /**
     * The ending a verdict calls for.
     *
     * @param v         the verdict; not GO_ON
     * @param r         the epoch that brought it
     * @param s         the settings of the moment
     * @param stableRate the largest stable learning rate, or positive infinity when it is not known
     * @return the ending
     */
    static Conclusion of(Verdict v, BankTrainer.Epoch r, TrainingSettings s, double stableRate) {
        String epoch = Integer.toString(r.epoch());
        return switch (v) {
            case DIVERGED -> new Conclusion(TrainingPhase.DIVERGED, diverged(epoch, s, stableRate));
            case CONVERGED -> new Conclusion(TrainingPhase.CONVERGED, Notice.of(Notice.Severity.INFO,
                    "notice.converged", epoch, Figures.rate(s.tolerance())));
            case PLATEAU -> new Conclusion(TrainingPhase.CONVERGED, Notice.of(Notice.Severity.INFO,
                    "notice.plateau", epoch, Figures.loss(r.loss())));
            case MAX_EPOCHS -> new Conclusion(TrainingPhase.FINISHED, Notice.of(Notice.Severity.WARNING,
                    "notice.maxEpochs", Integer.toString(EpochJudge.MAX_EPOCHS)));
            case FINISHED -> new Conclusion(TrainingPhase.FINISHED, null);
            case GO_ON -> throw new IllegalArgumentException("a run that goes on has not ended");
        };
    }

    /** Says where divergence starts when it is known. */
    private static Notice diverged(String epoch, TrainingSettings s, double stableRate) {
        String lr = Figures.rate(s.learningRate());
        return Double.isInfinite(stableRate) ? Notice.of(Notice.Severity.ERROR, "notice.diverged", lr, epoch)
                : Notice.of(Notice.Severity.ERROR, "notice.divergedLimit", lr, epoch, Figures.rate(stableRate));
    }
}
