package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
            List<int[]> ranges = RowSplit.run(rows, parts, (from, to) -> {
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
    void aFailureInAnyChunkReachesTheCallerAfterEveryRunningChunkEnded() {
        AtomicInteger running = new AtomicInteger();
        List<Integer> seenAfter = Collections.synchronizedList(new ArrayList<>());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RowSplit.run(640, 2, (from, to) -> {
            running.incrementAndGet();
            try {
                if (from >= 320) {
                    throw new IllegalStateException("chunk at " + from);
                }
                return from;
            } finally {
                running.decrementAndGet();
            }
        }));
        seenAfter.add(running.get());
        assertTrue(e.getMessage().startsWith("chunk at "), e.getMessage());
        assertEquals(List.of(0), seenAfter, "no chunk still runs once run has thrown");
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
}
