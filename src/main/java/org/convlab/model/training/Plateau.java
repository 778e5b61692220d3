package org.convlab.model.training;

/**
 * Tells when running to convergence has nothing more to gain: the loss fell by less than a
 * billionth of itself over the last {@link #WINDOW} epochs. That happens when the target holds
 * something the kernel cannot learn (a bias with the bias off, a larger target kernel), or when
 * float32 rounding is all that is left.
 */
final class Plateau {
    /** Epochs compared. */
    static final int WINDOW = 50;
    private static final double RELATIVE = 1e-9;
    private final double[] recent = new double[WINDOW];
    private int count;

    /**
     * Takes the next epoch's loss.
     *
     * @param loss the loss before the epoch's update
     * @return true once the loss has stopped falling
     */
    boolean reached(double loss) {
        int slot = count % WINDOW;
        double old = recent[slot];
        recent[slot] = loss;
        count++;
        return count > WINDOW && old - loss <= RELATIVE * old;
    }
}
