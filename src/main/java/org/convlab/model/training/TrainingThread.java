package org.convlab.model.training;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The thread the epochs of a playing run go to, so that the FX thread only shows them. One batch
 * at a time is in flight; its result reaches the FX thread through {@link #takeLanded()}, called
 * either by the hand-over this class posts or earlier by the session itself (a step waits for
 * the batch in flight, so that epochs stay in order).
 */
final class TrainingThread {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "convlab-training");
        t.setDaemon(true);
        return t;
    });
    private Future<EpochBatch> inFlight;
    private Consumer<EpochBatch> onLanded;

    /**
     * Whether a batch is running or waiting to be taken.
     *
     * @return true between {@link #start} and {@link #takeLanded()}
     */
    boolean busy() {
        return inFlight != null;
    }

    /**
     * Runs a batch on the training thread; on the FX thread, once done, it goes to the consumer.
     *
     * @param batch    the batch to run
     * @param onLanded called on the FX thread with the finished batch
     */
    void start(Supplier<EpochBatch> batch, Consumer<EpochBatch> onLanded) {
        FutureTask<EpochBatch> task = new FutureTask<>(batch::get);
        this.onLanded = onLanded;
        inFlight = task;
        thread.execute(() -> {
            task.run();
            // a batch dropped or taken early is not handed over again
            Platform.runLater(() -> {
                if (inFlight == task) {
                    takeLanded();
                }
            });
        });
    }

    /** Hands a finished batch over, waiting for it if it is still running; does nothing when none is in flight. */
    void takeLanded() {
        if (inFlight == null) {
            return;
        }
        Future<EpochBatch> done = inFlight;
        Consumer<EpochBatch> to = onLanded;
        inFlight = null;
        onLanded = null;
        to.accept(result(done));
    }

    /** Forgets the batch in flight: its result is never handed over. */
    void drop() {
        inFlight = null;
        onLanded = null;
    }

    private static EpochBatch result(Future<EpochBatch> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
