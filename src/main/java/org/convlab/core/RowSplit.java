package org.convlab.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Splits the output rows of a large correlation into chunks that the calling thread and takers
 * from the common fork-join pool (daemon threads) take in turn. Small work stays on the calling
 * thread: a hand-off to another thread costs about 40 µs here, more than a 256x256 3x3
 * correlation takes.
 *
 * <p>Chunks are taken, not assigned: on a shared machine a taker may start late or be
 * descheduled, and with two fixed halves the caller then waited for the late half (measured:
 * 1024x1024 3x3 took 0.9 to 1.7 ms with two halves). With many chunks the caller does what the
 * taker has not taken, and a taker that has not started when the work is done is not waited for.
 */
final class RowSplit {
    /**
     * Multiply-adds below which one thread does everything: about 0.15 ms of work on one core,
     * where a second core starts to pay for its hand-off (1024x1024 with 3x3 is 9.4 million).
     */
    static final long PARALLEL_WORK = 4_000_000L;
    /** Chunks per thread, so that a late thread leaves little for the others to wait for. */
    static final int CHUNKS_PER_PART = 8;
    /** The fewest rows a chunk has: each chunk reloads the h - 1 input rows above its first. */
    static final int MIN_CHUNK_ROWS = 32;

    /** A job over a range of rows; one instance serves one thread, so it may keep buffers. */
    interface RowJob<T> {
        T rows(int from, int to);
    }

    private RowSplit() {
    }

    /**
     * How many threads share {@code rows} rows of {@code work} multiply-adds.
     *
     * @param work  multiply-adds in total
     * @param rows  rows available to split
     * @return 1 for small work or a single core, else at most one per core
     */
    static int parts(long work, int rows) {
        if (work < PARALLEL_WORK) {
            return 1;
        }
        int workers = Math.min(Runtime.getRuntime().availableProcessors(),
                ForkJoinPool.getCommonPoolParallelism() + 1);
        long byWork = work / (PARALLEL_WORK / 2);
        return (int) Math.max(1, Math.min(Math.min(workers, byWork), rows / 8));
    }

    /**
     * How many chunks {@code rows} rows are cut into for {@code parts} threads.
     *
     * @return 1 for one thread, else between {@code parts} and {@code parts * CHUNKS_PER_PART}
     */
    static int chunks(int rows, int parts) {
        if (parts <= 1) {
            return 1;
        }
        return Math.max(parts, Math.min(parts * CHUNKS_PER_PART, rows / MIN_CHUNK_ROWS));
    }

    /**
     * Runs a job over rows {@code 0 .. rows - 1} in contiguous chunks, on the calling thread and
     * {@code parts - 1} takers from the common pool. Each thread that takes a chunk gets its own
     * job from {@code jobs}, once, and uses it for all its chunks.
     *
     * @return the chunks' results, top rows first (one per chunk, see {@link #chunks})
     * @throws RuntimeException the first failure of any chunk, once no chunk runs any more
     */
    static <T> List<T> run(int rows, int parts, Supplier<? extends RowJob<T>> jobs) {
        int chunks = chunks(rows, parts);
        if (chunks == 1) {
            return List.of(jobs.get().rows(0, rows));
        }
        Object[] results = new Object[chunks];
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            RowJob<T> job = null;
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                if (job == null) {
                    job = jobs.get();
                }
                try {
                    results[c] = job.rows(bound(rows, chunks, c), bound(rows, chunks, c + 1));
                } catch (RuntimeException | Error e) {
                    next.set(chunks); // the others take no further chunk
                    throw e;
                }
            }
        };
        ChunkTaker[] takers = new ChunkTaker[parts - 1];
        List<ForkJoinTask<?>> queued = new ArrayList<>(takers.length);
        for (int p = 0; p < takers.length; p++) {
            takers[p] = new ChunkTaker(drain);
            queued.add(ForkJoinTask.adapt(takers[p]).fork());
        }
        Throwable failure = null;
        try {
            drain.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        // no taker may still write into the output once this returns, even after a failure; and
        // a claimed taker is joined too, so that none is left in the pool's queue
        for (int p = 0; p < takers.length; p++) {
            try {
                takers[p].claimOrAwait();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                } else if (failure != e) {
                    failure.addSuppressed(e);
                }
            }
            queued.get(p).join();
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        } else if (failure instanceof Error err) {
            throw err;
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return list;
    }

    /**
     * {@link #run} for jobs that say whether every value they read was finite.
     *
     * @return true when every chunk's job returned true
     */
    static boolean allFinite(int rows, int parts, Supplier<? extends RowJob<Boolean>> jobs) {
        boolean finite = true;
        for (boolean part : run(rows, parts, jobs)) {
            finite &= part;
        }
        return finite;
    }

    /**
     * {@link #run} for jobs that return partial sums, one per kernel tap.
     *
     * @param length how many sums each job returns
     * @return the chunks' sums added element by element, top rows first, so the total does not
     *         depend on which thread took which chunk
     */
    static double[] sum(int rows, int parts, int length, Supplier<? extends RowJob<double[]>> jobs) {
        double[] sums = new double[length];
        for (double[] part : run(rows, parts, jobs)) {
            for (int t = 0; t < length; t++) {
                sums[t] += part[t];
            }
        }
        return sums;
    }

    private static int bound(int rows, int parts, int p) {
        return (int) ((long) rows * p / parts);
    }
}
