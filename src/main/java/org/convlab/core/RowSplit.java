package org.convlab.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Splits the output rows of a large correlation across the common fork-join pool (daemon
 * threads), the caller taking the first part itself. Small work stays on the calling thread: a
 * hand-off to another thread costs about 40 µs here, more than a 256x256 3x3 correlation takes.
 */
final class RowSplit {
    /**
     * Multiply-adds below which one thread does everything: about 0.15 ms of work on one core,
     * where a second core starts to pay for its hand-off (1024x1024 with 3x3 is 9.4 million).
     */
    static final long PARALLEL_WORK = 4_000_000L;

    /** A job over a range of rows. */
    interface RowJob<T> {
        T rows(int from, int to);
    }

    private RowSplit() {
    }

    /**
     * How many parts {@code rows} rows of {@code work} multiply-adds are split into.
     *
     * @param work  multiply-adds in total
     * @param rows  rows available to split
     * @return 1 for small work or a single core, else at most one part per core
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
     * Runs the job over rows {@code 0 .. rows - 1} in {@code parts} contiguous parts.
     *
     * @return the parts' results, top rows first
     */
    static <T> List<T> run(int rows, int parts, RowJob<T> job) {
        List<T> results = new ArrayList<>(parts);
        if (parts <= 1) {
            results.add(job.rows(0, rows));
            return results;
        }
        List<ForkJoinTask<T>> forked = new ArrayList<>(parts - 1);
        for (int p = 1; p < parts; p++) {
            int from = bound(rows, parts, p);
            int to = bound(rows, parts, p + 1);
            forked.add(ForkJoinTask.adapt(() -> job.rows(from, to)).fork());
        }
        results.add(job.rows(0, bound(rows, parts, 1)));
        for (ForkJoinTask<T> task : forked) {
            results.add(task.join());
        }
        return results;
    }

    private static int bound(int rows, int parts, int p) {
        return (int) ((long) rows * p / parts);
    }
}
