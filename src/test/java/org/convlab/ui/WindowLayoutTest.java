package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.convlab.ui.ShownWindow.fx;
import static org.convlab.ui.ShownWindow.fxRun;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.convlab.core.Chapter;
import org.convlab.core.InputPreset;
import org.convlab.model.Workspace;
import org.convlab.ui.heatmap.GridCell;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.presentation.PresentationMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as a class sees it at its default size: what issue 12 found cut, spilled, pushed out
 * of view or unreadable, each pinned on its own.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    @TempDir
    static Path dir;
    private final Preferences node = Preferences.userRoot().node("org/convlab/layout-" + System.nanoTime());
    private ShownWindow shown;
    private Workspace workspace;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage s) {
        shown = new ShownWindow(s, Locale.ENGLISH, node, dir.resolve("r.convlab"), 1280, 780);
        workspace = shown.workspace();
        window = shown.window();
        scene = shown.scene();
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void chapterExampleShowsItsNumbersBesideTheLessons(FxRobot robot) {
        fxRun(() -> {
            window.lessonsShownProperty().set(true);
            window.lessonsView().progress().go(0);
        });
        awaitOutput();
        HeatmapView x = robot.lookup("#input-heatmap").queryAs(HeatmapView.class);
        HeatmapView y = robot.lookup("#output-heatmap").queryAs(HeatmapView.class);
        assertTrue(fx(x::numberFontSize) >= LayoutFaults.LEGIBLE_PX, "X's numbers are written: "
                + fx(x::cellSize) + " px cells");
        assertTrue(fx(y::numberFontSize) >= LayoutFaults.LEGIBLE_PX, "Y's numbers are written");
        assertEquals(List.of(), faults());
    }

    @Test
    void zoomedInBesideTheLessonsTheChaptersXAndYKeepTheirNumbers(FxRobot robot) {
        fxRun(() -> {
            window.lessonsShownProperty().set(true);
            workspace.change("test", s -> s.withInput(Chapter.edgeImage()).withKernel(Chapter.edgeKernel()));
        });
        awaitOutput();
        HeatmapView x = robot.lookup("#input-heatmap").queryAs(HeatmapView.class);
        HeatmapView y = robot.lookup("#output-heatmap").queryAs(HeatmapView.class);
        double cellAt100 = fx(x::cellSize);
        for (int zoom : new int[] {200, 300}) {
            fxRun(() -> {
                while (shown.mode().zoomPercentProperty().get() < zoom) {
                    shown.mode().zoomIn();
                }
            });
            awaitOutput();
            assertTrue(fx(x::numberFontSize) >= LayoutFaults.LEGIBLE_PX, "X's numbers at " + zoom + "%: "
                    + fx(x::cellSize) + " px cells");
            assertTrue(fx(y::numberFontSize) >= LayoutFaults.LEGIBLE_PX, "Y's numbers at " + zoom + "%");
            assertTrue(fx(x::cellSize) > 1.5 * cellAt100, "zoom enlarges X's cells: " + fx(x::cellSize)
                    + " px at " + zoom + "%, " + cellAt100 + " px at 100%");
            // the page scrolls down to the panels that wrapped onto further rows: nothing is cut or overlaps
            assertEquals(List.of(), shown.faults(false));
        }
    }

    @Test
    void trainingToolbarAndLessonTitlesAreWhole() {
        fxRun(() -> {
            window.lessonsShownProperty().set(true);
            window.showTrainingTab();
        });
        fxRun(() -> window.training().step());
        assertEquals(List.of(), faults());
    }

    @Test
    void photoOf1024SquaresStaysInItsPanel(FxRobot robot) {
        fxRun(() -> workspace.change("test", s -> s.withInput(InputPreset.RANDOM.create(1024, 1024, 1))));
        awaitOutput();
        HeatmapView x = robot.lookup("#input-heatmap").queryAs(HeatmapView.class);
        Bounds grid = fx(() -> x.localToScene(x.gridBounds()));
        Node panel = robot.lookup(".input-panel").query();
        Bounds room = fx(() -> panel.localToScene(panel.getLayoutBounds()));
        assertTrue(room.contains(grid), "X's grid " + grid + " lies in its panel " + room);
        assertTrue(fx(x::cellSize) < 1, "a cell is less than a pixel");
        assertEquals("1024", fx(() -> robot.lookup("#input-rows .text-field").queryAs(TextField.class).getText()));
        assertEquals(List.of(), faults());
    }

    @Test
    void largeKernelLeavesTheSlideControlsInViewAndPanelsInPlace(FxRobot robot) {
        Node kernelPanel = robot.lookup(".kernel-panel").query();
        double before = fx(() -> kernelPanel.getLayoutBounds().getWidth());
        fxRun(() -> workspace.change("test", s -> s.withInput(InputPreset.CHECKERBOARD.create(20, 20, 1))
                .withKernel(InputPreset.RANDOM.create(15, 15, 2))));
        awaitOutput();
        for (String id : new String[] {"#slide-play", "#slide-step", "#slide-reset"}) {
            ButtonBase b = robot.lookup(id).queryAs(ButtonBase.class);
            Bounds at = fx(() -> b.localToScene(b.getLayoutBounds()));
            assertTrue(at.getMaxY() <= scene.getHeight() && at.getMaxX() <= scene.getWidth(), id + " at " + at);
        }
        assertEquals(before, fx(() -> kernelPanel.getLayoutBounds().getWidth()), 0.5,
                "the kernel panel keeps its width");
        Node input = robot.lookup(".input-panel").query();
        double inputWidth = fx(() -> input.getLayoutBounds().getWidth());
        fxRun(() -> workspace.change("test", s -> {
            var k = s.kernel().copy();
            k.set(0, 0, -123.456f);
            return s.withKernel(k);
        }));
        awaitOutput();
        assertEquals(inputWidth, fx(() -> input.getLayoutBounds().getWidth()), 0.5, "an edit moves no panel");
        assertEquals(List.of(), faults());
    }

    @Test
    void errorMessagesAreShownWhole(FxRobot robot) {
        awaitOutput();
        robot.clickOn("#kernel-cell-0-0");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("abc");
        robot.type(KeyCode.ENTER);
        Label message = robot.lookup("#kernel-message").queryAs(Label.class);
        assertTrue(fx(message::isVisible));
        assertTrue(fx(message::getText).startsWith("\u201cabc\u201d is not a finite number."), fx(message::getText));
        assertEquals(List.of(), faults());
    }

    @Test
    void aFailedImportSaysWhyInFullBesideTheLessons(FxRobot robot) throws java.io.IOException {
        fxRun(() -> window.lessonsShownProperty().set(true));
        Path bad = dir.resolve("bad.png");
        java.nio.file.Files.writeString(bad, "not a picture");
        fxRun(() -> window.workspaceView().importImage(bad));
        Label message = robot.lookup("#input-message").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> message.isVisible()
                    && message.getText().startsWith("Could not import bad.png")));
        } catch (TimeoutException e) {
            throw new AssertionError("no message", e);
        }
        assertEquals(List.of(), faults());
    }

    @Test
    void matrixViewWritesItsNumbersAlignsItsRowsAndReadsOutACell(FxRobot robot) {
        fxRun(() -> workspace.change("test", s -> s.withInput(Chapter.exampleInput())
                .withKernel(Chapter.exampleKernel())));
        awaitOutput();
        fxRun(() -> ((TabPane) scene.lookup(".explain-tabs")).getSelectionModel().select(1));
        HeatmapView w = robot.lookup("#matrix-heatmap").queryAs(HeatmapView.class);
        HeatmapView vecY = robot.lookup("#matrix-vec-y").queryAs(HeatmapView.class);
        assertEquals(4, fx(() -> w.matrix().numRows));
        assertTrue(fx(w::numberFontSize) >= LayoutFaults.LEGIBLE_PX, "W's numbers are written");
        for (int row = 0; row < 4; row++) {
            int r = row;
            double wy = fx(() -> w.localToScene(w.cellCenter(r, 0)).getY());
            double yy = fx(() -> vecY.localToScene(vecY.cellCenter(r, 0)).getY());
            assertEquals(wy, yy, 0.5, "row " + row + " of W sits beside vec(Y)'s");
        }
        // the pointer's move, delivered to W's grid where the cell's centre lies
        fxRun(() -> {
            Point2D at = w.cellCenter(0, 1);
            Node grid = w.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.layout.Pane)
                    .findFirst().orElseThrow();
            // a fired event's coordinates are the scene's; the grid receives them in its own
            Point2D scene = w.localToScene(at);
            grid.fireEvent(new MouseEvent(MouseEvent.MOUSE_MOVED, scene.getX(), scene.getY(), scene.getX(),
                    scene.getY(), MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false,
                    false, null));
        });
        assertEquals(new GridCell(0, 1), fx(() -> w.hoveredProperty().get()));
        String text = fx(() -> robot.lookup("#matrix-text").queryAs(Label.class).getText());
        // row 0 computes Y[0, 0]; column 1 is X[0, 1], which meets K[0, 1] = 1 in that window
        assertTrue(text.startsWith("W[0, 1] = 1"), text);
        assertEquals(List.of(), faults());
    }

    @Test
    void zoomScalesTypeCellsAndControlsOfTheWorkspace(FxRobot robot) {
        awaitOutput();
        Label title = robot.lookup(".input-panel .panel-title").queryAs(Label.class);
        HeatmapView y = robot.lookup("#output-heatmap").queryAs(HeatmapView.class);
        Node button = robot.lookup("#input-transpose").query();
        double type = fx(() -> title.getFont().getSize());
        double em = fx(y::em);
        double buttonHeight = fx(() -> button.getLayoutBounds().getHeight());
        PresentationMode mode = fx(() -> PresentationMode.of(scene).orElseThrow());
        fxRun(() -> {
            mode.zoomIn();
            while (mode.zoomPercentProperty().get() < 200) {
                mode.zoomIn();
            }
        });
        awaitOutput();
        assertEquals(2 * type, fx(() -> title.getFont().getSize()), 0.1, "panel titles");
        assertEquals(2 * em, fx(y::em), 0.1, "the heatmap's type, which sizes its cells and numbers");
        assertTrue(fx(() -> button.getLayoutBounds().getHeight()) > 1.8 * buttonHeight, "buttons");
        fxRun(() -> {
            mode.resetZoom();
            mode.setPresenting(true);
        });
        assertTrue(fx(() -> title.getFont().getSize()) > 1.4 * type, "presentation mode enlarges the workspace");
        fxRun(() -> mode.setPresenting(false));
    }

    private List<String> faults() {
        return shown.faults(true);
    }

    private void awaitOutput() {
        shown.awaitOutput(10);
    }
}
