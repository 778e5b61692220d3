package org.convlab.ui.measure;

import java.util.Arrays;
import javafx.scene.Scene;

/**
 * When the renderer finished each frame of a scene, for {@code convlab --measure}: JavaFX has no
 * public hook for it, so this uses the scene tracker of {@code com.sun.javafx.perf}, exported to
 * ConvLab by the launcher's options. Without that export it reports nothing, and the measurement
 * says so.
 */
final class RenderClock {
    private long[] rendered = new long[4096];
    private int count;
    private final boolean running;

    private RenderClock(Scene scene) {
        boolean hooked;
        try {
            com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::frameRendered);
            hooked = true;
        } catch (IllegalAccessError | RuntimeException e) {
            hooked = false;
        }
        running = hooked;
    }

    /**
     * Starts timing a scene's frames.
     *
     * @param scene the scene
     * @return the clock
     */
    static RenderClock of(Scene scene) {
        return new RenderClock(scene);
    }

    /**
     * Whether frames are being timed.
     *
     * @return false when the renderer's hook is not reachable
     */
    boolean running() {
        return running;
    }

    /** Called on the render thread at the end of each frame. */
    private synchronized void frameRendered() {
        if (count == rendered.length) {
            rendered = Arrays.copyOf(rendered, count * 2);
        }
        rendered[count++] = System.nanoTime();
    }

    /**
     * The end of the first frame finished after a moment.
     *
     * @param after a {@link System#nanoTime()} value
     * @return the frame's end in nanoseconds, or -1 if no frame has finished since
     */
    synchronized long firstFrameAfter(long after) {
        int i = Arrays.binarySearch(rendered, 0, count, after + 1);
        int at = i >= 0 ? i : -i - 1;
        while (at > 0 && rendered[at - 1] > after) {
            at--;
        }
        return at < count ? rendered[at] : -1;
    }

    /**
     * The times between consecutive frames that ended within a span.
     *
     * @param from a {@link System#nanoTime()} value
     * @param to   a later one
     * @return the gaps in nanoseconds
     */
    synchronized long[] gapsBetween(long from, long to) {
        long[] gaps = new long[count];
        int n = 0;
        for (int i = 1; i < count; i++) {
            if (rendered[i - 1] >= from && rendered[i] <= to) {
                gaps[n++] = rendered[i] - rendered[i - 1];
            }
        }
        return Arrays.copyOf(gaps, n);
    }
}
