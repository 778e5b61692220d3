package org.convlab.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.convlab.core.CrossCorrelation;
import org.ejml.data.FMatrixRMaj;

/**
 * Computes Y = corr2d(X, K) + b off the FX thread as the workspace changes. Requests are coalesced:
 * while one computation runs, only the newest waiting request survives, and {@link #poll()} hands
 * out only the newest finished result, so a view that polls once a frame never falls behind the
 * pointer however fast the user paints.
 */
public final class LiveOutput implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "convlab-output");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<WorkspaceState> waiting = new AtomicReference<>();
    private final AtomicReference<Result> finished = new AtomicReference<>();

    /**
     * A computed output.
     *
     * @param state  the X, K and b it was computed from
     * @param output Y, never modified after it is handed out; null when the kernel does not fit
     */
    public record Result(WorkspaceState state, FMatrixRMaj output) {
        /**
         * Whether Y has cells.
         *
         * @return false when the kernel is larger than the input
         */
        public boolean hasOutput() {
            return output != null;
        }
    }

    /**
     * Asks for the output of a state; an older request still waiting is dropped.
     *
     * @param state the state to compute
     */
    public void request(WorkspaceState state) {
        if (waiting.getAndSet(state) == null) {
            worker.execute(this::computeWaiting);
        }
    }

    /**
     * Takes the newest result finished since the last call.
     *
     * @return the result, or null if none is new
     */
    public Result poll() {
        return finished.getAndSet(null);
    }

    /** Stops the background thread; waiting requests are dropped. */
    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void computeWaiting() {
        WorkspaceState state = waiting.getAndSet(null);
        if (state == null) {
            return;
        }
        FMatrixRMaj y = state.kernelFits()
                ? CrossCorrelation.corr2d(state.input(), state.kernel(), state.bias(), null)
                : null;
        finished.set(new Result(state, y));
    }
}
