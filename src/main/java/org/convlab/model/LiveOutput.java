package org.convlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.CrossCorrelation;
import org.ejml.data.FMatrixRMaj;

/**
 * Computes Y = corr2d(X, K) + b, with the state's padding, stride and dilation, and when the
 * state's pooling stage is on Z = pool(Y), as the workspace changes. An edit of a few input cells
 * under the same kernel, bias and geometry is patched at once on the caller's thread ({@link OutputPatch}): only
 * the output cells that read the edited cells are computed again, a few microseconds,
 * so a painted cell's result can be on screen in the same frame. Any other change is computed off
 * the FX thread. Requests are coalesced: while one computation runs, only the newest waiting
 * request survives, a result older than one already handed out is dropped, and {@link #poll()}
 * hands out only the newest result, so a view that polls once a frame never falls behind the
 * pointer however fast the user paints.
 */
public final class LiveOutput implements AutoCloseable {
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
     * A computed output: one Y per output channel, and when the pooling stage is on one Z per output
     * channel.
     *
     * @param state   the X, K and b it was computed from
     * @param outputs Y[o] for every output channel, never modified after they are handed out; null when
     *                the kernel does not fit
     * @param pooledOutputs Z[o], never modified after they are handed out; null when the pooling stage is
     *                off, its window does not fit Y, or Y has no cells
     */
    public record Result(WorkspaceState state, List<FMatrixRMaj> outputs, List<FMatrixRMaj> pooledOutputs) {
        /**
         * A result of the given state, Z pooled from each Y as the state says.
         *
         * @param state   the X, K, b and pooling it was computed from
         * @param outputs one Y per output channel, or null
         */
        public Result(WorkspaceState state, List<FMatrixRMaj> outputs) {
            this(state, outputs, pool(state, outputs));
        }

        /**
         * A single-channel result.
         *
         * @param state  the X, K, b and pooling it was computed from
         * @param output Y, or null
         */
        public Result(WorkspaceState state, FMatrixRMaj output) {
            this(state, output == null ? null : List.of(output));
        }

        /**
         * Y of output channel 0, the whole Y of a single-channel state.
         *
         * @return Y, or null when the kernel does not fit
         */
        public FMatrixRMaj output() {
            return outputs == null ? null : outputs.get(0);
        }

        /**
         * Y of one output channel.
         *
         * @param o the output channel
         * @return Y[o], or null when the kernel does not fit
         */
        public FMatrixRMaj output(int o) {
            return outputs == null ? null : outputs.get(o);
        }

        /**
         * Z of output channel 0.
         *
         * @return Z, or null
         */
        public FMatrixRMaj pooled() {
            return pooledOutputs == null ? null : pooledOutputs.get(0);
        }

        /**
         * Z of one output channel.
         *
         * @param o the output channel
         * @return Z[o], or null
         */
        public FMatrixRMaj pooled(int o) {
            return pooledOutputs == null ? null : pooledOutputs.get(o);
        }

        /**
         * Whether Z has cells.
         *
         * @return false when pooling is off or its window is larger than Y
         */
        public boolean hasPooled() {
            return pooledOutputs != null;
        }

        /**
         * Whether Y has cells.
         *
         * @return false when the kernel is larger than the input
         */
        public boolean hasOutput() {
            return outputs != null;
        }

        private static List<FMatrixRMaj> pool(WorkspaceState state, List<FMatrixRMaj> outputs) {
            if (outputs == null) {
                return null;
            }
            List<FMatrixRMaj> z = new ArrayList<>(outputs.size());
            for (FMatrixRMaj y : outputs) {
                FMatrixRMaj p = state.pooling().pool(y);
                if (p == null) {
                    return null;
                }
                z.add(p);
            }
            return List.copyOf(z);
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
        Result patched = OutputPatch.patch(base, state);
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
        List<FMatrixRMaj> y = state.kernelFits() ? outputs(state) : null;
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
     * Y of every output channel: for one channel the chapter's corr2d, for several the sum over input
     * channels (D2L 6.4), with the 1x1 case as one matrix product.
     *
     * @param state a state whose kernel fits
     * @return one Y per output channel
     */
    static List<FMatrixRMaj> outputs(WorkspaceState state) {
        if (state.singleChannel()) {
            return List.of(CrossCorrelation.corr2d(state.input(), state.kernel(), state.bias(), state.geometry(), null));
        }
        ChannelStack y = ChannelCorrelation.corr2d(state.stack(), state.bank(), state.biasArray(), state.geometry());
        List<FMatrixRMaj> out = new ArrayList<>(y.count());
        for (int o = 0; o < y.count(); o++) {
            out.add(y.channel(o));
        }
        return List.copyOf(out);
    }
}
