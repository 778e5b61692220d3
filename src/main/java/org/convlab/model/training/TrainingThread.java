package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The thread a playing run's epochs go to, so that the FX thread only shows them. While a run
 * plays, the thread runs epochs as long as the FX thread allows them (the epochs due at the chosen
 * speed, or without limit at full speed) and a run's verdict does not stop it, in short batches it
 * leaves for the FX thread to {@link #drain()} once a frame. It never gets more than
 * {@link #MAX_WAITING} epochs ahead of what the FX thread has taken, so the FX thread's share of
 * the work (log lines, curves) stays bounded however fast the epochs are.
 */
final class TrainingThread {
    /** Epochs run but not yet taken, beyond which the thread waits for the FX thread. */
    static final int MAX_WAITING = 2000;
    /** The most epochs in one batch. */
    static final int BATCH_EPOCHS = 250;
    /** The time after which a batch starts no further epoch. */
    static final long BATCH_NANOS = 4_000_000;
    private final Object lock = new Object();
    private final List<EpochBatch> ready = new ArrayList<>();
    private int waitingEpochs;
    private double allowed;
    /** The run being played; a new run or a stop replaces it, and the old thread's results are dropped. */
    private Object run;
    private Thread thread;

    /**
     * Starts playing a run on a new thread.
     *
     * @param descent  the run's descent, used by that thread only until {@link #stop()} returns
     * @param judge    the run's judge, likewise
     * @param task     the task, for the error maps
     * @param settings the settings of the moment, read before every batch
     */
    void play(Descent descent, EpochJudge judge, TrainingTask task, Supplier<TrainingSettings> settings) {
        stop();
        Object me = new Object();
        synchronized (lock) {
            run = me;
            allowed = 0;
        }
        thread = new Thread(() -> loop(me, descent, judge, task, settings), "convlab-training");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Lets the thread run more epochs.
     *
     * @param epochs how many more; infinity for no limit
     * @param most   the most epochs allowed at once, so a slow run does not burst later
     */
    void allow(double epochs, double most) {
        synchronized (lock) {
            allowed = Double.isInfinite(epochs) ? epochs : Math.min(allowed + epochs, most);
            lock.notifyAll();
        }
    }

    /** Stops after the epoch under way and waits for that; the batches already made stay to be drained. */
    void stop() {
        Thread t;
        synchronized (lock) {
            run = run == null ? null : new Object();
            t = thread;
            lock.notifyAll();
        }
        if (t != null) {
            boolean interrupted = false;
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (lock) {
            thread = null;
            run = null;
        }
    }

    /** Stops and forgets what was not drained yet, as when the run is set up again. */
    void discard() {
        stop();
        synchronized (lock) {
            ready.clear();
            waitingEpochs = 0;
        }
    }

    /**
     * Takes the batches finished since the last call, in order.
     *
     * @return the batches, maybe none
     */
    List<EpochBatch> drain() {
        synchronized (lock) {
            List<EpochBatch> taken = new ArrayList<>(ready);
            ready.clear();
            waitingEpochs = 0;
            lock.notifyAll();
            return taken;
        }
    }

    private void loop(Object me, Descent descent, EpochJudge judge, TrainingTask task,
                      Supplier<TrainingSettings> settings) {
        while (true) {
            int most;
            synchronized (lock) {
                while (run == me && (allowed < 1 || waitingEpochs >= MAX_WAITING)) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (run != me) {
                    return;
                }
                most = (int) Math.min(BATCH_EPOCHS, Math.min(allowed, MAX_WAITING - waitingEpochs));
            }
            EpochBatch batch = EpochBatch.run(descent, judge, task, settings.get(), most, BATCH_NANOS,
                    () -> isStopped(me));
            synchronized (lock) {
                // the descent has moved: even a stopped run's last epochs are shown
                ready.add(batch);
                waitingEpochs += batch.ran();
                if (!Double.isInfinite(allowed)) {
                    allowed -= batch.ran();
                }
                if (batch.verdict() != Verdict.GO_ON || run != me) {
                    return;
                }
            }
        }
    }

    private boolean isStopped(Object me) {
        synchronized (lock) {
            return run != me;
        }
    }
}
