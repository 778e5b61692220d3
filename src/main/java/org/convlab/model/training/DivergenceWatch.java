package org.convlab.model.training;

/**
 * Tells divergence from the loss alone, well before the trainer's overflow guard. The loss is a
 * quadratic in the parameters, so with a learning rate that converges it never rises: once it has
 * risen several epochs in a row and passed where it started, every step is overshooting.
 */
final class DivergenceWatch {
    /** Rises in a row that count as divergence, so one rounding blip near the minimum does not. */
    static final int RISES = 3;
    private double first = Double.NaN;
    private double previous = Double.NaN;
    private int rises;

    /**
     * Takes the next epoch's loss.
     *
     * @param loss the loss before the epoch's update
     * @return true when training is diverging
     */
    boolean diverging(double loss) {
        if (!Double.isFinite(loss)) {
            return true;
        }
        if (Double.isNaN(first)) {
            first = loss;
            previous = loss;
            return false;
        }
        rises = loss > previous ? rises + 1 : 0;
        previous = loss;
        return rises >= RISES && loss > first;
    }
}
