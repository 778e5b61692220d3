package org.convlab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.convlab.model.LiveOutput;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.workspace.WorkspaceView;
import org.ejml.data.FMatrixRMaj;

/**
 * {@code convlab --measure}: measures the window as a user meets it and prints the figures. Startup
 * is the time from the process's start to the first frame. Then a 512x512 input with a 5x5 kernel
 * is painted one cell a frame, and each edit's latency (edit to the heatmap showing its result) and
 * each pulse's busy time on the FX thread (animation timers, CSS and layout) are recorded. Last,
 * the resident memory with a 1024x1024 input on screen. The window closes by itself.
 */
final class MeasureMode {
    private static final int EDITS = 400;
    private static final int WARMUP = 100;
    private final Scene scene;
    private final Workspace workspace;
    private final WorkspaceView view;
    private final DocumentController documents;
    private final long[] latency = new long[EDITS];
    private final long[] busy = new long[EDITS];
    private final long[] interval = new long[EDITS];
    private long lastPulse;
    private final SplittableRandom random = new SplittableRandom(1);
    private long pulseStart;
    private int edit = -1;
    private long editedAt;
    private WorkspaceState edited;

    private MeasureMode(Scene scene, MainWindow window) {
        this.scene = scene;
        this.workspace = window.workspace();
        this.view = window.workspaceView();
        this.documents = window.documents();
    }

    /**
     * Starts measuring once the window shows its first frame.
     *
     * @param scene  the window's scene
     * @param window the window's content
     */
    static void start(Scene scene, MainWindow window) {
        new MeasureMode(scene, window).firstFrame();
    }

    private void firstFrame() {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println("startup: first frame " + Duration.between(started, Instant.now()).toMillis()
                        + " ms after the process started");
                Platform.runLater(MeasureMode.this::paintLoop);
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    private void paintLoop() {
        workspace.change("edit.inputPreset", s -> s.withInput(random(512, 512)).withKernel(random(5, 5)));
        view.shownProperty().addListener((o, was, shown) -> arrived(shown));
        scene.addPostLayoutPulseListener(() -> {
            if (edit >= 0 && edit < EDITS && pulseStart > 0) {
                busy[edit] = System.nanoTime() - pulseStart;
            }
        });
        workspace.beginStroke();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulseStart = System.nanoTime();
                if (edit >= 0 && edit < EDITS && lastPulse > 0) {
                    interval[edit] = Math.max(interval[edit], now - lastPulse);
                }
                lastPulse = now;
                if (edited != null) {
                    return;
                }
                if (edit + 1 >= EDITS) {
                    stop();
                    workspace.endStroke();
                    report();
                    return;
                }
                edit++;
                editedAt = System.nanoTime();
                workspace.paint(random.nextInt(512), random.nextInt(512), (float) random.nextDouble(-1, 1));
                edited = workspace.state();
            }
        }.start();
    }

    private void arrived(LiveOutput.Result shown) {
        if (edited != null && shown != null && shown.state() == edited) {
            latency[edit] = System.nanoTime() - editedAt;
            edited = null;
        }
    }

    private void report() {
        long[] lat = Arrays.copyOfRange(latency, WARMUP, EDITS);
        long[] pulse = Arrays.copyOfRange(busy, WARMUP, EDITS);
        long[] gap = Arrays.copyOfRange(interval, WARMUP, EDITS);
        System.out.println("paint 512x512, kernel 5x5, " + lat.length + " edits after " + WARMUP + " warm-up: "
                + "edit-to-heatmap latency p50 " + ms(percentile(lat, 50)) + " ms, p99 " + ms(percentile(lat, 99))
                + " ms; FX thread busy per pulse p50 " + ms(percentile(pulse, 50)) + " ms, p99 "
                + ms(percentile(pulse, 99)) + " ms, max " + ms(percentile(pulse, 100)) + " ms; time between frames p50 "
                + ms(percentile(gap, 50)) + " ms (the renderer's pace)");
        workspace.change("edit.inputPreset", s -> s.withInput(random(1024, 1024)).withKernel(random(3, 3)));
        view.shownProperty().addListener((o, was, shown) -> {
            if (shown != null && shown.state() == workspace.state()) {
                Platform.runLater(this::memory);
            }
        });
    }

    private void memory() {
        System.gc();
        System.out.println("memory with a 1024x1024 input on screen: resident " + residentMegabytes() + " MB, Java heap "
                + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024) + " MB used");
        System.out.flush();
        // the synthetic edits are not the user's work: no recovery file is left for the next start
        documents.closeForGood();
        Platform.exit();
    }

    private static String residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.toString(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "unknown";
        }
        return "unknown";
    }

    private FMatrixRMaj random(int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextDouble(-1, 1);
        }
        return m;
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
