package org.convlab.model.training;

/**
 * The two parameters the loss landscape is drawn over, by index: kernel cells row by row, then
 * the bias.
 *
 * @param first  the horizontal axis
 * @param second the vertical axis, a different parameter
 */
public record SliceAxes(int first, int second) {
    /** Rejects an axis pair that is not two different parameters. */
    public SliceAxes {
        if (first < 0 || second < 0 || first == second) {
            throw new IllegalArgumentException("a slice needs two different parameters, not " + first + " and "
                    + second);
        }
    }
}
