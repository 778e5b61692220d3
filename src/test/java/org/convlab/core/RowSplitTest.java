package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Chunks taken by the caller and the pool cover every row once, in order, and failures surface. */
class RowSplitTest {
    @Test
    void chunksAreBetweenOnePerThreadAndEightPerThread() {
        assertEquals(1, RowSplit.chunks(1022, 1));
        assertEquals(16, RowSplit.chunks(1022, 2));
        assertEquals(2, RowSplit.chunks(40, 2), "short work gets one chunk per thread");
        assertEquals(4, RowSplit.chunks(130, 2), "chunks keep at least 32 rows");
    }

    @Test
    void everyRowIsDoneOnceAndResultsComeTopFirst() {
        for (int parts = 1; parts <= 4; parts++) {
            int rows = 1000 + parts;
            int[] done = new int[rows];
            List<int[]> ranges = RowSplit.run(rows, parts, () -> (from, to) -> {
                for (int r = from; r < to; r++) {
                    done[r]++;
                }
                return new int[] {from, to};
            });
            assertEquals(RowSplit.chunks(rows, parts), ranges.size());
            int expected = 0;
            for (int[] range : ranges) {
                assertEquals(expected, range[0], "chunks are contiguous and in order");
                assertTrue(range[1] > range[0]);
                expected = range[1];
            }
            assertEquals(rows, expected);
            for (int r = 0; r < rows; r++) {
                assertEquals(1, done[r], "row " + r + " with " + parts + " threads");
            }
        }
    }

    @Test
    void aFailureInAnyChunkReachesTheCallerOnlyOnceNoChunkRuns() {
        for (int parts = 2; parts <= 3; parts++) {
            int threads = parts;
            AtomicInteger running = new AtomicInteger();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> RowSplit.run(640, threads, () -> (from, to) -> {
                        running.incrementAndGet();
                        try {
                            Thread.sleep(5);
                            if (from >= 320) {
                                throw new IllegalStateException("chunk at " + from);
                            }
                            return from;
                        } catch (InterruptedException ie) {
                            throw new AssertionError(ie);
                        } finally {
                            running.decrementAndGet();
                        }
                    }));
            assertEquals(0, running.get(), "no chunk still runs once run has thrown, " + threads + " threads");
            assertTrue(e.getMessage().startsWith("chunk at "), e.getMessage());
        }
    }

    @Test
    void eachThreadMakesOneJobForAllItsChunks() {
        AtomicInteger jobs = new AtomicInteger();
        List<Integer> results = RowSplit.run(1000, 2, () -> {
            jobs.incrementAndGet();
            return (from, to) -> from;
        });
        assertEquals(RowSplit.chunks(1000, 2), results.size());
        assertTrue(jobs.get() >= 1 && jobs.get() <= 2, "jobs made: " + jobs.get());
    }

    @Test
    void takersThatNeverStartAreNotLeftInThePoolsQueue() throws Exception {
        // Every pool thread is kept busy, so no taker can start: the caller does all the chunks
        // and must still take its claimed takers back out of the queue.
        int threads = Math.max(1, ForkJoinPool.getCommonPoolParallelism());
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(threads);
        List<ForkJoinTask<?>> blockers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            blockers.add(ForkJoinPool.commonPool().submit(() -> {
                busy.countDown();
                release.await();
                return null;
            }));
        }
        try {
            assertTrue(busy.await(10, TimeUnit.SECONDS), "the pool's threads did not start");
            long before = ForkJoinPool.commonPool().getQueuedSubmissionCount();
            for (int i = 0; i < 20; i++) {
                assertEquals(RowSplit.chunks(1000, 2), RowSplit.run(1000, 2, () -> (from, to) -> from).size());
            }
            // Each run forks one taker; left queued, they would add 20. Other threads of the test
            // JVM may submit a task now and then, so the count is compared, not required to be 0.
            long after = ForkJoinPool.commonPool().getQueuedSubmissionCount();
            assertTrue(after - before < 20, "queued before " + before + ", after " + after);
        } finally {
            release.countDown();
            for (ForkJoinTask<?> b : blockers) {
                b.join();
            }
        }
    }

    @Test
    void aTakerClaimedBeforeItStartsNeverRuns() {
        AtomicInteger runs = new AtomicInteger();
        ChunkTaker taker = new ChunkTaker(runs::incrementAndGet);
        taker.claimOrAwait();
        taker.run();
        assertEquals(0, runs.get());
    }

    @Test
    void aTakerThatRanHandsItsFailureToTheCaller() {
        Error boom = new AssertionError("boom");
        ChunkTaker taker = new ChunkTaker(() -> {
            throw boom;
        });
        taker.run();
        assertSame(boom, assertThrows(AssertionError.class, taker::claimOrAwait));
    }

    @Test
    void oneChunkThatSawANonFiniteValueMakesTheWholeRunNonFinite() {
        assertTrue(RowSplit.allFinite(1000, 2, () -> (from, to) -> true));
        assertFalse(RowSplit.allFinite(1000, 2, () -> (from, to) -> from > 500 || to <= 500));
    }

    @Test
    void partialSumsAreAddedTapByTapTopRowsFirst() {
        // each chunk returns {its row count, its first row}; adding in row order gives exact totals
        double[] sums = RowSplit.sum(1000, 2, 2, () -> (from, to) -> new double[] {to - from, from});
        assertEquals(1000, sums[0]);
        double firsts = 0;
        for (double first : RowSplit.run(1000, 2, () -> (from, to) -> (double) from)) {
            firsts += first;
        }
        assertArrayEquals(new double[] {1000, firsts}, sums);
    }
}
