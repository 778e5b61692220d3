package org.convlab.ui.measure;

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
import org.convlab.ui.document.DocumentController;
import org.convlab.ui.MainWindow;

/**
 * {@code convlab --measure}: measures the window as a user meets it and prints the figures. Startup
 * is the time from the process's start to the end of the first rendered frame. Then a 512x512
 * input with a 5x5 kernel is painted one cell a frame, as a stroke paced by the display: each edit
 * is made at the start of a pulse, and its latency runs to the end of the first frame the renderer
 * finishes after that pulse has handed its scene over (an upper bound: that frame shows the edit's
 * result, the heatmap having been redrawn in the same pulse). Also recorded: the time to the
 * result on the scene graph, each pulse's busy time on the FX thread (animation timers, CSS,
 * layout) and the time between rendered frames. Last, the resident memory with a 1024x1024 input
 * on screen. The window closes by itself.
 */
public final class MeasureMode {
    private static final int EDITS = 400;
    private static final int WARMUP = 100;
    private final Scene scene;
    private final Workspace workspace;
    private final WorkspaceView view;
    private final DocumentController documents;
    private final MainWindow window;
    private final RenderClock clock;
    private final long[] editedAt = new long[EDITS];
    private final long[] pulseEnded = new long[EDITS];
    private final long[] onSceneGraph = new long[EDITS];
    private final long[] busy = new long[EDITS];
    private final SplittableRandom random = new SplittableRandom(1);
    private long pulseStart;
    private int edit = -1;
    private WorkspaceState edited;

    private MeasureMode(Scene scene, MainWindow window) {
        this.scene = scene;
        this.workspace = window.workspace();
        this.view = window.workspaceView();
        this.documents = window.documents();
        this.window = window;
        this.clock = RenderClock.of(scene);
    }

    /**
     * Starts measuring once the window shows its first frame.
     *
     * @param scene  the window's scene
     * @param window the window's content
     */
    public static void start(Scene scene, MainWindow window) {
        new MeasureMode(scene, window).firstFrame();
    }

    private void firstFrame() {
        long started = processStartNanos();
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long laidOut = System.nanoTime();
                // the first frame is rendered after this first pulse; wait for it on the FX thread
                Platform.runLater(() -> reportStartup(started, laidOut));
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    private void reportStartup(long started, long laidOut) {
        long frame = clock.firstFrameAfter(laidOut);
        if (clock.running() && frame < 0) {
            Platform.runLater(() -> reportStartup(started, laidOut));
            return;
        }
        String rendered = frame < 0 ? "not timed" : (frame - started) / 1_000_000 + " ms";
        System.out.println("startup: first frame rendered " + rendered + " after the process started (first pulse laid out "
                + (laidOut - started) / 1_000_000 + " ms)");
        Platform.runLater(this::paintLoop);
    }

    /**
     * When this process started, on the {@link System#nanoTime()} clock. On Linux from the process's
     * start in clock ticks since boot against the time since boot (/proc/self/stat and /proc/uptime,
     * both to 10 ms); {@link ProcessHandle}'s start instant adds the boot time, which Linux gives in
     * whole seconds, so it can be up to a second early.
     */
    private static long processStartNanos() {
        long now = System.nanoTime();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            double startedAfterBoot = Long.parseLong(fields[19]) / 100.0;
            double upSinceBoot = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return now - (long) ((upSinceBoot - startedAfterBoot) * 1e9);
        } catch (IOException | RuntimeException e) {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return now - Duration.between(started, Instant.now()).toNanos();
        }
    }

    private void paintLoop() {
        view.shownProperty().addListener((o, was, shown) -> arrived(shown));
        scene.addPostLayoutPulseListener(() -> {
            if (edit >= 0 && edit < EDITS && pulseStart > 0) {
                busy[edit] = System.nanoTime() - pulseStart;
                int e = edit;
                if (pulseEnded[e] == 0) {
                    // runs once this pulse has handed its scene to the renderer
                    Platform.runLater(() -> pulseEnded[e] = System.nanoTime());
                }
            }
        });
        paintRun("paint 512x512, kernel 5x5", s -> s.withInput(random(512, 512, random))
                .withKernel(random(5, 5, random)), () -> paintRun(
                "paint one channel of 3x512x512, 8 output channels, kernels 3x3", s -> channels(3, 8),
                () -> new RecomputeMeasure(workspace, view, this::largeInput).start()));
    }

    /** A 512x512 stack of random channels and a random bank of 3x3 kernels (D2L 6.4's budget case). */
    private WorkspaceState channels(int inputs, int outputs) {
        java.util.List<FMatrixRMaj> x = new java.util.ArrayList<>();
        for (int c = 0; c < inputs; c++) {
            x.add(random(512, 512, random));
        }
        java.util.List<java.util.List<FMatrixRMaj>> bank = new java.util.ArrayList<>();
        java.util.List<Float> biases = new java.util.ArrayList<>();
        for (int o = 0; o < outputs; o++) {
            java.util.List<FMatrixRMaj> row = new java.util.ArrayList<>();
            for (int c = 0; c < inputs; c++) {
                row.add(random(3, 3, random));
            }
            bank.add(row);
            biases.add(0f);
        }
        return new WorkspaceState(x, null, bank, biases, org.convlab.core.ConvGeometry.VALID,
                org.convlab.model.PoolingStage.OFF);
    }

    /** Paints random cells of random channels, one a frame, as one stroke per channel; then reports. */
    private void paintRun(String label, java.util.function.UnaryOperator<WorkspaceState> setup, Runnable after) {
        workspace.change("edit.inputPreset", setup);
        Arrays.fill(editedAt, 0);
        Arrays.fill(pulseEnded, 0);
        Arrays.fill(onSceneGraph, 0);
        Arrays.fill(busy, 0);
        edit = -1;
        edited = null;
        pulseStart = 0;
        int channels = workspace.state().inputChannels();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                // the pulse's own start, the same for every timer of the frame
                pulseStart = now;
                if (edited != null) {
                    return;
                }
                if (edit + 1 >= EDITS) {
                    stop();
                    workspace.endStroke();
                    // the last edit's frame is rendered after the next pulse at the latest
                    Platform.requestNextPulse();
                    Platform.runLater(() -> report(label, after));
                    return;
                }
                edit++;
                editedAt[edit] = System.nanoTime();
                workspace.paint(random.nextInt(channels), random.nextInt(512), random.nextInt(512),
                        (float) random.nextDouble(-1, 1));
                edited = workspace.state();
            }
        }.start();
    }

    private void arrived(LiveOutput.Result shown) {
        if (edited != null && shown != null && shown.state() == edited && edit >= 0) {
            onSceneGraph[edit] = System.nanoTime() - editedAt[edit];
            edited = null;
        }
    }

    private void report(String label, Runnable after) {
        long[] frames = new long[EDITS - WARMUP];
        for (int e = WARMUP; e < EDITS; e++) {
            long end = pulseEnded[e] == 0 ? -1 : clock.firstFrameAfter(pulseEnded[e]);
            if (end < 0 && clock.running()) {
                // the renderer has not finished the last frames yet
                Platform.runLater(() -> report(label, after));
                return;
            }
            frames[e - WARMUP] = end - editedAt[e];
        }
        long[] graph = Arrays.copyOfRange(onSceneGraph, WARMUP, EDITS);
        long[] pulse = Arrays.copyOfRange(busy, WARMUP, EDITS);
        long[] gaps = clock.gapsBetween(editedAt[WARMUP], editedAt[EDITS - 1]);
        String rendered = clock.running() ? "p50 " + ms(percentile(frames, 50)) + " ms, p99 "
                + ms(percentile(frames, 99)) + " ms" : "not timed (no renderer hook)";
        System.out.println(label + ", " + graph.length + " edits after " + WARMUP + " warm-up: "
                + "edit to its frame rendered " + rendered + "; edit to heatmap redrawn p50 "
                + ms(percentile(graph, 50)) + " ms, p99 " + ms(percentile(graph, 99)) + " ms; FX thread busy per pulse p50 "
                + ms(percentile(pulse, 50)) + " ms, p99 " + ms(percentile(pulse, 99)) + " ms, max "
                + ms(percentile(pulse, 100)) + " ms; time between rendered frames p50 "
                + (gaps.length == 0 ? "not timed" : ms(percentile(gaps, 50)) + " ms, p99 " + ms(percentile(gaps, 99))
                + " ms"));
        // the stroke's frames are over: the next run starts from a quiet window
        edit = EDITS;
        Platform.runLater(after);
    }

    private void largeInput() {
        workspace.change("edit.inputPreset", s -> new WorkspaceState(random(1024, 1024, random), random(3, 3, random),
                0f));
        view.shownProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends LiveOutput.Result> o, LiveOutput.Result was,
                                LiveOutput.Result shown) {
                if (shown != null && shown.state() == workspace.state()) {
                    view.shownProperty().removeListener(this);
                    Platform.runLater(MeasureMode.this::memory);
                }
            }
        });
    }

    private void memory() {
        System.gc();
        System.out.println("memory with a 1024x1024 input on screen: resident " + residentMegabytes() + " MB, Java heap "
                + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024) + " MB used");
        System.out.flush();
        new TrainingMeasure(scene, window, clock, new int[] {6, 8, 1, 2},
                () -> new TrainingMeasure(scene, window, clock, new int[] {256, 256, 5, 5}, () -> {
                    // the synthetic edits are not the user's work: no recovery file is left for the next start
                    documents.closeForGood();
                    Platform.exit();
                }).start()).start();
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

    /** A matrix of uniform values in [-1, 1), for the synthetic edits of the measurements. */
    static FMatrixRMaj random(int rows, int cols, SplittableRandom random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextDouble(-1, 1);
        }
        return m;
    }

    static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
