package org.convlab.ui.training;

/**
 * Lets a costly view update through at most once per interval while training runs, so a large
 * task at full speed leaves the frame to the epochs; when training is not running every update
 * passes, so a step or the final state always shows at once.
 */
final class Throttle {
    private final long intervalNanos;
    private long last = Long.MIN_VALUE / 2;

    Throttle(long intervalMillis) {
        this.intervalNanos = intervalMillis * 1_000_000;
    }

    /** Whether to update now. */
    boolean pass(boolean running) {
        long now = System.nanoTime();
        if (running && now - last < intervalNanos) {
            return false;
        }
        last = now;
        return true;
    }
}
