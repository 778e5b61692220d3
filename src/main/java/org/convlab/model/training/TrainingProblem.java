package org.convlab.model.training;

/** Why a training run cannot be set up, as a notice the pane shows instead of training. */
public final class TrainingProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Notice notice;

    /**
     * A problem.
     *
     * @param notice what the student reads
     */
    public TrainingProblem(Notice notice) {
        super(notice.key());
        this.notice = notice;
    }

    /**
     * What the student reads.
     *
     * @return the notice
     */
    public Notice notice() {
        return notice;
    }
}
