package org.convlab.core;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

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

    /** A job over a range of rows. */
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
     * Runs the job over rows {@code 0 .. rows - 1} in contiguous chunks, on the calling thread and
     * {@code parts - 1} takers from the common pool.
     *
     * @return the chunks' results, top rows first (one per chunk, see {@link #chunks})
     */
    static <T> List<T> run(int rows, int parts, RowJob<T> job) {
        int chunks = chunks(rows, parts);
        if (chunks == 1) {
            return List.of(job.rows(0, rows));
        }
        Object[] results = new Object[chunks];
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                results[c] = job.rows(bound(rows, chunks, c), bound(rows, chunks, c + 1));
            }
        };
        ChunkTaker[] takers = new ChunkTaker[parts - 1];
        for (int p = 0; p < takers.length; p++) {
            takers[p] = new ChunkTaker(drain);
            ForkJoinPool.commonPool().execute(takers[p]);
        }
        try {
            drain.run();
        } finally {
            // no taker may still write into the output once this returns, even after a failure
            for (ChunkTaker taker : takers) {
                taker.claimOrAwait();
            }
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return list;
    }

    private static int bound(int rows, int parts, int p) {
        return (int) ((long) rows * p / parts);
    }
}
