package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.convlab.ui.ShownWindow.fx;
import static org.convlab.ui.ShownWindow.fxRun;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.convlab.core.Chapter;
import org.convlab.core.InputPreset;
import org.convlab.model.ChannelEdits;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.presentation.PresentationMode;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The layout sweep: the window at 1024x700, 1280x800 and 1920x1080, at 100, 200 and 300% zoom, in
 * English and Chinese, with the lessons pane open and closed, showing the chapter's examples, a
 * 15x15 kernel, a 1024x1024 input and every lesson step. In each state no text may be cut, no
 * control lie outside the window (or outside the scroll pane showing it), no two panels overlap,
 * no heatmap write numbers too small to read or draw beyond its area. A control scrolled out of
 * view on a page that scrolls counts as inside; at 100% in a window of 1280x800 or more the
 * workspace must fit without scrolling (in a 1024x700 window some states, a wrapped error or the
 * matrix tab, still need a few lines of scrolling). A PNG of every state goes to
 * target/layout-sweep/ for a person to look through.
 *
 * <p>The full cross product (36 window settings x 4 contents x 3 views x the steps) would take
 * many minutes of software rendering, so it is sampled: all 36 window settings (size x zoom x
 * language x lessons pane) are visited, and each is paired with a content and a view chosen by
 * its index, so that every content and every view meets every size, zoom and language; every
 * lesson step is then shown once, cycling through the settings with the lessons pane open.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutSweepTest {
    private static final int[][] SIZES = {{1024, 700}, {1280, 800}, {1920, 1080}};
    private static final int[] ZOOMS = {100, 200, 300};
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE};
    private static final String[] CONTENTS = {"chapter", "counting", "kernel15", "photo1024", "channels", "colour"};
    private static final String[] VIEWS = {"workspace", "matrix", "training"};
    private static final Path OUT = Path.of("target", "layout-sweep");
    @TempDir
    static Path dir;
    private final Preferences node = Preferences.userRoot().node("org/convlab/sweep-" + System.nanoTime());
    private final List<String> faults = new ArrayList<>();
    private Stage stage;
    private ShownWindow shown;
    private Workspace workspace;
    private MainWindow window;
    private PresentationMode mode;
    private Locale language;
    private int shot;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void everyStateIsWholeAndReadable() throws IOException {
        Files.createDirectories(OUT);
        List<int[]> settings = new ArrayList<>();
        for (int l = 0; l < LANGUAGES.length; l++) {
            for (int[] size : SIZES) {
                for (int zoom : ZOOMS) {
                    for (int lessons = 0; lessons < 2; lessons++) {
                        settings.add(new int[] {l, size[0], size[1], zoom, lessons});
                    }
                }
            }
        }
        for (int i = 0; i < settings.size(); i++) {
            int[] s = settings.get(i);
            String content = CONTENTS[i % CONTENTS.length];
            String view = VIEWS[(i / CONTENTS.length + i) % VIEWS.length];
            setUp(LANGUAGES[s[0]], s[1], s[2], s[3], s[4] == 1);
            show(content, view);
            if (s[3] > 100 && (content.equals("chapter") || content.equals("counting"))) {
                zoomKeepsNumbers(name(s) + "-" + content);
            }
            check(name(s) + "-" + content + "-" + view, s[3] == 100 && s[1] >= 1280);
        }
        List<int[]> withLessons = settings.stream().filter(s -> s[4] == 1).toList();
        int steps = fx(() -> window.lessonsView().progress().lessonProperty().get().steps().size());
        for (int step = 0; step < steps; step++) {
            // a different setting for each step, and both languages as the steps go by
            int[] s = withLessons.get((step * 7) % withLessons.size());
            setUp(LANGUAGES[s[0]], s[1], s[2], s[3], true);
            int at = step;
            fxRun(() -> window.lessonsView().progress().go(at));
            awaitOutput();
            check(name(s) + "-step" + (step + 1), s[3] == 100 && s[1] >= 1280);
        }
        assertTrue(steps > 10, "the chapter's lesson has its steps");
        Files.write(OUT.resolve("faults.txt"), faults);
        assertEquals(List.of(), faults.size() > 60 ? faults.subList(0, 60) : faults,
                faults.size() + " faults; pictures in " + OUT.toAbsolutePath());
    }

    private static String name(int[] s) {
        return LANGUAGES[s[0]].getLanguage() + "-" + s[1] + "x" + s[2] + "-" + s[3] + "pct-"
                + (s[4] == 1 ? "lessons" : "nolessons");
    }

    /** The window in a language, size, zoom and with the lessons pane open or closed. */
    private void setUp(Locale lang, int w, int h, int zoom, boolean lessons) {
        if (!lang.equals(language)) {
            language = lang;
            fxRun(() -> {
                if (window != null) {
                    window.dispose();
                }
                shown = new ShownWindow(stage, lang, node, dir.resolve("recovery.convlab"), w, h);
                workspace = shown.workspace();
                window = shown.window();
                mode = shown.mode();
            });
        }
        fxRun(() -> {
            // at the screen's corner: a window reaching past the screen's edge cannot be painted under Monocle
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
            mode.resetZoom();
            while (mode.zoomPercentProperty().get() < zoom) {
                mode.zoomIn();
            }
            window.lessonsShownProperty().set(lessons);
        });
        // Monocle sometimes answers a large step in size with a smaller window: ask again
        for (int tries = 0; tries < 3 && fx(() -> stage.getScene().getWidth() != w || stage.getScene().getHeight() != h);
                tries++) {
            fxRun(() -> {
                stage.setWidth(w - 1);
                stage.setHeight(h - 1);
                stage.setWidth(w);
                stage.setHeight(h);
            });
        }
        assertEquals(w, fx(() -> stage.getScene().getWidth()), 0.5, "the window is as wide as asked");
        assertEquals(h, fx(() -> stage.getScene().getHeight()), 0.5, "the window is as tall as asked");
    }

    private void show(String content, String view) {
        fxRun(() -> {
            workspace.change("sweep", s -> contentOf(s, content));
            TabPane tabs = (TabPane) stage.getScene().lookup(".explain-tabs");
            tabs.getSelectionModel().select(view.equals("matrix") ? 1 : 0);
            if (view.equals("training")) {
                window.showTrainingTab();
            } else {
                window.showWorkspaceTab();
            }
        });
        awaitOutput();
    }

    private static WorkspaceState contentOf(WorkspaceState s, String content) {
        return switch (content) {
            case "counting" -> single(s, Chapter.exampleInput(), Chapter.exampleKernel());
            case "kernel15" -> single(s, InputPreset.CHECKERBOARD.create(20, 20, 1), InputPreset.RANDOM.create(15, 15, 2));
            case "photo1024" -> single(s, InputPreset.RANDOM.create(1024, 1024, 3), Chapter.edgeKernel());
            // D2L 6.4: the book's two input and three output channels, and a colour picture's R, G, B
            // feeding three output channels of 3x3 kernels
            case "channels" -> ChannelEdits.bookOutputs();
            case "colour" -> {
                WorkspaceState rgb = single(s, InputPreset.RANDOM.create(64, 96, 4), InputPreset.RANDOM.create(3, 3, 5));
                rgb = rgb.withInputs(List.of(rgb.input(), InputPreset.RANDOM.create(64, 96, 6),
                        InputPreset.RANDOM.create(64, 96, 7)), List.of("R", "G", "B"));
                yield ChannelEdits.addOutput(ChannelEdits.addOutput(rgb));
            }
            default -> single(s, Chapter.edgeImage(), Chapter.edgeKernel());
        };
    }

    /** One channel of the given X and K, keeping the state's bias, geometry and pooling. */
    private static WorkspaceState single(WorkspaceState s, FMatrixRMaj x, FMatrixRMaj k) {
        return new WorkspaceState(x, k, s.bias(), s.geometry(), s.pooling());
    }

    /**
     * Zoomed in, the book's small matrices keep their numbers: their panels move to rows of their
     * own (the page scrolls) rather than shrink their cells below a readable size.
     */
    private void zoomKeepsNumbers(String state) {
        for (String id : new String[] {"#input-heatmap", "#output-heatmap"}) {
            HeatmapView map = (HeatmapView) fx(() -> stage.getScene().lookup(id));
            double size = fx(map::numberFontSize);
            if (size < LayoutFaults.LEGIBLE_PX) {
                faults.add(state + ": " + id + " shows no numbers, cells of " + Math.round(fx(map::cellSize))
                        + " px");
            }
        }
    }

    private void check(String state, boolean pageMustFit) {
        List<String> found = shown.faults(pageMustFit);
        for (String f : found) {
            faults.add(state + ": " + f);
        }
        String file = String.format("%03d-%s%s.png", shot++, state, found.isEmpty() ? "" : "-FAULTS");
        fxRun(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        new File(OUT.toFile(), file));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void awaitOutput() {
        shown.awaitOutput(20);
    }
}
