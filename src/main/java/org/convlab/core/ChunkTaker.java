package org.convlab.core;

/**
 * A pool thread's part in a {@link RowSplit}: it takes chunks from the shared queue if it starts
 * before the caller has taken them all, and otherwise does nothing. The caller either claims a
 * taker that has not started (so it never runs) or waits for one that has, which is at most one
 * chunk behind.
 */
final class ChunkTaker implements Runnable {
    private static final int WAITING = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int CLAIMED = 3;
    private Runnable drain;
    private int state = WAITING;
    private Throwable failure;

    ChunkTaker(Runnable drain) {
        this.drain = drain;
    }

    @Override
    public void run() {
        Runnable work;
        synchronized (this) {
            if (state != WAITING) {
                return;
            }
            state = RUNNING;
            work = drain;
        }
        try {
            work.run();
        } catch (Throwable e) {
            failure = e;
        } finally {
            synchronized (this) {
                state = DONE;
                notifyAll();
            }
        }
    }

    /**
     * Returns at once if the taker has not started (it never will), else when it has finished.
     * A failure in the taker is thrown here, in the caller.
     */
    synchronized void claimOrAwait() {
        if (state == WAITING) {
            state = CLAIMED;
            drain = null; // the queued task keeps no reference to the job's arrays
            return;
        }
        boolean interrupted = false;
        while (state != DONE) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        } else if (failure instanceof Error err) {
            throw err;
        } else if (failure != null) {
            throw new IllegalStateException("a row chunk failed", failure);
        }
    }
}
