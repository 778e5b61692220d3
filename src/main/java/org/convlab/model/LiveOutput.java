package org.convlab.model;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.convlab.core.CellRegion;
import org.convlab.core.CrossCorrelation;
import org.ejml.data.FMatrixRMaj;

/**
 * Computes Y = corr2d(X, K) + b, with the state's padding, stride and dilation, and when the
 * state's pooling stage is on Z = pool(Y), as the workspace changes. An edit of a few input cells
 * under the same kernel, bias and geometry is patched at once on the caller's thread: only the output cells that read
 * the edited cells are computed again ({@link CrossCorrelation#corr2dRegion}), a few microseconds,
 * so a painted cell's result can be on screen in the same frame. Any other change is computed off
 * the FX thread. Requests are coalesced: while one computation runs, only the newest waiting
 * request survives, a result older than one already handed out is dropped, and {@link #poll()}
 * hands out only the newest result, so a view that polls once a frame never falls behind the
 * pointer however fast the user paints.
 */
public final class LiveOutput implements AutoCloseable {
    /**
     * Multiply-adds up to which a change is patched on the caller's thread (about 0.1 ms); larger
     * changes go to the background thread.
     */
    static final long PATCH_WORK = 1 << 17;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "convlab-output");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    /** Counts requests; a result carries the number of the request it answers. */
    private long requests;
    private WorkspaceState waiting;
    private long waitingNumber;
    /** The newest result computed, the base for patches. */
    private Result newest;
    private long newestNumber;
    private Result unpolled;

    /**
     * A computed output.
     *
     * @param state  the X, K and b it was computed from
     * @param output Y, never modified after it is handed out; null when the kernel does not fit
     * @param pooled Z, the pooled Y, never modified after it is handed out; null when the pooling
     *               stage is off or its window does not fit Y
     */
    public record Result(WorkspaceState state, FMatrixRMaj output, FMatrixRMaj pooled) {
        /**
         * A result of the given state, Z pooled from Y as the state says.
         *
         * @param state  the X, K, b and pooling it was computed from
         * @param output Y, or null
         */
        public Result(WorkspaceState state, FMatrixRMaj output) {
            this(state, output, state.pooling().pool(output));
        }

        /**
         * Whether Z has cells.
         *
         * @return false when pooling is off or its window is larger than Y
         */
        public boolean hasPooled() {
            return pooled != null;
        }

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
     * Asks for the output of a state; an older request still waiting is dropped. A small edit of the
     * newest result's input is answered before this returns.
     *
     * @param state the state to compute
     */
    public void request(WorkspaceState state) {
        Result base;
        long number;
        synchronized (lock) {
            number = ++requests;
            base = newest;
        }
        Result patched = patch(base, state);
        boolean start = false;
        synchronized (lock) {
            if (patched != null) {
                waiting = null;
                publish(patched, number);
            } else {
                start = waiting == null;
                waiting = state;
                waitingNumber = number;
            }
        }
        if (start) {
            worker.execute(this::computeWaiting);
        }
    }

    /**
     * Takes the newest result finished since the last call.
     *
     * @return the result, or null if none is new
     */
    public Result poll() {
        synchronized (lock) {
            Result r = unpolled;
            unpolled = null;
            return r;
        }
    }

    /** Stops the background thread; waiting requests are dropped. */
    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void computeWaiting() {
        WorkspaceState state;
        long number;
        synchronized (lock) {
            state = waiting;
            number = waitingNumber;
            waiting = null;
        }
        if (state == null) {
            return;
        }
        FMatrixRMaj y = state.kernelFits()
                ? CrossCorrelation.corr2d(state.input(), state.kernel(), state.bias(), state.geometry(), null)
                : null;
        synchronized (lock) {
            publish(new Result(state, y), number);
        }
    }

    /** Keeps a result unless a newer request was answered already. */
    private void publish(Result r, long number) {
        if (number > newestNumber) {
            newest = r;
            newestNumber = number;
            unpolled = r;
        }
    }

    /**
     * The output of a state whose kernel, bias and shapes are those of a computed result, from that
     * result, when few output cells read the input cells that differ, whatever the padding, stride and
     * dilation (the region is computed tap by tap in the full pass's order, so it matches it bit for bit).
     *
     * @return the result, or null when the change is not small enough to patch
     */
    static Result patch(Result base, WorkspaceState next) {
        if (base == null || !base.hasOutput()) {
            return null;
        }
        WorkspaceState before = base.state();
        FMatrixRMaj k = next.kernel();
        if (!before.geometry().equals(next.geometry())
                || Float.floatToIntBits(before.bias()) != Float.floatToIntBits(next.bias())
                || before.input().numRows != next.input().numRows || before.input().numCols != next.input().numCols
                || before.kernel().numRows != k.numRows || before.kernel().numCols != k.numCols
                || !Arrays.equals(before.kernel().data, 0, k.getNumElements(), k.data, 0, k.getNumElements())) {
            return null;
        }
        CellRegion changed = CellRegion.changed(before.input(), next.input());
        FMatrixRMaj y = base.output();
        CellRegion read = changed == null ? null
                : changed.readBy(k.numRows, k.numCols, next.geometry(), y.numRows, y.numCols);
        // Z is pooled from the whole Y on the caller's thread, so only when that is small too
        if (next.pooling().work(y) > PATCH_WORK) {
            return null;
        }
        if (read == null) {
            // the same values: the output is shared, as results never change
            return new Result(next, y);
        }
        if (read.cells() * k.getNumElements() > PATCH_WORK) {
            return null;
        }
        FMatrixRMaj patched = y.copy();
        CrossCorrelation.corr2dRegion(next.input(), k, next.bias(), next.geometry(), patched, read);
        return new Result(next, patched);
    }
}
